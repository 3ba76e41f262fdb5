/**
 * Rubric files in the layouts real 评分细则 come in (corpus/README.md, "Table layouts seen"): .xlsx
 * sheets with merged cells and .docx documents of paragraphs and tables, built from plain arrays
 * for the layout tests. The texts are written for these tests, in the sources' style.
 */
import ExcelJS from "exceljs";
import {
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { importRubric } from "../../src/office/rubric/import-rubric.js";

/** An .xlsx of one sheet: rows of cell texts, then merges ("A2:A4"). */
export async function xlsxOf(
  rows: string[][],
  merges: string[] = [],
  title?: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("细则");
  if (title !== undefined) ws.addRow([title]);
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A sheet of a workbook: its name, rows of cell texts and merges ("A2:A4"). */
export interface SheetOf {
  name: string;
  rows: string[][];
  merges?: string[];
}

/** An .xlsx of several sheets (one per 一级指标, a 加分项 sheet, a 一票否决 sheet …). */
export async function workbookOf(sheets: SheetOf[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A table cell: text, or text merged downwards over `rowSpan` rows and/or across `colSpan` columns. */
export type DocCell = string | { text: string; rowSpan?: number; colSpan?: number };

/** A page break between tables (a table continued on the next page). */
export const PAGE_BREAK = "\f";

/** A .docx of paragraphs (strings; PAGE_BREAK for a page break) and tables (rows of cells), in order. */
export async function docxOf(parts: (string | DocCell[][])[]): Promise<Buffer> {
  const children = parts.map((p) => {
    if (p === PAGE_BREAK) return new Paragraph({ children: [new PageBreak()] });
    if (typeof p === "string") return new Paragraph({ children: [new TextRun(p)] });
    const columns = Math.max(
      ...p.map((r) =>
        r.reduce((n: number, c) => n + (typeof c === "string" ? 1 : (c.colSpan ?? 1)), 0),
      ),
    );
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: Array.from({ length: columns }, () => Math.floor(9000 / columns)),
      rows: p.map(
        (row) =>
          new TableRow({
            children: row.map((c) => {
              const cell = typeof c === "string" ? { text: c } : c;
              return new TableCell({
                rowSpan: cell.rowSpan ?? 1,
                columnSpan: cell.colSpan ?? 1,
                children: cell.text
                  .split("\n")
                  .map((line) => new Paragraph({ children: [new TextRun(line)] })),
              });
            }),
          }),
      ),
    });
  });
  // Word always ends a body with a paragraph; LibreOffice drops a table that ends the body.
  if (typeof parts[parts.length - 1] !== "string") children.push(new Paragraph({ children: [] }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** One item of an imported draft, as the sentence tests read it. */
export interface Leaf {
  code: string;
  rule: Record<string, unknown> & { kind: string };
  facts: Record<string, unknown>[];
  gate?: Record<string, unknown>;
}

/** Imports rows (项目, 分值, 评分标准) numbered 1, 2, 3 … as one table; the draft and its leaves. */
export async function importRows(rows: [string, string, string][]) {
  const result = await importRubric(
    await xlsxOf([
      ["序号", "项目", "分值", "评分标准"],
      ...rows.map((r, i) => [String(i + 1), ...r]),
    ]),
    "xlsx",
  );
  if (!result.ok) throw new Error(result.message);
  return { ...result, leaves: result.document.items as unknown as Leaf[] };
}
