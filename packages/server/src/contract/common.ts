/**
 * Building blocks shared by the request and response schemas: ids, versions, timestamps and
 * the pagination/sorting query every list accepts.
 */
import { z } from "zod";
import { limits } from "./limits.js";

/**
 * Characters that disguise a name people read in lists, rankings and exports: control characters
 * (NUL, line breaks, bells …), direction overrides, embeddings, isolates and marks (U+202A–U+202E,
 * U+2066–U+2069, U+200E/F, U+061C), zero-width characters and the byte-order mark (U+200B–U+200D,
 * U+2060, U+FEFF, U+180E), and lone surrogates.
 */
const DISGUISING = /[\p{Cc}\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\p{Cs}]/u;

/** Whether a text holds a character that disguises it (see `DISGUISING`). */
export function hasDisguisingCharacter(text: string): boolean {
  return DISGUISING.test(text);
}

/**
 * A name or title shown to people (organisation names, display names, round and scheme titles,
 * the system name): trimmed, bounded, and free of disguising characters — the one shared check.
 */
export function plainNameSchema(label: string, bounds: { min: number; max: number }) {
  return z
    .string({ error: `请输入${label}` })
    .trim()
    .min(bounds.min, `请输入${label}`)
    .max(bounds.max, `${label}最长 ${bounds.max} 个字符`)
    .refine(
      (text) => !hasDisguisingCharacter(text),
      `${label}不能包含控制字符、换行、文字方向控制符或零宽字符`,
    );
}

/** A record id (UUID). */
export const idSchema = z.uuid({ error: "编号格式不正确" });

/** Path parameters of a single record. */
export const idParamsSchema = z.strictObject({ id: idSchema });

/** The optimistic-concurrency version every editable record carries. */
export const versionSchema = z.int().min(1).max(2_147_483_647);

/** A timestamp as ISO 8601 UTC text (`2026-01-31T08:00:00.000Z`). */
export const timestampSchema = z.string();

/** A date-time filter value (ISO 8601). */
export const dateTimeFilterSchema = z.iso.datetime({
  offset: true,
  error: "时间格式应为 ISO 8601",
});

/**
 * The query of a list: `page` (from 1), `pageSize` (1–100) and `sort` — a field name from
 * `sortFields`, prefixed with `-` for descending order.
 */
export function listQuerySchema<const F extends readonly [string, ...string[]]>(
  sortFields: F,
  defaultSort: F[number] | `-${F[number]}`,
) {
  const sortValues = sortFields.flatMap((field) => [field, `-${field}`]) as [string, ...string[]];
  return z.strictObject({
    page: z.coerce.number().int().min(1).max(limits.page.max).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(limits.pageSize.max)
      .default(limits.pageSize.default),
    sort: z.enum(sortValues).default(defaultSort),
  });
}

/** The envelope of one page of a list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int(),
    pageSize: z.int(),
    total: z.int(),
  });
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** A text filter: trimmed, bounded, empty means absent. */
export const textFilterSchema = z
  .string()
  .trim()
  .max(limits.auditTextFilter.max)
  .optional()
  .transform((value) => (value === "" ? undefined : value));

/** A query flag given as `true`/`false`. */
export const booleanQuerySchema = z.enum(["true", "false"]).transform((value) => value === "true");
