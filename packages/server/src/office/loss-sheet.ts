/**
 * The round workbook's sheet 失分分析 (when the round has a loss analysis): the items by points
 * lost, then each unit against the previous round of the lineage. Every text cell goes through
 * `safeCellText` (formula injection).
 */
import type ExcelJS from "exceljs";
import type { LossAnalysis } from "../contract/analysis.js";
import { safeCellIdentifier, safeCellText } from "./spreadsheet-text.js";
import { scoreCell, scoreFormat } from "./workbook-sheet.js";

/** Builds the sheet 失分分析: items by points lost, then each unit against the previous round. */
export function addLosses(wb: ExcelJS.Workbook, losses: LossAnalysis): void {
  const ws = wb.addWorksheet("失分分析", { views: [{ state: "frozen", ySplit: 2 }] });
  const previous = losses.previousRound;
  ws.addRow([
    safeCellText(
      `失分分析：${losses.roundTitle}（${losses.unitCount} 个单位）${previous === null ? "，无上一轮可比较" : `，与上一轮“${previous.title}”比较`}`,
    ),
  ]);
  ws.getRow(1).font = { bold: true, size: 12 };
  ws.addRow([
    "编号",
    "项目",
    "分值",
    "失分合计",
    "平均失分",
    "失分单位数",
    "上一轮失分合计",
    "常见失分原因（单位数）",
  ]);
  ws.getRow(2).font = { bold: true };
  for (const item of losses.items) {
    ws.addRow([
      safeCellIdentifier(item.code),
      safeCellText(item.title),
      scoreCell(item.max),
      scoreCell(item.lostSum),
      scoreCell(item.lostMean),
      item.unitsLosing,
      scoreCell(item.previousLostSum),
      safeCellText(item.reasons.map((r) => `${r.text}（${r.units}）`).join("\n")),
    ]);
  }
  ws.addRow([]);
  const head = ws.addRow([
    "单位",
    "总分",
    "名次",
    "上一轮总分",
    "上一轮名次",
    "名次变化",
    "总分变化",
    "失分最多的项目（本单位失分 / 平均失分）",
  ]);
  head.font = { bold: true };
  for (const unit of losses.units) {
    const before = unit.previous;
    ws.addRow([
      safeCellText(unit.unitName),
      scoreCell(unit.total),
      unit.rank,
      scoreCell(before?.total),
      before?.rank ?? null,
      before === null ? null : safeCellText(rankChangeWords(before.rankChange)),
      scoreCell(before?.totalChange),
      safeCellText(
        unit.weakest.map((w) => `${w.code} ${w.title}（${w.lost} / ${w.meanLost}）`).join("；"),
      ),
    ]);
  }
  for (const col of [3, 4, 5, 7]) ws.getColumn(col).numFmt = scoreFormat;
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 30;
  ws.getColumn(8).width = 80;
  ws.getColumn(8).alignment = { wrapText: true, vertical: "top" };
}

/** A rank change in words: 上升 2 位, 下降 1 位, 不变. */
export function rankChangeWords(change: number): string {
  return change > 0 ? `上升 ${change} 位` : change < 0 ? `下降 ${-change} 位` : "不变";
}
