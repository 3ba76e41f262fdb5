/**
 * The rubric of an .xlsx as staff make it (decisions 0195, 0323): every sheet with a rubric header
 * is a block, read as the sheet shows it (cell-text.ts) — hidden rows and columns are not read and
 * are named in a warning; a sheet without a header (填表说明) or hidden is named, not read; several
 * sheets with plain names (基金监管, 经办服务) are the rubric's categories; the title is a title
 * row, else a lone sheet's own name (not «Sheet1»), else left to the file's name.
 */
import ExcelJS from "exceljs";
import { checkZip } from "../zip-guard.js";
import { cellText, isUncalculated } from "./cell-text.js";
import {
  blocksOf,
  notFound,
  titleRowOf,
  withNotes,
  type RubricTable,
  type TableRow,
} from "./table.js";
import { hasRubricHeader } from "./table-header.js";
import { statedFor, summaryOf, type SummaryStated } from "./summary-sheet.js";

/** The most rows and columns holding text a sheet may have to be read. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 50;

/** A default sheet name (Sheet1, 工作表2): names no part and no rubric. */
const DEFAULT_NAME = /^(sheet|工作表)\s*\d*$/i;

/** A sheet name that names a whole rubric (评分细则, 考核表), not one of its categories. */
const WHOLE_NAME = /细则|评分|考核表|评分表|方案|办法|标准|总表|汇总|目录|指标体系|说明|附件|附表/;

/** A sheet that sums the others up (汇总, 总表): its 合计 states the whole's total (0345). */
const SUMMARY_NAME = /汇总|总表/;

/** A sheet of notes (说明, 填表说明, 备注): its lines are read as a document's notes are. */
const NOTES_NAME = /说明|备注|附注|^注$/;

/** A notes sheet's heading line (填表说明, 说明：), which says nothing of its own. */
const NOTES_HEADING = /^(?:填表|考核|评分|有关|相关)?(?:说明|备注|附注|注)[:：]?$/;

/** A sheet as read: its visible rows and what it left out, said in the warnings. */
interface SheetRead {
  name: string;
  rows: TableRow[];
  warnings: string[];
}

/** Where a sheet holds text: its last row and column with a value of its own (not merged onto). */
function extent(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const own = !cell.isMerged || cell.master.address === cell.address;
      if (own && cell.value !== null && cell.value !== "") {
        rows = Math.max(rows, r);
        columns = Math.max(columns, c);
      }
    }),
  );
  return { rows, columns };
}

const letterOf = (c: number): string =>
  (c > 26 ? letterOf(Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));

/** At most `n` things listed, then how many more. */
const listed = (things: readonly string[], n = 8) =>
  things.slice(0, n).join("；") + (things.length > n ? `；等 ${things.length} 处` : "");

/** Reads a sheet's visible cells as rows (hidden rows and columns left out and named). */
function readSheet(ws: ExcelJS.Worksheet, size: { rows: number; columns: number }): SheetRead {
  const sheet = `工作表“${ws.name}”`;
  const hiddenRow = (r: number) => ws.getRow(r).hidden;
  const hiddenColumn = (c: number) => ws.getColumn(c).hidden;
  const hiddenRows: string[] = [];
  const hiddenColumns: string[] = [];
  const uncalculated: string[] = [];
  // A merge whose first cell is hidden shows its text in its first visible cell.
  const shown = new Set<string>();
  const rows: TableRow[] = [];
  for (let r = 1; r <= size.rows; r++) {
    const row: TableRow = { cells: [], continued: [] };
    const texts: string[] = [];
    for (let c = 1; c <= size.columns; c++) {
      const cell = ws.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      const own = master.address === cell.address;
      if (hiddenRow(r) || hiddenColumn(c)) {
        if (own && cellText(cell) !== "") texts.push(cellText(cell));
        continue;
      }
      const continued = !own && shown.has(master.address);
      shown.add(master.address);
      if (!continued && isUncalculated(master)) uncalculated.push(cell.address);
      row.cells.push(continued ? "" : cellText(master));
      row.continued.push(continued);
    }
    if (hiddenRow(r)) {
      if (texts.length > 0) hiddenRows.push(`第${r}行（${texts.join(" ").slice(0, 60)}）`);
    } else rows.push(row);
  }
  for (let c = 1; c <= size.columns; c++) {
    if (!hiddenColumn(c)) continue;
    const texts = [...Array(size.rows).keys()]
      .map((r) => ws.getCell(r + 1, c))
      .filter((cell) => !cell.isMerged || cell.master.address === cell.address)
      .map(cellText)
      .filter((t) => t !== "");
    if (texts.length > 0) hiddenColumns.push(`${letterOf(c)}列（${texts[0]?.slice(0, 20) ?? ""}）`);
  }
  const warnings = [
    ...(hiddenRows.length > 0
      ? [`${sheet}中隐藏的行未导入：${listed(hiddenRows)}；如需导入，请取消隐藏后重新上传`]
      : []),
    ...(hiddenColumns.length > 0 ? [`${sheet}中隐藏的列未导入：${listed(hiddenColumns)}`] : []),
    ...(uncalculated.length > 0
      ? [
          `${sheet}中的公式没有保存计算结果（${listed(uncalculated)}），按空白读取；如需其数值，请在 Excel 或 WPS 中打开、保存后重新上传`,
        ]
      : []),
  ];
  return { name: ws.name, rows, warnings };
}

/**
 * Sheets with plain names, two or more, each one category of the rubric (基金监管 | 经办服务):
 * their names head their rows — not a default name, a whole rubric's name or one the sheet
 * already writes in its first rows (a 一级指标 cell «基金监管（20分）» on a sheet 基金监管).
 */
function namesAreCategories(sheets: readonly SheetRead[]): boolean[] {
  return sheets.map(
    (s) =>
      sheets.length >= 2 &&
      !DEFAULT_NAME.test(s.name.trim()) &&
      !WHOLE_NAME.test(s.name) &&
      !s.rows.slice(0, 8).some((r) => r.cells.some((c) => names(c, s.name.trim()))),
  );
}

/** True when a short cell names the sheet («基金运行（15分）», «一、基金运行» on a sheet 基金运行). */
function names(cell: string, name: string): boolean {
  const text = cell
    .trim()
    .replace(/^(?:[一二三四五六七八九十\d]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*/, "");
  return name !== "" && text.startsWith(name) && text.length <= name.length + 12;
}

/** A line that titles a rubric (…考核评分汇总表, …考核细则, …绩效评价表). */
const RUBRIC_TITLE = /考核|考评|评分|评价|细则|绩效/;

/** Reads the rubric of an .xlsx: the blocks of its rubric sheets, or a Chinese reason it cannot be read. */
export async function readXlsxRubric(buffer: Buffer): Promise<RubricTable | string> {
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
  const sheets: SheetRead[] = [];
  const warnings: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  const skippedTitles: string[] = [];
  const summaries: SummaryStated[] = [];
  // Where each summary's «not a rubric» warning stands, to say it was read after all (0348).
  const saidOf = new Map<string, number>();
  for (const ws of wb.worksheets) {
    const size = extent(ws);
    if (size.rows === 0) continue;
    if (ws.state !== "visible") {
      warnings.push(`隐藏的工作表“${ws.name}”未导入`);
      continue;
    }
    if (size.rows > MAX_ROWS || size.columns > MAX_COLUMNS) {
      warnings.push(
        `工作表“${ws.name}”有 ${size.rows} 行、${size.columns} 列，超过评分细则可读取的 ${MAX_ROWS} 行、${MAX_COLUMNS} 列，未导入`,
      );
      continue;
    }
    const read = readSheet(ws, size);
    if (hasRubricHeader(read.rows)) {
      sheets.push(read);
      continue;
    }
    const lines = read.rows
      .map((r) => r.cells.filter((c) => c.trim() !== "").join(" "))
      .filter((l) => l !== "");
    const notes = NOTES_NAME.test(ws.name) || NOTES_HEADING.test(lines[0] ?? "");
    warnings.push(
      `工作表“${ws.name}”没有评分表的表头（评分标准、分值等），不是评分细则，${notes ? "按说明读取" : "未导入"}`,
    );
    // A 汇总/总表 sheet's title row titles the workbook when the rubric sheets have none (0340).
    const titled = notes ? undefined : titleRowOf(read.rows);
    if (titled !== undefined && RUBRIC_TITLE.test(titled)) skippedTitles.push(titled.trim());
    if (!notes) {
      summaries.push(summaryOf(ws.name, read.rows));
      saidOf.set(`工作表“${ws.name}”`, warnings.length - 1);
    }
    // A 说明 sheet is read as a document's notes (0318): a 一票否决 it states becomes a part.
    if (notes)
      (sheets.length === 0 ? before : after).push(...lines.filter((l) => !NOTES_HEADING.test(l)));
  }
  if (sheets.length === 0)
    return warnings.find((w) => w.includes("超过评分细则可读取")) ?? notFound("工作簿中");
  const blocks = blocksOf(
    sheets.map((s) => s.rows),
    sheets.map((s) => s.name),
  ).filter((b) => b.headed);
  namesAreCategories(sheets).forEach((category, i) => {
    const block = blocks[i];
    if (block === undefined || !category || block.caption !== undefined) return;
    block.caption = sheets[i]?.name.trim() ?? "";
    block.continues = false;
    const stated = statedFor(summaries, block.caption, (cell, name) => names(cell, name));
    if (stated !== undefined) block.captionPoints = stated;
  });
  // A 汇总/总表's 合计 where it names a category sheet or itself as such: the whole's total (0345).
  const totals = summaries
    .filter(
      (s) => SUMMARY_NAME.test(s.where) || blocks.some((b) => b.captionPoints?.where === s.where),
    )
    .flatMap((s) => (s.total !== undefined ? [s.total] : []));
  // A summary read for its figures is said as such, not as a sheet left unread (0348).
  for (const s of summaries) {
    const at = saidOf.get(s.where);
    const used =
      (s.total !== undefined && totals.includes(s.total)) ||
      blocks.some((b) => b.captionPoints?.where === s.where);
    if (used && at !== undefined)
      warnings[at] = `${s.where}是汇总表，未作为考核项目导入，已用于核对各部分分值和总分`;
  }
  // A title row of a rubric sheet (a 说明 sheet's first line is none), else a lone sheet's own name.
  const only = sheets.length === 1 ? (sheets[0]?.name.trim() ?? "") : "";
  const title =
    sheets.map((s) => titleRowOf(s.rows)).find((t) => t !== undefined) ??
    skippedTitles[0] ??
    (DEFAULT_NAME.test(only) ? "" : only);
  const table = withNotes(title, blocks, { before, after, totals });
  const said = [...warnings, ...sheets.flatMap((s) => s.warnings)];
  return said.length > 0 ? { ...table, sheetWarnings: said } : table;
}
