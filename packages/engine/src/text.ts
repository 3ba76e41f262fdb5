/** Small helpers that write numbers and facts into plain Chinese traces. */
import { formatDecimal, type Decimal } from "./decimal.js";
import { optionsOf, unitOf, type FieldDeclaration } from "./facts/declaration.js";

/** A decimal as written in a trace ("0.5"). */
export function n(value: Decimal): string {
  return formatDecimal(value);
}

/** A value with its unit: "99.65%", "3 次", "120000 元". */
export function withUnit(text: string, unit: string): string {
  if (unit === "") return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** A scalar fact value for a trace: number with unit, 是/否, option label, date. */
export function showValue(decl: FieldDeclaration, value: unknown): string {
  if (value === undefined) return "未填写";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") {
    const option = optionsOf(decl).find((o) => o.value === value);
    return option !== undefined ? option.label : value;
  }
  return withUnit(formatDecimal(value as Decimal), unitOf(decl));
}

/** "label value", e.g. "参保率 99.65%". */
export function fact(decl: FieldDeclaration, value: unknown): string {
  return `${decl.label} ${showValue(decl, value)}`;
}
