/**
 * Reading downloaded documents in tests: an .xlsx response as an exceljs workbook, the facts
 * template's sheet 事实填报 with its columns by fact path, and a .docx as its XML, paragraphs and
 * table cell texts.
 */
import ExcelJS from "exceljs";
import { parseDocumentXml, readDocumentXml } from "../office/docx-read.js";

/** The .xlsx `bytes` (a response's rawPayload) loaded into a workbook. */
export async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

/** The facts template's sheet 事实填报 and the column of a fact path (`1.1.planIssued`) in row 2. */
export function factsSheetOf(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet("事实填报") as ExcelJS.Worksheet;
  const col = (path: string) => (ws.getRow(2).values as unknown[]).indexOf(path);
  return { ws, col };
}

/** The .docx `bytes` read: its document XML, paragraph texts and every table cell's text. */
export async function docxOf(
  bytes: Buffer,
): Promise<{ xml: string; paragraphs: string[]; cells: string[] }> {
  const read = await readDocumentXml(bytes);
  if (!read.ok) throw new Error(read.message);
  const parsed = parseDocumentXml(read.xml);
  return {
    xml: read.xml,
    paragraphs: parsed.paragraphs,
    cells: parsed.tables.flat(2).map((cell) => cell.text),
  };
}
