/**
 * The figures of issue 12 for a rubric read against what a person reads in it: items found (an
 * expected item with the same title in the draft) and points right (found, with the same points).
 */
import type { Item } from "@kaoping/engine";
import { importRubric } from "../../src/office/rubric/import-rubric.js";

/** `code title max`, ` cap N` for a capped group, ` 否决` for a veto — every item, depth first. */
export function outlineLines(items: readonly Item[]): string[] {
  return items.flatMap((i) => [
    `${i.code} ${i.title} ${i.max}${i.cap !== undefined ? ` cap ${i.cap}` : ""}${i.gate?.effect === "veto" ? " 否决" : ""}`,
    ...outlineLines(i.children ?? []),
  ]);
}

/** Items found and points right, out of the expected items; lines expected but not read as written. */
export function measureOutline(
  expected: readonly string[],
  actual: readonly string[],
): { items: number; found: number; pointsRight: number; exact: number } {
  const parse = (line: string) => {
    const [code = "", title = "", max = ""] = line.split(" ");
    return { code, title, max };
  };
  const read = actual.map(parse);
  let found = 0;
  let pointsRight = 0;
  for (const e of expected.map(parse)) {
    const same = read.filter((a) => a.title === e.title);
    if (same.length > 0) found += 1;
    if (same.some((a) => Number(a.max) === Number(e.max))) pointsRight += 1;
  }
  const exact = expected.filter((line) => actual.includes(line)).length;
  return { items: expected.length, found, pointsRight, exact };
}

/** An item of a draft with its rule, as the layout tests look at it. */
export type ReadItem = Item & { rule?: Record<string, unknown> & { kind: string } };

const flat = (items: readonly ReadItem[]): ReadItem[] =>
  items.flatMap((i) => [i, ...flat((i.children ?? []) as ReadItem[])]);

/** A rubric file imported, for a layout test: the draft's outline, its items by title and what the import said. */
export async function importedLayout(file: Buffer, kind: "docx" | "xlsx" | "doc") {
  const result = await importRubric(file, kind);
  if (!result.ok) throw new Error(result.message);
  const items = result.document.items as ReadItem[];
  return {
    title: result.document.title,
    description: result.document.description,
    outline: outlineLines(items),
    item: (title: string) => flat(items).find((i) => i.title === title),
    warnings: result.summary.warnings,
    ignored: result.summary.ignoredColumns,
    unused: result.summary.unusedColumns,
    valid: result.scheme !== undefined,
  };
}
