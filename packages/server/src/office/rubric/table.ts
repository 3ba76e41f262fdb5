/**
 * The rubric of an uploaded 评分细则 as blocks of table rows: every table of a .docx (a table
 * without a header of its own continues the one before it, as after a page break) or every sheet
 * of an .xlsx, each with its columns found by header name and content (columns.ts); a header may
 * span two rows (merged multi-row headers). A document with no rubric table but numbered
 * paragraphs ("一、…（20分）1.…") is read as one block of headings and standards.
 */
import ExcelJS from "exceljs";
import { parseDocumentXml, readDocumentXml } from "../docx-read.js";
import { checkZip } from "../zip-guard.js";
import { detectColumns, roleOfHeader, type Columns } from "./columns.js";
import { paragraphRows } from "./paragraphs.js";

/** A row: cell texts and whether each continues a merge (from above, or from the left). */
export interface TableRow {
  cells: string[];
  continued: boolean[];
}

/** Rows read under one set of columns. */
export interface RubricBlock {
  columns: Columns;
  rows: TableRow[];
  /** True when the block has a header of its own (a new table, not a continuation). */
  headed: boolean;
}

/** A rubric: its title (the document's first paragraph or the sheet's title row) and blocks. */
export interface RubricTable {
  title: string;
  blocks: RubricBlock[];
}

const NOT_FOUND =
  "找不到评分细则表格（表头应含“评分标准”“考核内容”“分值”等列，或正文按“一、…（N分）”分条）";

/** The header among the first rows (one row, or two merged rows), and the rows after it. */
function headed(rows: TableRow[]): { columns: Columns; rest: TableRow[] } | undefined {
  for (let i = 0; i < Math.min(rows.length, 6); i++) {
    const row = rows[i] as TableRow;
    const next = rows[i + 1];
    const data = rows.slice(i + 1, i + 40).map((r) => r.cells);
    if (next !== undefined) {
      // Two header rows: a lower cell names the column where it has text, else the (merged) upper one.
      let upper = "";
      const joined = row.cells.map((c, k) => {
        if (!row.continued[k] || c !== "") upper = c;
        const lower = next.cells[k] ?? "";
        return lower !== "" && !next.continued[k] ? lower : upper;
      });
      const two = detectColumns(
        joined,
        rows.slice(i + 2, i + 40).map((r) => r.cells),
      );
      const one = detectColumns(row.cells, data);
      const rowsOf = (c: Columns) => c.roles.size + c.levels.length;
      if (
        two !== undefined &&
        (one === undefined || rowsOf(two) > rowsOf(one)) &&
        next.cells.some((c) => c !== "" && roleOfHeader(c) !== undefined)
      )
        return { columns: two, rest: rows.slice(i + 2) };
      if (one !== undefined) return { columns: one, rest: rows.slice(i + 1) };
    } else {
      const one = detectColumns(row.cells, data);
      if (one !== undefined) return { columns: one, rest: rows.slice(i + 1) };
    }
  }
  return undefined;
}

/** Blocks of consecutive tables: a headed table starts a block, a headless one of the same width continues it. */
function blocksOf(tables: TableRow[][]): RubricBlock[] {
  const blocks: RubricBlock[] = [];
  let width = 0;
  for (const rows of tables) {
    const h = headed(rows);
    const w = rows[0]?.cells.length ?? 0;
    if (h !== undefined) {
      blocks.push({ columns: h.columns, rows: h.rest, headed: true });
      width = w;
    } else {
      const last = blocks[blocks.length - 1];
      if (last !== undefined && w === width)
        blocks.push({ columns: last.columns, rows, headed: false });
    }
  }
  return blocks;
}

/** Reads the rubric of a .docx. */
async function fromDocx(buffer: Buffer): Promise<RubricTable | string> {
  const read = await readDocumentXml(buffer);
  if (!read.ok) return read.message;
  const { paragraphs, tables } = parseDocumentXml(read.xml);
  const title = paragraphs.find((p) => p.trim() !== "")?.trim() ?? "";
  // Horizontal spans become continuation cells, so column indexes match the header's grid.
  const grids = tables.map((t) =>
    t.map((r) => {
      const row: TableRow = { cells: [], continued: [] };
      for (const c of r) {
        row.cells.push(c.text.trim());
        row.continued.push(c.continued);
        for (let k = 1; k < c.span; k++) {
          row.cells.push("");
          row.continued.push(true);
        }
      }
      return row;
    }),
  );
  const blocks = blocksOf(grids);
  if (blocks.length > 0) return { title, blocks };
  const prose = paragraphRows(paragraphs);
  return prose !== undefined ? { title, blocks: [prose] } : `文档中${NOT_FOUND}`;
}

/** The text of an exceljs cell. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  return String(v instanceof Date ? v.toISOString().slice(0, 10) : v).trim();
}

/** Reads the rubric of an .xlsx: every sheet with a header is a block. */
async function fromXlsx(buffer: Buffer): Promise<RubricTable | string> {
  const refused = await checkZip(buffer);
  if (refused !== undefined) return refused;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
    );
  } catch {
    return "文件不是有效的 Excel 工作簿（.xlsx），无法打开";
  }
  let title = "";
  const sheets: TableRow[][] = [];
  for (const ws of wb.worksheets) {
    if (ws.rowCount > 2000 || ws.columnCount > 50) continue;
    const rows: TableRow[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: TableRow = { cells: [], continued: [] };
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        // exceljs gives merged cells the master's value; only the master keeps it here.
        const continued = cell.isMerged && cell.master.address !== cell.address;
        row.cells.push(continued ? "" : cellText(cell));
        row.continued.push(continued);
      }
      if (title === "" && row.cells.filter((c) => c !== "").length === 1 && rows.length < 3)
        title = row.cells.find((c) => c !== "") ?? "";
      rows.push(row);
    }
    if (title === "") title = ws.name;
    sheets.push(rows);
  }
  const blocks = blocksOf(sheets).filter((b) => b.headed);
  return blocks.length > 0 ? { title, blocks } : `工作簿中${NOT_FOUND}`;
}

/** Reads an uploaded rubric: the blocks, or a Chinese reason it cannot be read. */
export async function readRubricTable(
  buffer: Buffer,
  kind: "docx" | "xlsx",
): Promise<RubricTable | string> {
  return kind === "docx" ? fromDocx(buffer) : fromXlsx(buffer);
}
