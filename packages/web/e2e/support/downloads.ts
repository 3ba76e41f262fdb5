/**
 * Downloads in the browser tests: click a button, wait for the browser's download, and read the
 * file back — spreadsheets with exceljs, Word documents as the zip they are.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Locator, Page } from "playwright-core";

/** A file the browser saved. */
export interface Downloaded {
  /** The name the browser saves it under (from the server's Content-Disposition). */
  name: string;
  bytes: Buffer;
}

/** Clicks `trigger` and returns the file the browser downloads. */
export async function clickDownload(page: Page, trigger: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  const failure = await download.failure();
  if (failure !== null) throw new Error(`download failed: ${failure}`);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Opens a .xlsx with exceljs (throws when it is not a readable workbook). */
export async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A worksheet's cells' texts: `rows[r - 1][c - 1]` is row r, column c (empty rows are []). */
export function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cell.text));
    rows[rowNumber - 1] = Array.from(cells, (text) => text ?? "");
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The main text part of a .docx (`word/document.xml`); throws when the file is not a Word zip. */
export async function docxDocumentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/document.xml");
  if (part === null) throw new Error("word/document.xml is missing: not a Word document");
  return part.async("string");
}
