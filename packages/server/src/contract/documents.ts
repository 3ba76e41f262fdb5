/** Request and response schemas of the documents module (Word/Excel exports, batch jobs, rubric import). */
import { z } from "zod";
import { idSchema } from "./common.js";

/** What a batch job builds: every unit's score sheet or self-evaluation report as one .zip. */
export const batchKinds = ["score-sheets", "self-reports"] as const;

/** Start a batch. */
export const startBatchRequestSchema = z.strictObject({
  kind: z.enum(batchKinds, { error: "kind 应为 score-sheets 或 self-reports" }),
});

/** A batch job and its progress. */
export const documentJobSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  kind: z.enum(batchKinds),
  state: z.enum(["running", "done", "failed"]),
  done: z.int(),
  total: z.int(),
  fileName: z.string(),
  error: z.string().nullable(),
  createdAt: z.string(),
});
/** See documentJobSchema. */
export type DocumentJob = z.output<typeof documentJobSchema>;

/** Path parameters of a job. */
export const documentJobParamsSchema = z.strictObject({ jobId: idSchema });

/** Query of a rubric import: where the new scheme belongs, and optionally its code and title. */
export const rubricImportQuerySchema = z.strictObject({
  assessingOrganisationId: idSchema,
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "方案编号只能含小写字母、数字和连字符（最长 64 个字符）")
    .optional(),
  title: z.string().trim().min(1).max(200, "标题最长 200 个字符").optional(),
});

/** The most a pasted rubric may hold: each part (the copied table's HTML, its text) up to 2 MB. */
export const rubricPasteLimits = { bytes: 2 * 1024 * 1024, megabytes: 2 } as const;

/** The UTF-8 size of a text (what the 2 MB of a pasted part counts). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** One part of a paste: at most 2 MB, the message naming the part (表格内容 or 文字内容). */
function pastedPart(name: string) {
  const message = `粘贴的${name}超过 ${rubricPasteLimits.megabytes} MB，请分几次粘贴或上传文件。`;
  // The cheap count first; over it, the byte count is not worked out (and not said twice).
  return z
    .string()
    .max(rubricPasteLimits.bytes, { error: message, abort: true })
    .refine((s) => utf8Bytes(s) <= rubricPasteLimits.bytes, message)
    .optional();
}

/** Query of a pasted rubric's import: where the new scheme belongs, optionally its code. */
export const rubricPasteQuerySchema = rubricImportQuerySchema.omit({ title: true });

/**
 * A pasted 评分细则 (decision 0317): what the clipboard held as `text/html` (a copied table) and
 * `text/plain`, at least one of them not blank, and optionally the new scheme's title.
 */
export const rubricPasteRequestSchema = z
  .strictObject({
    html: pastedPart("表格内容"),
    text: pastedPart("文字内容"),
    title: z.string().trim().min(1, "方案名称不能为空").max(200, "标题最长 200 个字符").optional(),
  })
  .refine((b) => (b.html ?? "").trim() !== "" || (b.text ?? "").trim() !== "", {
    message: "粘贴的内容是空的：请先在 Word、WPS、Excel 或网页中复制评分细则表格，再粘贴。",
    path: ["html"],
  });

/** A recognised part of an item's source text (reading.ts): [start, end) of `source`. */
const sourceSpanSchema = z.object({ start: z.int(), end: z.int(), part: z.string() });

/** What the reader made of an item's text (reading.ts, ItemReading). */
export const itemReadingSchema = z.object({
  source: z.string(),
  spans: z.array(sourceSpanSchema),
  clauses: z.array(z.object({ start: z.int(), end: z.int(), used: z.boolean() })),
  unused: z.array(z.string()),
  confidence: z.number(),
  level: z.enum(["high", "medium", "low"]),
  warnings: z.array(z.string()),
});

/** One proposed rule of an imported rubric. */
export const itemProposalSchema = z.object({
  code: z.string(),
  title: z.string(),
  kind: z.string(),
  kindName: z.string(),
  phrase: z.string(),
  confidence: z.number(),
  explanation: z.string(),
  /** The rule in the engine's words (按此规则计分); absent while its parameters are incomplete. */
  sentence: z.string().optional(),
  reading: itemReadingSchema,
});

/** Scored items by confidence, columns not used, document warnings (reading.ts, ImportSummary). */
export const importSummarySchema = z.object({
  items: z.int(),
  high: z.int(),
  medium: z.int(),
  low: z.int(),
  unusedColumns: z.array(z.string()),
  /** Absent in summaries stored before it was reported. */
  ignoredColumns: z.array(z.string()).optional(),
  warnings: z.array(z.string()),
});

/** The created scheme's id and code, with the proposals to confirm. */
export const rubricImportResponseSchema = z.object({
  schemeId: z.string(),
  code: z.string(),
  title: z.string(),
  proposals: z.array(itemProposalSchema),
  summary: importSummarySchema,
});

/** The outcome of a unit's facts import: the items changed, how many were already equal, required facts still missing. */
export const unitFactsImportResponseSchema = z.object({
  changedItems: z.array(z.string()),
  unchangedItems: z.int(),
  missing: z.array(z.string()),
});

/** The outcome of a reviewer's round-wide import: the corrections made (unit and item). */
export const reviewImportResponseSchema = z.object({
  corrections: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), itemCode: z.string() }),
  ),
});
