/**
 * What every sheet of the round workbook (./round-workbook.ts, ./loss-sheet.ts) shares: scores
 * as number cells in the 0.00 format, thin borders, and the print layout — A4 landscape, the title
 * and header rows on every page, 第 N 页 共 M 页 in the footer, one page wide only when that keeps
 * the text readable (issue 14 defect 12).
 */
import type ExcelJS from "exceljs";

/** The number format of every score cell. */
export const scoreFormat = "0.00";

/** A score as a number cell, or null for blank. */
export function scoreCell(value: string | null | undefined): number | null {
  return value === undefined || value === null ? null : Number(value);
}

const thin = { style: "thin" } as const;
/** Thin borders on all four sides of a cell. */
export const allBorders = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * How wide a sheet may be, in Excel's character widths, and still print one page wide on A4
 * landscape at 75 % or more (784 pt printable at 0.4" margins, about 5.25 pt per character):
 * wider and "fit to width" shrinks the 10-point text below 7.5 points, unreadable on paper.
 */
const maxFitWidth = 200;

/** The sheet's width in Excel's character widths, columns 1…`lastColumn`. */
function sheetWidth(ws: ExcelJS.Worksheet, lastColumn: number): number {
  let sum = 0;
  for (let c = 1; c <= lastColumn; c++) sum += ws.getColumn(c).width ?? 9;
  return sum;
}

/**
 * Print layout of a sheet: A4 landscape, the title and header rows on every page, page numbers
 * in the footer, and thin borders on every cell of the table below the title (row 1). One page
 * wide and centred when the columns allow (sheetWidth ≤ maxFitWidth). A wider sheet prints at
 * full size over several pages across, 序号 and 单位 (`repeatColumns`) repeated on each, and its
 * title as the page header (a title cell merged across a hundred columns would print in pieces).
 */
export function setPrintLayout(
  ws: ExcelJS.Worksheet,
  repeatRows: number,
  lastColumn: number,
  repeatColumns?: string,
): void {
  const fits = sheetWidth(ws, lastColumn) <= maxFitWidth;
  const margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  ws.getRow(1).height = 24;
  if (fits) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins,
      printTitlesRow: `1:${repeatRows}`,
    };
    ws.headerFooter = { oddFooter: "&C第 &P 页 共 &N 页" };
  } else {
    const title = ws.getCell(1, 1).text;
    ws.unMergeCells(1, 1, 1, lastColumn);
    ws.getCell(1, 1).alignment = { horizontal: "left" };
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 100,
      pageOrder: "overThenDown",
      margins: { ...margins, top: 0.8 },
      printArea: `A$2:${ws.getColumn(lastColumn).letter}$${ws.rowCount}`,
      printTitlesRow: `2:${repeatRows}`,
      ...(repeatColumns === undefined ? {} : { printTitlesColumn: repeatColumns }),
    };
    ws.headerFooter = {
      oddHeader: `&C&"黑体,常规"&14 ${title.replace(/&/g, "&&")}`,
      oddFooter: "&C第 &P 页 共 &N 页",
    };
  }
  for (let r = 2; r <= ws.rowCount; r++) {
    for (let c = 1; c <= lastColumn; c++) ws.getCell(r, c).border = allBorders;
  }
}
