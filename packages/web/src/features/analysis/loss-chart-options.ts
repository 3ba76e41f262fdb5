/** ECharts options of the loss analysis (失分分析), built from API data (pure, so they are unit-tested). */
import { parseDecimal } from "@kaoping/engine";
import type { LossAnalysis } from "./analysis-api";

const font = { fontFamily: "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif" };

/** Decimal text → number for plotting only (scores are never computed from these). */
function plot(value: string | null | undefined): number {
  const parsed = value === null || value === undefined ? undefined : parseDecimal(value);
  return parsed === undefined ? 0 : parsed.toNumber();
}

/** A label cut to `n` characters. */
function short(text: string, n = 14): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

/** The items that lost points anywhere, largest loss first (at most `limit`). */
export function losingItems(analysis: LossAnalysis, limit = 25) {
  return analysis.items.filter((i) => plot(i.lostSum) > 0).slice(0, limit);
}

/** Horizontal bars of points lost per item, the largest at the top. */
export function lossBarOption(analysis: LossAnalysis) {
  const items = [...losingItems(analysis)].reverse();
  return {
    textStyle: font,
    title: { text: "各项失分合计（全部单位）", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    grid: { left: 200, right: 50, top: 40, bottom: 20 },
    xAxis: { type: "value", name: "分" },
    yAxis: { type: "category", data: items.map((i) => `${i.code} ${short(i.title)}`) },
    series: [
      {
        type: "bar",
        name: "失分合计",
        data: items.map((i) => plot(i.lostSum)),
        label: { show: true, position: "right" },
        itemStyle: { color: "#c8410b" },
      },
    ],
  };
}

/** Heat map of points lost: units (rows) × the items that lost points (columns). */
export function lossHeatmapOption(analysis: LossAnalysis, unitLimit = 60) {
  const items = losingItems(analysis, 30);
  const columns = items.map((i) => analysis.items.indexOf(i));
  // `lost` is in the order of the analysis' items; units in rank order, the first at the top.
  const units = [...analysis.units]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, unitLimit)
    .reverse();
  const data = units.flatMap((u, y) =>
    columns.map((column, x) => [x, y, plot(u.lost[column] ?? null)]),
  );
  const max = Math.max(0.01, ...data.map((d) => d[2] as number));
  return {
    textStyle: font,
    title: { text: "各单位各项失分", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { position: "top" },
    grid: { left: 120, right: 20, top: 40, bottom: 90 },
    xAxis: {
      type: "category",
      data: items.map((i) => i.code),
      name: "项目",
      splitArea: { show: true },
    },
    yAxis: {
      type: "category",
      data: units.map((u) => short(u.unitName, 8)),
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: "horizontal",
      left: "center",
      bottom: 10,
      text: ["失分多", "失分少"],
      inRange: { color: ["#f7fbff", "#fdae6b", "#c8410b"] },
    },
    series: [
      {
        type: "heatmap",
        name: "失分",
        data,
        label: { show: units.length * items.length <= 400, fontSize: 10 },
      },
    ],
  };
}

/** Slope chart of the rank change from the previous round to this one (rank 1 at the top). */
export function rankSlopeOption(analysis: LossAnalysis, unitLimit = 40) {
  const previous = analysis.previousRound;
  const units = analysis.units
    .filter((u) => u.previous !== null)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, unitLimit);
  const count = Math.max(analysis.unitCount, previous?.unitCount ?? 0);
  return {
    textStyle: font,
    title: { text: "名次变化（与上一轮比较）", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "item" },
    grid: { left: 70, right: 110, top: 50, bottom: 30 },
    xAxis: {
      type: "category",
      data: [previous?.title ?? "上一轮", analysis.roundTitle],
      boundaryGap: false,
      axisLabel: { formatter: (v: string) => short(v, 16) },
    },
    yAxis: {
      type: "value",
      inverse: true,
      min: 1,
      max: Math.max(1, count),
      minInterval: 1,
      axisLabel: { formatter: (v: number) => `第 ${v} 名` },
    },
    series: units.map((u) => ({
      type: "line",
      name: u.unitName,
      data: [u.previous?.rank ?? null, u.rank],
      symbolSize: 8,
      lineStyle: {
        width: 2,
        color:
          (u.previous?.rankChange ?? 0) > 0
            ? "#1d8a3a"
            : (u.previous?.rankChange ?? 0) < 0
              ? "#c8410b"
              : "#888",
      },
      itemStyle: {
        color:
          (u.previous?.rankChange ?? 0) > 0
            ? "#1d8a3a"
            : (u.previous?.rankChange ?? 0) < 0
              ? "#c8410b"
              : "#888",
      },
      endLabel: { show: true, formatter: () => short(u.unitName, 6) },
    })),
  };
}

/** A rank change in words: 上升 2 位, 下降 1 位, 不变. */
export function rankChangeWords(change: number): string {
  return change > 0 ? `上升 ${change} 位` : change < 0 ? `下降 ${-change} 位` : "不变";
}
