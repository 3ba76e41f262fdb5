/**
 * Items written as paragraphs, each followed by a small table of its cases (decision 0322):
 * «（一）内控制度建设（１０分）», perhaps a «考核要求：…» paragraph, then 序号 | 扣分情形 | 扣分标准.
 * The tables name no item and give no points — the paragraph above does — so each table's cases
 * are read as one more paragraph of the item above it («未制定内控制度的，扣５分；…»), and the
 * whole as a rubric of paragraphs (paragraphs.ts).
 */
import { trailingPoints, withCondition } from "./outline-cells.js";
import { paragraphRows } from "./paragraphs.js";
import type { DocumentParts, RubricBlock, TableRow } from "./table.js";
import { headed } from "./table-header.js";

/**
 * The rubric block of a document whose every table is a small table of cases under paragraphs
 * that carry the items and their points; undefined for any other document.
 */
export function caseTableParagraphs(parts: DocumentParts): RubricBlock | undefined {
  const { leads } = parts;
  if (leads === undefined || parts.tables.length === 0) return undefined;
  const texts: string[] = [];
  for (const [t, rows] of parts.tables.entries()) {
    const cases = casesOf(rows);
    if (cases === undefined) return undefined;
    texts.push(...(leads[t] ?? []), cases);
  }
  // Each table must sit under an item paragraph with its points: ≥ 2 scored headings, as prose.
  const block = paragraphRows(texts);
  if (block === undefined || block.rows.length < parts.tables.length) return undefined;
  return block;
}

/** A table of cases (扣分情形 | 扣分标准, no item column, no points — not in a case either) as one line of its cases. */
function casesOf(rows: TableRow[]): string | undefined {
  const h = headed(rows);
  if (h === undefined) return undefined;
  const { roles, levels } = h.columns;
  const code = roles.get("code");
  if (roles.has("points") || roles.has("bonus") || levels.some((l) => l !== code)) return undefined;
  const condition = roles.get("condition") ?? roles.get("content");
  const standard = roles.get("standard");
  if (standard === undefined) return undefined;
  const cell = (r: TableRow, i: number | undefined) =>
    i === undefined ? "" : (r.cells[i] ?? "").trim().replace(/[。；;]+$/, "");
  // An item named with its own points («定点医药机构现场检查（8分）») is no case: a table of items.
  if (h.rest.some((r) => trailingPoints(cell(r, condition)) !== undefined)) return undefined;
  const lines = h.rest
    .map((r) => withCondition(cell(r, condition), cell(r, standard)))
    .filter((l) => l !== "");
  return lines.length === 0 ? undefined : `${lines.join("；")}。`;
}
