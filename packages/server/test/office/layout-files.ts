/**
 * Rubric files in the layouts real 评分细则 come in (corpus/README.md, "Table layouts seen"): .xlsx
 * sheets with merged cells and .docx documents of paragraphs and tables, built from plain arrays
 * for the layout tests. The texts are written for these tests, in the sources' style.
 */
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

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

/** A table cell: text, or text merged downwards over `rowSpan` rows. */
export type DocCell = string | { text: string; rowSpan: number };

/** A .docx of paragraphs (strings) and tables (rows of cells), in order. */
export async function docxOf(parts: (string | DocCell[][])[]): Promise<Buffer> {
  const children = parts.map((p) => {
    if (typeof p === "string") return new Paragraph({ children: [new TextRun(p)] });
    const columns = Math.max(...p.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: Array.from({ length: columns }, () => Math.floor(9000 / columns)),
      rows: p.map(
        (row) =>
          new TableRow({
            children: row.map((c) => {
              const cell = typeof c === "string" ? { text: c, rowSpan: 1 } : c;
              return new TableCell({
                rowSpan: cell.rowSpan,
                children: cell.text
                  .split("\n")
                  .map((line) => new Paragraph({ children: [new TextRun(line)] })),
              });
            }),
          }),
      ),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
