/**
 * The round workbook (.xlsx): sheet 汇总 with one row per unit under three header rows
 * (group → item → 自评/得分, merged), subtotals, totals and ranks, frozen headers; sheet 排名 with
 * the ranking; sheet 失分分析 (when given) with points lost per item and each unit against the
 * previous round of the lineage. Scores are written as numbers converted from the engine's exact decimal strings
 * (at most a few decimal places, so the conversion is exact to what Excel shows); every text cell
 * goes through `safeCellText` (formula injection). Sheet 汇总（一级指标） is the same table with the
 * top-level indicators only. Every sheet prints on A4 landscape with the title and header rows
 * repeated on every page, thin borders on every cell and 第 N 页 共 M 页 in the footer (issue 14
 * defect 12); one page wide when that keeps the text readable (maxFitWidth), else at full size
 * over several pages across with 序号 and 单位 repeated (the township scheme's 汇总 with ~90
 * score columns fitted to one page printed its numbers at about 2 points). The print layout and
 * score cells are in ./workbook-sheet.ts, the sheet 失分分析 in ./loss-sheet.ts.
 */
import ExcelJS from "exceljs";
import {
  describeUnitExtras,
  rankUnits,
  type Item,
  type Scheme,
  type UnitResult,
} from "@kaoping/engine";
import type { LossAnalysis } from "../contract/analysis.js";
import { addLosses } from "./loss-sheet.js";
import { addDecimals, resultsByCode } from "./score-rows.js";
import { safeCellText } from "./spreadsheet-text.js";
import { allBorders, scoreCell, scoreFormat, setPrintLayout } from "./workbook-sheet.js";

/** One unit of the workbook: its results (either may be absent). */
export interface WorkbookUnit {
  id: string;
  name: string;
  self?: UnitResult | undefined;
  reviewed?: UnitResult | undefined;
}

/** What a round workbook is made of. */
export interface RoundWorkbookInput {
  scheme: Scheme;
  round: { title: string };
  units: readonly WorkbookUnit[];
  /** The round's loss analysis, for the sheet 失分分析. */
  losses?: LossAnalysis | undefined;
}

/** A score column pair: the item (or 小计 of a group) it shows. */
interface ScoreColumn {
  code: string;
  group: string;
  label: string;
}

const headerRows = 4; // title row + group row + item row + 自评/得分 row

/** The item columns in scheme order: every item below a group, then the group's 小计; a top-level leaf alone. */
function scoreColumns(scheme: Scheme): ScoreColumn[] {
  const out: ScoreColumn[] = [];
  for (const top of scheme.items) {
    const group = `${top.code} ${top.title}（${top.max}分）`;
    if (top.children === undefined || top.children.length === 0) {
      out.push({ code: top.code, group, label: group });
      continue;
    }
    const walk = (items: readonly Item[]) => {
      for (const it of items) {
        out.push({ code: it.code, group, label: `${it.code} ${it.title}（${it.max}分）` });
        walk(it.children ?? []);
      }
    };
    walk(top.children);
    out.push({ code: top.code, group, label: "小计" });
  }
  return out;
}

/** Rank of each unit id by a result kind (absent results take no rank). */
function ranksBy(
  units: readonly WorkbookUnit[],
  pick: (u: WorkbookUnit) => UnitResult | undefined,
): Map<string, number> {
  const scored = units.flatMap((u) => {
    const r = pick(u);
    return r === undefined ? [] : [{ id: u.id, total: r.total }];
  });
  return new Map(rankUnits(scored).map((r) => [r.id, r.rank]));
}

/** Styles the header block: bold, centred, wrapped, thin borders, light fill. */
function styleHeader(ws: ExcelJS.Worksheet, lastColumn: number): void {
  for (let r = 2; r <= headerRows; r++) {
    for (let c = 1; c <= lastColumn; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true, name: "宋体", size: 10 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
      cell.border = allBorders;
    }
  }
}

/** The top-level indicators alone, as columns of the one-page summary. */
function groupColumns(scheme: Scheme): ScoreColumn[] {
  return scheme.items.map((top) => {
    const group = `${top.code} ${top.title}（${top.max}分）`;
    return { code: top.code, group, label: group };
  });
}

/** A summary sheet: 汇总 (every item) or 汇总（一级指标） (top-level indicators only, one page wide). */
interface SummaryLayout {
  sheet: string;
  title: string;
  columns: ScoreColumn[];
  scoreWidth: number;
  nameWidth: number;
  notesWidth: number;
}

/** Builds a summary sheet. */
function addSummary(wb: ExcelJS.Workbook, input: RoundWorkbookInput, layout: SummaryLayout): void {
  const ws = wb.addWorksheet(layout.sheet, {
    views: [{ state: "frozen", xSplit: 2, ySplit: headerRows }],
  });
  const columns = layout.columns;
  const firstScore = 3;
  const totalCol = firstScore + columns.length * 2;
  const rankCol = totalCol + 2;
  const notesCol = rankCol + 2;
  ws.mergeCells(1, 1, 1, notesCol);
  ws.getCell(1, 1).value = safeCellText(`${input.round.title} ${layout.title}`);
  ws.getCell(1, 1).font = { bold: true, name: "黑体", size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  const fixed: [number, string][] = [
    [1, "序号"],
    [2, "单位"],
    [notesCol, "备注"],
  ];
  for (const [c, label] of fixed) {
    ws.mergeCells(2, c, headerRows, c);
    ws.getCell(2, c).value = label;
  }
  // Group row: merge across the group's columns; a top-level leaf spans the group and item rows.
  let c = firstScore;
  for (let i = 0; i < columns.length;) {
    const col = columns[i] as ScoreColumn;
    let j = i;
    while (j + 1 < columns.length && (columns[j + 1] as ScoreColumn).group === col.group) j++;
    const from = c;
    const to = c + (j - i + 1) * 2 - 1;
    const single = j === i && col.label === col.group;
    ws.mergeCells(2, from, single ? 3 : 2, to);
    ws.getCell(2, from).value = safeCellText(col.group);
    for (let k = i; k <= j; k++, c += 2) {
      if (!single) {
        ws.mergeCells(3, c, 3, c + 1);
        ws.getCell(3, c).value = safeCellText((columns[k] as ScoreColumn).label);
      }
      ws.getCell(4, c).value = "自评";
      ws.getCell(4, c + 1).value = "得分";
    }
    i = j + 1;
  }
  for (const [col, label] of [
    [totalCol, "合计"],
    [rankCol, "排名"],
  ] as const) {
    ws.mergeCells(2, col, 3, col + 1);
    ws.getCell(2, col).value = label;
    ws.getCell(4, col).value = "自评";
    ws.getCell(4, col + 1).value = "得分";
  }
  styleHeader(ws, notesCol);
  const selfRanks = ranksBy(input.units, (u) => u.self);
  const reviewedRanks = ranksBy(input.units, (u) => u.reviewed);
  input.units.forEach((u, index) => {
    const self = resultsByCode(u.self);
    const reviewed = resultsByCode(u.reviewed);
    const values: (string | number | null)[] = [index + 1, safeCellText(u.name)];
    for (const col of columns) {
      values.push(
        u.self ? scoreCell(self.get(col.code)?.score) : null,
        u.reviewed ? scoreCell(reviewed.get(col.code)?.score) : null,
      );
    }
    values.push(
      scoreCell(u.self?.total),
      scoreCell(u.reviewed?.total),
      selfRanks.get(u.id) ?? null,
      reviewedRanks.get(u.id) ?? null,
    );
    const notes = [
      u.self && !u.self.complete ? `自评未完成（缺 ${u.self.missing.join("、")}）` : "",
      u.reviewed && !u.reviewed.complete ? `审核未完成（缺 ${u.reviewed.missing.join("、")}）` : "",
      u.reviewed?.veto ?? u.self?.veto ?? "",
      ...describeUnitExtras(u.reviewed ?? u.self ?? {}),
    ].filter((s) => s !== "");
    values.push(safeCellText(notes.join("；")));
    ws.addRow(values);
  });
  for (let col = firstScore; col < rankCol; col++) ws.getColumn(col).numFmt = scoreFormat;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = layout.nameWidth;
  for (let col = firstScore; col < notesCol; col++) ws.getColumn(col).width = layout.scoreWidth;
  ws.getColumn(notesCol).width = layout.notesWidth;
  ws.getColumn(notesCol).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(3).height = 60;
  setPrintLayout(ws, headerRows, notesCol, "A:B");
}

/** Builds the ranking sheet 排名: by reviewed total when any unit has one, else by self total. */
function addRanking(wb: ExcelJS.Workbook, input: RoundWorkbookInput): void {
  const ws = wb.addWorksheet("排名", { views: [{ state: "frozen", ySplit: 2 }] });
  const byReviewed = input.units.some((u) => u.reviewed !== undefined);
  const ranks = ranksBy(input.units, (u) => (byReviewed ? u.reviewed : u.self));
  ws.mergeCells(1, 1, 1, 5);
  ws.getCell(1, 1).value = safeCellText(`${input.round.title} 排名`);
  ws.getCell(1, 1).font = { bold: true, name: "黑体", size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.addRow(["名次", "单位", "得分", "自评分", "得分与自评分之差"]);
  ws.getRow(2).font = { bold: true };
  ws.getRow(2).alignment = { horizontal: "center" };
  const ordered = input.units
    .map((u, i) => ({ u, i, rank: ranks.get(u.id) }))
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.i - b.i,
    );
  for (const { u, rank } of ordered) {
    const reviewed = byReviewed ? u.reviewed?.total : u.self?.total;
    const self = u.self?.total;
    const difference =
      byReviewed && reviewed !== undefined && self !== undefined
        ? addDecimals([reviewed, self.startsWith("-") ? self.slice(1) : `-${self}`])
        : undefined;
    ws.addRow([
      rank ?? null,
      safeCellText(u.name),
      scoreCell(reviewed),
      scoreCell(self),
      scoreCell(difference),
    ]);
  }
  for (const col of [3, 4, 5]) ws.getColumn(col).numFmt = scoreFormat;
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 28;
  for (const col of [3, 4]) ws.getColumn(col).width = 12;
  ws.getColumn(5).width = 18;
  setPrintLayout(ws, 2, 5);
}

/** Builds the round workbook as an .xlsx buffer. */
export async function buildRoundWorkbook(input: RoundWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  addSummary(wb, input, {
    sheet: "汇总",
    title: "得分汇总表",
    columns: scoreColumns(input.scheme),
    scoreWidth: 7,
    nameWidth: 22,
    notesWidth: 30,
  });
  // The same table by top-level indicator: what prints on one readable page per 20-odd units.
  addSummary(wb, input, {
    sheet: "汇总（一级指标）",
    title: "得分汇总表（一级指标）",
    columns: groupColumns(input.scheme),
    scoreWidth: 7,
    nameWidth: 18,
    notesWidth: 20,
  });
  addRanking(wb, input);
  if (input.losses !== undefined) addLosses(wb, input.losses);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The ranking alone (排名表, issue 14): the workbook's sheet 排名 by itself, with the same print
 * setup (A4 landscape, title and header rows repeated, page numbers), for offices that print or
 * circulate only the ranking.
 */
export async function buildRankingWorkbook(
  input: Omit<RoundWorkbookInput, "losses">,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kaoping";
  addRanking(wb, input);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
