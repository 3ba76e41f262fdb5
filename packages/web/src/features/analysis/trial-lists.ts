/**
 * 试算 of list facts (清单, e.g. 发现的问题): the list as the unit filled it, an entry taken out
 * ("少一条") or one more like an existing entry ("多一条"), and each entry in Chinese words. The
 * whole list is sent as the fact's new value; nothing typed is changed, nothing is saved.
 */
import { levelValues, type FactDeclaration, type FieldDeclaration } from "@kaoping/engine";

/** The list fact `path` (`7.findings`) of the unit's facts (item code → facts), or undefined. */
export function listOf(
  facts: Record<string, Record<string, unknown>> | undefined,
  path: string,
): unknown[] | undefined {
  const at = path.lastIndexOf(".");
  const value = facts?.[path.slice(0, at)]?.[path.slice(at + 1)];
  return Array.isArray(value) ? value : undefined;
}

/** The list without its entry `index` (少一条). */
export function withoutEntry(list: readonly unknown[], index: number): unknown[] {
  return list.filter((_, i) => i !== index);
}

/** The list with one more entry, a copy of entry `index` (多一条), added at the end. */
export function withCopyOf(list: readonly unknown[], index: number): unknown[] {
  const entry = list[index];
  return [...list, entry !== null && typeof entry === "object" ? structuredClone(entry) : entry];
}

/** A field value in words: 是/否, an option's label, a number or text as given. */
function fieldWords(decl: FieldDeclaration, value: unknown): string {
  if (value === undefined || value === null || value === "") return "未填";
  if (typeof value === "boolean") return value ? "是" : "否";
  const options = decl.type === "level" ? levelValues : (decl.values ?? []);
  const option = options.find((o) => o.value === value);
  if (option !== undefined) return option.label;
  return `${String(value)}${decl.unit !== undefined && decl.unit !== "" ? ` ${decl.unit}` : ""}`;
}

/** An entry of a list fact in words: "级别：县级；是否整改：否", or a plain value ("12.5"). */
export function entryWords(decl: FactDeclaration, entry: unknown): string {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
    const element = decl.element;
    return element === undefined ? String(entry) : fieldWords(element as FieldDeclaration, entry);
  }
  const record = entry as Record<string, unknown>;
  const fields = decl.fields ?? [];
  const words = fields
    .filter((f) => Object.hasOwn(record, f.name))
    .map((f) => `${f.label}：${fieldWords(f, record[f.name])}`);
  return words.length > 0 ? words.join("；") : "（空白的一条）";
}

/** The change of a list in words: "由 3 条改为 2 条" ("共 2 条" when the list as filled is unknown). */
export function countWords(
  before: readonly unknown[] | undefined,
  after: readonly unknown[],
): string {
  if (before === undefined || before.length === after.length) return `共 ${after.length} 条`;
  return `由 ${before.length} 条改为 ${after.length} 条`;
}
