/**
 * The spreadsheet form of a round's facts, shared by the template and the import
 * (docs/documents.md, decision 0043):
 * - sheet 事实填报: one row per unit; column A the unit id (hidden), B the unit name, then one
 *   column per scalar fact headed "4.1 参保率(%)"; row 2 (hidden) holds the machine keys.
 * - one sheet per list fact ("6 严重欺诈骗保事件"): one row per entry, column A the unit name
 *   (drop-down), then one column per field; its hidden row 2 holds `list:6.cases` and the field names.
 * Values: 是/否 for bool, Chinese labels for level and enum, numbers, dates as YYYY-MM-DD.
 */
import { listFacts, type FactInfo, type FieldDeclaration, type Scheme } from "@kaoping/engine";

/** Name of the main sheet. */
export const mainSheet = "事实填报";
/** First data row of every sheet (row 1 headers, row 2 hidden keys). */
export const firstDataRow = 3;
/** Key prefix of a list sheet's A2 cell. */
export const listKey = "list:";

/** The facts of a scheme split into main-sheet columns and list sheets. */
export function factLayout(scheme: Scheme): { scalars: FactInfo[]; lists: FactInfo[] } {
  const all = listFacts(scheme);
  return {
    scalars: all.filter((f) => f.declaration.type !== "list"),
    lists: all.filter((f) => f.declaration.type === "list"),
  };
}

/** Header of a fact column: "4.1 参保率(%)". */
export function factHeader(f: FactInfo): string {
  return `${f.code} ${f.declaration.label}${f.unit !== "" ? `(${f.unit})` : ""}`;
}

/** Header of a list field column: "级别" or "评议得分(分)". */
export function fieldHeader(decl: FieldDeclaration): string {
  const unit = decl.unit ?? (decl.type === "pct" ? "%" : decl.type === "yuan" ? "元" : "");
  return `${decl.label}${unit !== "" ? `(${unit})` : ""}`;
}

/** A list sheet's name: "6 严重欺诈骗保事件", at most 31 characters, without the characters Excel forbids. */
export function listSheetName(f: FactInfo): string {
  return `${f.code} ${f.declaration.label}`.replace(/[[\]:*?/\\]/g, "").slice(0, 31);
}

/** The field declarations of a list fact: its record fields, or one `value` field for a list of plain values (ratings). */
export function listFields(f: FactInfo): FieldDeclaration[] {
  const d = f.declaration;
  if (d.fields !== undefined && d.fields.length > 0) return d.fields;
  if (d.element !== undefined) return [{ ...d.element, name: "value" }];
  return [{ name: "value", type: "text", label: d.label, required: true }];
}

/** Options of a choice column (bool, level, enum) as labels, or undefined for other types. */
export function choiceLabels(
  decl: Pick<FieldDeclaration, "type" | "values">,
  options?: readonly { value: string; label: string }[],
): string[] | undefined {
  if (decl.type === "bool") return ["是", "否"];
  if (decl.type === "level") return ["县级", "市级", "省级", "国家级"];
  if (decl.type === "enum") return (options ?? decl.values ?? []).map((o) => o.label);
  return undefined;
}

/** A column letter for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
