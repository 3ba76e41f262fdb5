/**
 * The rubric table of an uploaded 评分细则: from a .docx (the first table with a recognisable
 * header row) or an .xlsx (the first sheet with one), as rows of cell texts with merged-cell
 * continuations marked, and the roles of its columns detected from their header names.
 */
import ExcelJS from "exceljs";
import { parseDocumentXml, readDocumentXml } from "../docx-read.js";
import { checkZip } from "../zip-guard.js";

/** What a column holds. */
export type Role =
  "code" | "title" | "content" | "points" | "standard" | "method" | "notes" | "score";

/** A row: cell texts and whether each continues a vertical merge from above. */
export interface TableRow {
  cells: string[];
  continued: boolean[];
}

/** A rubric table: its title (the document's first paragraph or sheet name), column roles, data rows. */
export interface RubricTable {
  title: string;
  roles: Map<Role, number>;
  rows: TableRow[];
}

const headerNames: [Role, RegExp][] = [
  ["code", /^(序号|编号|项目编号|序|No\.?)$/i],
  ["content", /^(评价内容|考核内容|工作内容|内容|考核要求|工作要求|指标内容)$/],
  ["title", /^(项目|考核项目|评价项目|考核指标|指标|评价指标|一级指标|类别|考核事项)$/],
  ["points", /^(分值|分数|标准分|满分|权重分|分值\(分\))$/],
  ["standard", /^(评分标准|考核标准|评分细则|计分标准|评分办法|扣分标准|评分方法)$/],
  ["method", /^(评价办法|考核方法|考核方式|评价方法|核查方式|检查方法)$/],
  ["notes", /^(备注|说明)$/],
  ["score", /^(得分|自评分|自评得分|实得分)$/],
];

/** Column roles of a header row, when at least three known headers are present. */
export function detectRoles(cells: readonly string[]): Map<Role, number> | undefined {
  const roles = new Map<Role, number>();
  cells.forEach((raw, i) => {
    const text = raw.replace(/\s+/g, "");
    const hit = headerNames.find(([role, re]) => !roles.has(role) && re.test(text));
    if (hit !== undefined) roles.set(hit[0], i);
  });
  const useful = roles.has("standard") || roles.has("content");
  return roles.size >= 3 && useful && roles.has("points") ? roles : undefined;
}

/** Finds the header row among the first rows and returns the table from it. */
function fromRows(title: string, rows: TableRow[]): RubricTable | undefined {
  for (let i = 0; i < Math.min(rows.length, 5); i++) {
    const roles = detectRoles(rows[i]?.cells ?? []);
    if (roles !== undefined) return { title, roles, rows: rows.slice(i + 1) };
  }
  return undefined;
}

/** Reads the rubric table of a .docx. */
async function fromDocx(buffer: Buffer): Promise<RubricTable | string> {
  const read = await readDocumentXml(buffer);
  if (!read.ok) return read.message;
  const { paragraphs, tables } = parseDocumentXml(read.xml);
  const title = paragraphs.find((p) => p.trim() !== "")?.trim() ?? "";
  for (const t of tables) {
    // Horizontal spans become continuation cells, so column indexes match the header's grid.
    const rows = t.map((r) => {
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
    });
    const table = fromRows(title, rows);
    if (table !== undefined) return table;
  }
  return "文档中找不到评分细则表格（表头应含“分值”以及“评分标准”或“评价内容”等列）";
}

/** The text of an exceljs cell. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  return String(v instanceof Date ? v.toISOString().slice(0, 10) : v).trim();
}

/** Reads the rubric table of an .xlsx. */
async function fromXlsx(buffer: Buffer): Promise<RubricTable | string> {
  const refused = checkZip(buffer);
  if (refused !== undefined) return refused;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
    );
  } catch {
    return "文件不是有效的 Excel 工作簿（.xlsx），无法打开";
  }
  for (const ws of wb.worksheets) {
    if (ws.rowCount > 2000 || ws.columnCount > 50) continue;
    const rows: TableRow[] = [];
    let title = "";
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: TableRow = { cells: [], continued: [] };
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        // exceljs gives merged cells the master's value; only the master keeps it here.
        const continued = cell.isMerged && cell.master.address !== cell.address;
        row.cells.push(continued ? "" : cellText(cell));
        row.continued.push(continued);
      }
      if (title === "" && row.cells.filter((c) => c !== "").length === 1)
        title = row.cells.find((c) => c !== "") ?? "";
      rows.push(row);
    }
    const table = fromRows(title || ws.name, rows);
    if (table !== undefined) return table;
  }
  return "工作簿中找不到评分细则表格（表头应含“分值”以及“评分标准”或“评价内容”等列）";
}

/** Reads an uploaded rubric: the table, or a Chinese reason it cannot be read. */
export async function readRubricTable(
  buffer: Buffer,
  kind: "docx" | "xlsx",
): Promise<RubricTable | string> {
  return kind === "docx" ? fromDocx(buffer) : fromXlsx(buffer);
}
