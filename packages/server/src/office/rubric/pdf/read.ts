/**
 * The rubric of an uploaded PDF (decision 0324): the file opened in a bounded worker
 * (extract.ts), each page's ruled tables rebuilt from its lines (grid.ts), tables without lines
 * from the alignment of their text (stream.ts), the lines outside tables as paragraphs in reading
 * order; a table continued on the next page joins the one before as a .docx's does. The parts go
 * to the same reading as a .docx's (table.ts). A scan (no text) and an encrypted file are refused.
 */
import { notFound, rubricOfDocument, type RubricTable, type TableRow } from "../table.js";
import { extractPdf, PDF_LIMITS, type PdfLimits, type PdfPage } from "./extract.js";
import { furnitureOf, type IsFurniture } from "./furniture.js";
import { ruledTables, type PageTable } from "./grid.js";
import { rulesOf } from "./lines.js";
import { alignedTables } from "./stream.js";
import { ENDS, paragraphsOf, type PrintedLine } from "./paragraphs.js";
import { joinLines, lineText, linesOf, placedRuns, type Line } from "./text.js";

/** What the reader says of a PDF with no text to read. */
export const SCANNED =
  "PDF 文件中没有可读取的文字（可能是扫描件或图片），无法识别评分细则。请上传原始的 Word/Excel 文件，或从原文中复制表格粘贴。";

/** A page's content in reading order: a line of text, or a table. */
type Element =
  PrintedLine | { table: TableRow[]; top: number; openTop?: boolean; openBottom?: boolean };

/** The elements of a page, top to bottom; its furniture (headers, footers, page numbers) left out. */
function pageElements(page: PdfPage, number: number, isFurniture: IsFurniture): Element[] {
  const runs = placedRuns(page.runs);

  const tables: PageTable[] = ruledTables(rulesOf(page.ops), runs);
  const lines: Line[] = linesOf(runs);
  const texts = lines.filter((l) => !isFurniture(l, page));
  // The text's edges: its lines' and its tables' (not the furniture's in the margins).
  const edge = Math.max(0, ...texts.map((l) => l.right), ...tables.map((t) => t.right));
  const left = Math.min(edge, ...texts.map((l) => l.x), ...tables.map((t) => t.left));
  const aligned = alignedTables(texts);
  const elements: Element[] = [
    ...tables.map((t) => ({
      table: t.rows,
      top: t.top,
      openTop: t.openTop,
      openBottom: t.openBottom,
    })),
    ...aligned.tables.map((t) => ({ table: t.rows, top: t.top })),
    ...aligned.rest.map((l) => ({
      line: lineText(l),
      top: l.y + l.size,
      x: l.x,
      right: l.right,
      y: l.y,
      size: l.size,
      left,
      edge,
      spaced: /^[\s\u3000]{2}/u.test(l.runs[0]?.text ?? ""),
      page: number,
    })),
  ];
  return elements.sort((p, q) => q.top - p.top);
}

/**
 * A table continued from the page before: a cell left empty at its top where the cell above it
 * on the last page held text is that merged cell going on (a .docx's vMerge over the page break).
 */
function carryMerges(previous: TableRow[], next: TableRow[]): void {
  const last = previous[previous.length - 1];
  const first = next[0];
  if (last === undefined || first === undefined || last.cells.length !== first.cells.length) return;
  first.cells.forEach((text, c) => {
    if (text === "" && !first.continued[c] && ((last.cells[c] ?? "") !== "" || last.continued[c]))
      first.continued[c] = true;
  });
}

/**
 * A row the page cut: its part on the next page joined to its part on the page before. It is cut
 * when the table's side lines run on past the page's last line and the next page's first, or when
 * the next page's first row leaves cells of the row before empty (its number, its points) and
 * holds text only where that row stops mid-sentence.
 */
function joinCutRow(previous: TableRow[], next: TableRow[], open: boolean): boolean {
  const last = previous[previous.length - 1];
  const first = next[0];
  if (last === undefined || first === undefined || last.cells.length !== first.cells.length)
    return false;
  const goesOn = first.cells.every(
    (text, c) => text === "" || ((last.cells[c] ?? "") !== "" && !ENDS.test(last.cells[c] ?? "")),
  );
  const part =
    first.cells.some((t) => t !== "") &&
    first.cells.some((t, c) => t === "" && (last.cells[c] ?? "") !== "");
  if (!open && !(goesOn && part)) return false;
  first.cells.forEach((text, c) => {
    if (text !== "") last.cells[c] = joinLines([last.cells[c] ?? "", text]);
  });
  next.shift();
  return true;
}

/**
 * A table's header row printed again at the top of the next page (Word's 标题行重复, a browser's
 * thead): left out there, so the row the page cut joins its part on the page before.
 */
function dropRepeatedHeader(first: readonly TableRow[], next: TableRow[]): void {
  const key = (row: TableRow | undefined) => row?.cells.join("\u0000") ?? "";
  const top = key(next[0]);
  if (next.length > 1 && first.slice(0, 3).some((row) => key(row) === top)) next.shift();
}

/** The document's parts (paragraphs, tables, captions, notes before, between and after) in reading order. */
function partsOf(pages: readonly PdfPage[]) {
  const paragraphs: string[] = [];
  const tables: TableRow[][] = [];
  const captions: string[] = [];
  const between: string[] = [];
  let before: string[] = [];
  let pending: PrintedLine[] = [];
  let pageBreakSinceTable = false;
  let cutBefore = false;
  let runStart = 0;
  const flush = () => {
    const unwrapped = paragraphsOf(pending);
    pending = [];
    return unwrapped;
  };
  const isFurniture = furnitureOf(pages);
  for (const [number, page] of pages.entries()) {
    for (const e of pageElements(page, number, isFurniture)) {
      if ("line" in e) {
        pending.push(e);
        continue;
      }
      const texts = flush();
      paragraphs.push(...texts);
      if (tables.length > 0) between.push(...texts);
      else before = [...before, ...texts];
      const previous = tables[tables.length - 1];
      if (previous !== undefined && pageBreakSinceTable && texts.length === 0) {
        dropRepeatedHeader(tables[runStart] ?? [], e.table);
        joinCutRow(previous, e.table, cutBefore && e.openTop === true);
        carryMerges(previous, e.table);
        if (e.table.length === 0) {
          cutBefore = e.openBottom === true;
          continue;
        }
      }
      captions.push(texts[texts.length - 1] ?? "");
      if (!(previous !== undefined && pageBreakSinceTable && texts.length === 0))
        runStart = tables.length;
      tables.push(e.table);
      cutBefore = e.openBottom === true;
      pageBreakSinceTable = false;
    }
    pageBreakSinceTable = true;
  }
  const texts = flush();
  paragraphs.push(...texts);
  return { paragraphs, tables, captions, after: tables.length > 0 ? texts : [], between, before };
}

/** Reads the rubric of a PDF: the blocks, or a Chinese reason it cannot be read. */
export async function readPdfRubric(
  bytes: Buffer,
  limits: PdfLimits = PDF_LIMITS,
): Promise<RubricTable | string> {
  if (bytes.subarray(0, 1024).indexOf("%PDF-") < 0)
    return "文件不是有效的 PDF 文件（文件头不是 %PDF-），请检查文件后重新上传。";
  const pages = await extractPdf(bytes, limits);
  if (typeof pages === "string") return pages;
  if (pages.every((p) => placedRuns(p.runs).length === 0)) return SCANNED;
  return rubricOfDocument(partsOf(pages)) ?? notFound("PDF 文件中");
}
