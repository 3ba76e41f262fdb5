/**
 * The score table (评分表) as a Word table: 序号, 项目, 分值, [评价内容,] 评分标准, 评价办法, 自评分,
 * 得分, 备注 — the 序号 and 项目 cells of a group merged down its rows, a 小计 row per group and a
 * 合计 row. The 评价内容 column appears only when the scheme has contents (medical-aid-2021 does).
 */
import { AlignmentType, Table, TableRow, WidthType, type Paragraph, type TableCell } from "docx";
import { schemeDescriptionLines } from "../contract/schemes.js";
import { cell, fonts, sizes, text } from "./docx-style.js";
import type { ScoreRow } from "./score-rows.js";

type Column =
  "code" | "title" | "max" | "content" | "standard" | "method" | "self" | "reviewed" | "notes";

const headers: Record<Column, string> = {
  code: "序号",
  title: "项目",
  max: "分值",
  content: "评价内容",
  standard: "评分标准",
  method: "评价办法",
  self: "自评分",
  reviewed: "得分",
  notes: "备注",
};
const weights: Record<Column, number> = {
  code: 4,
  title: 10,
  max: 5,
  content: 24,
  standard: 34,
  method: 11,
  self: 6,
  reviewed: 6,
  notes: 10,
};

/** Column widths in twips for a table of `total` twips. */
function widthsFor(
  columns: readonly Column[],
  total: number,
  hasContent: boolean,
): Record<Column, number> {
  const w = {
    ...weights,
    ...(hasContent ? { standard: 22 } : {}),
    ...(columns.includes("method") ? {} : { method: 0 }),
  };
  const sum = columns.reduce((acc, c) => acc + w[c], 0);
  return Object.fromEntries(columns.map((c) => [c, Math.floor((w[c] * total) / sum)])) as Record<
    Column,
    number
  >;
}

/** A score as shown: the decimal string, "—" when unscored, blank when there is no result (to fill in by hand). */
export function showScore(score: string | null | undefined): string {
  if (score === undefined) return "";
  return score ?? "—";
}

/**
 * The 评分标准 cell of an item (decision 0201): the 细则's text, then on a second line
 * "计分规则：…" — the rule as kaoping scores it (engine explain), so a reader compares the two;
 * without a 细则 text, the rule's sentence alone (still marked 计分规则).
 */
export function standardText(standard: string, rule: string): string {
  if (rule === "") return standard;
  return standard === "" ? `计分规则：${rule}` : `${standard}\n计分规则：${rule}`;
}

/** Builds the Word table for the rows, `totalWidth` twips wide. */
export function buildScoreTable(rows: readonly ScoreRow[], totalWidth: number): Table {
  // 评价内容 and 评价办法 appear only when the scheme has them (medical-aid-2021 has both, township-2022 neither).
  const hasContent = rows.some((r) => r.content !== "");
  const hasMethod = rows.some((r) => r.method !== "");
  const columns: Column[] = [
    "code",
    "title",
    "max",
    ...(hasContent ? (["content"] as const) : []),
    "standard",
    ...(hasMethod ? (["method"] as const) : []),
    "self",
    "reviewed",
    "notes",
  ];
  const width = widthsFor(columns, totalWidth, hasContent);
  const centre = AlignmentType.CENTER;
  // 小计 and 合计 rows merge the text columns (评价内容, 评分标准, 评价办法) into one cell.
  const textSpan = 1 + (hasContent ? 1 : 0) + (hasMethod ? 1 : 0);
  const textWidth =
    (hasContent ? width.content : 0) + width.standard + (hasMethod ? width.method : 0);
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c) =>
      cell(headers[c], { width: width[c], align: centre, bold: true, font: fonts.title }),
    ),
  });
  const spans = new Map<number, number>();
  for (const r of rows) spans.set(r.group, (spans.get(r.group) ?? 0) + 1);
  const seen = new Set<number>();
  const body = rows.map((r) => {
    const cells: TableCell[] = [];
    const first = !seen.has(r.group);
    seen.add(r.group);
    const scores = [
      cell(showScore(r.self), { width: width.self, align: centre }),
      cell(showScore(r.reviewed), { width: width.reviewed, align: centre }),
      cell(r.notes, { width: width.notes }),
    ];
    if (r.kind === "total") {
      cells.push(
        cell("合计", { width: width.code + width.title, columnSpan: 2, align: centre, bold: true }),
      );
      cells.push(
        cell(`${r.max}分`, { width: width.max, align: centre, bold: true }),
        // What reaches beyond the items (追加扣除, 一票否优), written by buildScoreRows.
        cell(r.standard, { width: textWidth, columnSpan: textSpan }),
        ...scores,
      );
      return new TableRow({ children: cells, cantSplit: true });
    }
    if (first) {
      const rowSpan = spans.get(r.group) ?? 1;
      cells.push(
        cell(r.groupCode, { width: width.code, align: centre, rowSpan }),
        cell(r.groupTitle, { width: width.title, align: centre, rowSpan }),
      );
    }
    if (r.kind === "subtotal") {
      cells.push(
        cell(`${r.max}分`, { width: width.max, align: centre, bold: true }),
        cell("小计", { width: textWidth, columnSpan: textSpan, align: centre, bold: true }),
        ...scores,
      );
      return new TableRow({ children: cells, cantSplit: true });
    }
    const isChild = r.code !== r.groupCode;
    const prefix = isChild ? `${r.code} ` : "";
    cells.push(cell(`${r.max}分`, { width: width.max, align: centre }));
    if (hasContent)
      cells.push(
        cell(`${prefix}${r.content || r.title}`, { width: width.content }),
        cell(standardText(r.standard, r.rule), { width: width.standard }),
      );
    else
      cells.push(
        cell(standardText(`${prefix}${r.standard || r.title}`, r.rule), {
          width: width.standard,
        }),
      );
    if (hasMethod) cells.push(cell(r.method, { width: width.method }));
    cells.push(...scores);
    return new TableRow({ children: cells, cantSplit: true });
  });
  return new Table({
    width: { size: totalWidth, type: WidthType.DXA },
    columnWidths: columns.map((c) => width[c]),
    rows: [header, ...body],
  });
}

/**
 * The scheme's 说明 under a score table (decision 0335) — the score sheet's and the self-report's
 * 细则 table (0343) — one paragraph a line, «说明：» before the first unless it has its own label.
 */
export function descriptionParagraphs(description: string | undefined): Paragraph[] {
  const lines = schemeDescriptionLines(description);
  return lines.map((line, i) =>
    text(line, { size: sizes.wuhao, spacingAfter: i === lines.length - 1 ? 240 : 0 }),
  );
}
