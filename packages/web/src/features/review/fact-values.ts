/** Facts shown as text for comparison (self vs reviewed) and the check whether a reviewer changed a value. */
import { factTypeInfo, levelValues, parseDecimal, type FactDeclaration } from "@kaoping/engine";
import { maskPersonalNumbers } from "@kaoping/server/contract";

/**
 * A fact value as a short Chinese text: 是/否, 99.65%, 3 项, —; ID-card and mobile numbers in a
 * text fact masked (security.md row 22: the reader is not the unit that typed it).
 */
export function formatFactValue(decl: FactDeclaration, value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.length === 0 ? "无" : `${value.length} 项`;
  if (decl.type === "level")
    return levelValues.find((l) => l.value === value)?.label ?? String(value);
  if (decl.type === "enum")
    return decl.values?.find((v) => v.value === value)?.label ?? String(value);
  if (decl.type === "text") return maskPersonalNumbers(String(value));
  const unit = decl.unit ?? factTypeInfo[decl.type].unit ?? "";
  return `${String(value)}${unit}`;
}

/** Whether two raw values differ as facts; numbers compare as decimals ("5" = 5 = "5.0"). */
export function isChanged(a: unknown, b: unknown): boolean {
  const isEmpty = (v: unknown) =>
    v === undefined || v === null || (typeof v === "string" && v.trim() === "");
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) !== isEmpty(b);
  const x = typeof a === "number" || typeof a === "string" ? parseDecimal(a) : undefined;
  const y = typeof b === "number" || typeof b === "string" ? parseDecimal(b) : undefined;
  if (x !== undefined && y !== undefined) return !x.equals(y);
  return JSON.stringify(a) !== JSON.stringify(b);
}
