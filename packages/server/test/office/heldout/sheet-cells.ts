/**
 * Workbooks as county staff make them, for the tests of decision 0323: numeric cells with their
 * number formats (0%, 0.0%, 0.00, 0"分"), formulas with or without a cached result, rich text with
 * line breaks (alt-enter), numbers stored as text, dates, hidden rows and columns, a blank margin
 * column, frozen panes and print titles — built with exceljs as Excel and WPS write them.
 */
import ExcelJS from "exceljs";

/** A cell as staff type it. */
export type SheetCell =
  | string
  | number
  | Date
  | null
  /** A number (or text) with a number format: 0.25 with "0%" shows 25%. */
  | { v: number | string; fmt: string }
  /** A formula, with the result Excel cached when it last calculated (none: never calculated). */
  | { f: string; result?: number | string; fmt?: string }
  /** Rich text: runs (some bold), "\n" where alt-enter broke the line. */
  | { rich: string[] }
  /** A number stored as text (Excel's green triangle). */
  | { text: string };

/** A sheet: its name, rows from `origin` (default A1), merges, what is hidden, frozen rows, print titles. */
export interface StaffSheet {
  name: string;
  rows: SheetCell[][];
  /** The first cell of the first row ("B1" when column A is a blank margin). */
  origin?: string;
  merges?: string[];
  /** Row numbers (1-based, of the sheet) hidden by staff. */
  hiddenRows?: number[];
  /** Column letters hidden by staff. */
  hiddenColumns?: string[];
  /** Rows frozen at the top (the header stays on screen). */
  frozenRows?: number;
  /** Rows repeated on every printed page ("1:3"). */
  printTitles?: string;
  /** Column widths by letter (a narrow margin column). */
  widths?: Record<string, number>;
  /** A row far below the text down to which staff applied borders (empty cells with a style). */
  formattedTo?: number;
}

function setCell(cell: ExcelJS.Cell, value: SheetCell): void {
  if (value === null) return;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) {
    cell.value = value;
    if (value instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
    return;
  }
  if ("v" in value) {
    cell.value = value.v;
    cell.numFmt = value.fmt;
  } else if ("f" in value) {
    cell.value =
      value.result === undefined
        ? ({ formula: value.f } as ExcelJS.CellFormulaValue)
        : { formula: value.f, result: value.result };
    if (value.fmt !== undefined) cell.numFmt = value.fmt;
  } else if ("rich" in value) {
    cell.value = {
      richText: value.rich.map((text, i) =>
        i % 2 === 1 ? { text, font: { bold: true } } : { text },
      ),
    };
    cell.alignment = { wrapText: true, vertical: "top" };
  } else {
    cell.value = value.text;
    cell.numFmt = "@";
  }
}

/** An .xlsx of the sheets, in order. */
export async function staffWorkbook(sheets: readonly StaffSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, {
      views:
        s.frozenRows === undefined ? [] : [{ state: "frozen", ySplit: s.frozenRows, xSplit: 0 }],
    });
    const origin = ws.getCell(s.origin ?? "A1");
    const top = Number(origin.row);
    const left = Number(origin.col);
    s.rows.forEach((row, r) =>
      row.forEach((value, c) => setCell(ws.getCell(top + r, left + c), value)),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    for (const [c, w] of Object.entries(s.widths ?? {})) ws.getColumn(c).width = w;
    if (s.printTitles !== undefined) ws.pageSetup.printTitlesRow = s.printTitles;
    if (s.formattedTo !== undefined)
      for (const c of [1, 2, 3, 4])
        ws.getCell(s.formattedTo, c).border = { bottom: { style: "thin" } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
