/** The readable output of `kaoping score`: a score sheet per unit, then the ranking. */
import {
  describeUnitExtras,
  type ItemResult,
  type RoundResult,
  type UnitImprovements,
} from "@kaoping/engine";
import { renderTable } from "./text-table.js";

/** Flattens the item tree into rows, indenting sub-items. */
function itemRows(items: ItemResult[], depth: number, out: string[][]): string[][] {
  for (const item of items) {
    out.push([
      item.code,
      `${"  ".repeat(depth)}${item.title}`,
      item.max,
      item.score ?? "未评分",
      item.trace.join("；"),
    ]);
    itemRows(item.children, depth + 1, out);
  }
  return out;
}

/** A unit's top five improvements and the items facts cannot lift, as text lines. */
function improvementLines(found: UnitImprovements | undefined): string {
  if (found === undefined) return "";
  const top = found.improvements.slice(0, 5);
  const lines = [
    top.length === 0
      ? "提分空间：无（改变本单位的数据不能使总分提高）"
      : `提分空间（前 ${top.length} 项，共 ${found.improvements.length} 项）：`,
    ...top.map((m, i) => `  ${i + 1}. ${m.code} ${m.title}：${m.text}`),
  ];
  if (found.fixed.length > 0)
    lines.push(
      "不能通过数据提分的失分项：",
      ...found.fixed.map((f) => `  ${f.code} ${f.title}（失 ${f.lost} 分）：${f.text}`),
    );
  return lines.join("\n") + "\n";
}

/** Renders a whole round as text, with each unit's improvements when given. */
export function renderRound(
  result: RoundResult,
  schemeTitle: string,
  improvements?: readonly UnitImprovements[],
): string {
  const parts: string[] = [`考核方案：${schemeTitle}（${result.scheme}）\n`];
  for (const [index, unit] of result.units.entries()) {
    const status = unit.complete ? "" : `  （未完成：缺少 ${unit.missing.join("、")}）`;
    const veto = unit.veto !== undefined ? `  （一票否决：${unit.veto}）` : "";
    parts.push(
      `\n${unit.name}（${unit.id}）  总分 ${unit.total}  排名 ${unit.rank ?? "—"}/${result.units.length}${status}${veto}\n`,
    );
    for (const line of describeUnitExtras(unit)) parts.push(`  ${line}\n`);
    parts.push(
      renderTable(["编号", "项目", "分值", "得分", "说明"], itemRows(unit.items, 0, []), [
        "left",
        "left",
        "right",
        "right",
        "left",
      ]),
    );
    if (improvements !== undefined) parts.push(improvementLines(improvements[index]));
  }
  const ranked = [...result.units].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  parts.push("\n排名\n");
  parts.push(
    renderTable(
      ["名次", "单位", "总分", "状态"],
      ranked.map((u) => [
        String(u.rank ?? "—"),
        u.name,
        u.total,
        u.veto !== undefined ? "一票否决" : u.complete ? "完整" : "未完成",
      ]),
      ["right", "left", "right", "left"],
    ),
  );
  return parts.join("");
}
