/**
 * Fact declarations: what a leaf item needs as input (name, type, range, Chinese label, unit).
 * The same metadata drives validation here, the web form generator and the Excel import.
 */
import { z } from "zod";

/** Decimal literal in a scheme document: a decimal string, or a JSON number read as written. */
export const decimalText = z
  .union([z.string().regex(/^-?\d+(\.\d+)?$/, '应为十进制数字，如 "99.8"'), z.number().finite()])
  .transform((v) => (typeof v === "number" ? String(v) : v));

/** The fact types of docs/spec/templates.md (bool, int, pct, yuan, score, date, level) plus generic ones. */
export const factTypes = [
  "bool",
  "int",
  "decimal",
  "pct",
  "yuan",
  "score",
  "date",
  "level",
  "enum",
  "text",
  "list",
] as const;
/** One fact type id. */
export type FactType = (typeof factTypes)[number];

/** Metadata of each fact type: Chinese name, built-in range and scale, default unit. */
export const factTypeInfo: Record<
  FactType,
  { name: string; min?: string; max?: string; scale?: number; unit?: string }
> = {
  bool: { name: "是/否" },
  // Counts are bounded (issue 15): 1e21 or 2^53 + 1 of anything is a typing error, not a count.
  int: { name: "整数", min: "0", max: "999999999999", scale: 0 },
  decimal: { name: "数值" },
  pct: { name: "百分比", min: "0", max: "100", scale: 4, unit: "%" },
  yuan: { name: "金额", min: "0", scale: 2, unit: "元" },
  score: { name: "分数", scale: 2, unit: "分" },
  date: { name: "日期" },
  level: { name: "级别" },
  enum: { name: "选项" },
  text: { name: "文字" },
  list: { name: "清单" },
};

/** The four levels of `level` facts, with their Chinese labels. */
export const levelValues = [
  { value: "county", label: "县级" },
  { value: "city", label: "市级" },
  { value: "province", label: "省级" },
  { value: "national", label: "国家级" },
] as const;

const enumValue = z.object({ value: z.string().min(1), label: z.string().min(1) });

const scalarShape = {
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, "事实名称只能由字母和数字组成，且以字母开头"),
  type: z.enum(factTypes),
  label: z.string().min(1),
  unit: z.string().optional(),
  required: z.boolean().default(true),
  /** Inclusive lower bound (exclusive when `minExclusive`), overriding the type's own. */
  min: decimalText.optional(),
  minExclusive: z.boolean().optional(),
  max: decimalText.optional(),
  /** 0 is allowed besides [min, max] (扣0.5-1分: no deduction, or one of 0.5 to 1). */
  orZero: z.boolean().optional(),
  /** Maximum number of decimal places. */
  scale: z.number().int().min(0).max(10).optional(),
  /** Options of an `enum` fact. */
  values: z.array(enumValue).optional(),
  /** Value of an optional fact when absent; without it numbers are 0, bool false, lists empty. */
  default: z.union([z.boolean(), decimalText]).optional(),
  description: z.string().optional(),
};

/** One field of a list element (e.g. `level` of a finding). */
export const fieldDeclarationSchema = z.object(scalarShape).strict();
/** A field of a list element. */
export type FieldDeclaration = z.output<typeof fieldDeclarationSchema>;

/** A fact declaration of a leaf item. */
export const factDeclarationSchema = z
  .object({
    ...scalarShape,
    /** Shape of each element of a `list` fact. */
    fields: z.array(fieldDeclarationSchema).optional(),
    /** Type of each element of a `list` of plain values (ratings: a list of scores); its name is ignored. */
    element: fieldDeclarationSchema
      .omit({ name: true })
      .extend({ name: z.string().default("item") })
      .optional(),
    minItems: z.number().int().min(0).optional(),
    maxItems: z.number().int().min(0).optional(),
  })
  .strict();
/** A fact declaration: name, type, required, range/scale, Chinese label, unit, enum values, list fields. */
export type FactDeclaration = z.output<typeof factDeclarationSchema>;

/** Effective bounds and scale of a numeric declaration (its own, else its type's). */
export function numericBounds(decl: FieldDeclaration): {
  min?: string;
  max?: string;
  scale?: number;
} {
  const info = factTypeInfo[decl.type];
  const out: { min?: string; max?: string; scale?: number } = {};
  const min = decl.min ?? info.min;
  const max = decl.max ?? info.max;
  const scale = decl.scale ?? info.scale;
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (scale !== undefined) out.scale = scale;
  return out;
}

/** Options of an enum or level fact, with labels. */
export function optionsOf(decl: FieldDeclaration): readonly { value: string; label: string }[] {
  if (decl.type === "level") return levelValues;
  return decl.values ?? [];
}

/** Unit to show after a value (the declaration's, else the type's). */
export function unitOf(decl: FieldDeclaration): string {
  return decl.unit ?? factTypeInfo[decl.type].unit ?? "";
}
