/**
 * A workbook's 汇总/总表 sheet beside one sheet per category (decision 0345): its rows state each
 * category's points («基金监管 | 35», a figure or a formula's saved result) and the whole's («合计 |
 * 80»). They are not read as items; they are compared with what the category sheets come to,
 * through the comparisons the import already makes — a group's parts against its stated 分值
 * (outline-drafts.ts `partsGaps`), the items against a stated total (weights.ts `totalWarnings`) —
 * each naming the sheet.
 */
import type { TableRow } from "./table.js";
import { isTotalRow, type ParagraphTotal } from "./weights.js";

/** What a summary sheet states: points by the row's name, and the whole's total. */
export interface SummaryStated {
  /** Where it is written, as a warning names it: 工作表“汇总”. */
  where: string;
  /** Each named row's figure, by its name as written (numbering such as «一、» left off). */
  points: Map<string, string>;
  total?: ParagraphTotal;
}

/** A cell that is a figure of points alone: 35, 35分, 12.5. */
const FIGURE = /^(\d+(?:\.\d+)?)\s*分?$/;

/** A cell that only numbers its row (一, 1, （二）, 第1项): not a name. */
const NUMBERING =
  /^(?:第?[一二三四五六七八九十\d]+[、.．项]?|[（(][一二三四五六七八九十\d]+[)）])$/;

/** The rows of a sheet not read as a rubric that state a name and a figure, and its 合计 row. */
export function summaryOf(sheetName: string, rows: readonly TableRow[]): SummaryStated {
  const where = `工作表“${sheetName}”`;
  const points = new Map<string, string>();
  let total: ParagraphTotal | undefined;
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    const at = cells.findIndex((c) => c !== "" && !FIGURE.test(c) && !NUMBERING.test(c));
    const name = cells[at];
    if (name === undefined) continue;
    const figure = cells
      .slice(at + 1)
      .map((c) => FIGURE.exec(c.replace(/\s+/g, ""))?.[1])
      .find((f) => f !== undefined);
    if (figure === undefined) continue;
    if (isTotalRow(cells)) {
      total ??= { total: figure, text: `${name} ${figure}`, whole: true, left: "", where };
      continue;
    }
    if (!points.has(name)) points.set(name, figure);
  }
  return { where, points, ...(total !== undefined ? { total } : {}) };
}

/** The figure a summary states for a category sheet's name, where it states one. */
export function statedFor(
  summaries: readonly SummaryStated[],
  name: string,
  sameName: (cell: string, name: string) => boolean,
): { figure: string; where: string } | undefined {
  for (const s of summaries)
    for (const [cell, figure] of s.points)
      if (sameName(cell, name)) return { figure, where: s.where };
  return undefined;
}
