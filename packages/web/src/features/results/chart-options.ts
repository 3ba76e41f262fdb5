/** ECharts options of the results charts, built from API data (pure, so they are unit-tested). */
import { parseDecimal } from "@kaoping/engine";

const font = { fontFamily: "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif" };

/** Decimal text → number for plotting only (scores are never computed from these). */
function plot(value: string | null | undefined): number | null {
  const parsed = value === null || value === undefined ? undefined : parseDecimal(value);
  return parsed === undefined ? null : parsed.toNumber();
}

/** An x-axis name centred under the axis, never past the chart's right edge. */
function axisNameBelow(name: string) {
  return { name, nameLocation: "middle" as const, nameGap: 24 };
}

/** Horizontal bars of the units' totals in rank order. */
export function rankingBarOption(
  units: readonly { unitName: string; total: string; rank: number }[],
) {
  const sorted = [...units].sort((a, b) => a.rank - b.rank).reverse();
  return {
    textStyle: font,
    title: { text: "总分排名", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    // The bars' value labels sit right of the bars and the axis name under the axis, both inside
    // the chart (issue 14 defect 11: "分" and the labels were clipped at the right edge).
    grid: { left: 8, right: 56, top: 40, bottom: 36, containLabel: true },
    xAxis: { type: "value", ...axisNameBelow("分") },
    yAxis: { type: "category", data: sorted.map((u) => `${u.rank}. ${u.unitName}`) },
    series: [
      {
        type: "bar",
        data: sorted.map((u) => plot(u.total)),
        label: { show: true, position: "right" },
        itemStyle: { color: "#1456c8" },
      },
    ],
  };
}

/** How many units fall in each 5-point band of the total. */
export function distributionBands(
  totals: readonly string[],
  width = 5,
): { label: string; count: number }[] {
  const values = totals.map((t) => plot(t)).filter((v): v is number => v !== null);
  if (values.length === 0) return [];
  const low = Math.floor(Math.min(...values) / width) * width;
  const high = Math.floor(Math.max(...values) / width) * width;
  const bands: { label: string; count: number }[] = [];
  for (let start = low; start <= high; start += width) {
    bands.push({
      label: `${start}–${start + width}`,
      count: values.filter((v) => v >= start && v < start + width).length,
    });
  }
  return bands;
}

/** Column chart of the score distribution. */
export function distributionOption(totals: readonly string[]) {
  const bands = distributionBands(totals);
  return {
    textStyle: font,
    title: { text: "得分分布", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 20, top: 40, bottom: 36, containLabel: true },
    xAxis: { type: "category", data: bands.map((b) => b.label), ...axisNameBelow("分") },
    yAxis: { type: "value", minInterval: 1, name: "单位数" },
    series: [{ type: "bar", data: bands.map((b) => b.count), itemStyle: { color: "#13a8a8" } }],
  };
}

/** Radar of one unit's category scores against the round average, each axis up to the category's points. */
export function radarOption(
  categories: readonly { code: string; title: string; max: string }[],
  unit: readonly (string | null)[],
  average: readonly (number | null)[],
  unitName: string,
) {
  return {
    textStyle: font,
    title: { text: "分类得分与平均", left: "center", textStyle: { fontSize: 14 } },
    legend: { bottom: 0, data: [unitName, "全部单位平均"] },
    tooltip: {},
    radar: {
      indicator: categories.map((c) => ({ name: c.title, max: plot(c.max) ?? 0 })),
      radius: "60%",
    },
    series: [
      {
        type: "radar",
        data: [
          { name: unitName, value: unit.map((v) => plot(v) ?? 0) },
          { name: "全部单位平均", value: average.map((v) => v ?? 0) },
        ],
      },
    ],
  };
}

/** Line of a unit's totals across rounds (years). */
export function trendOption(points: readonly { label: string; total: string; rank: number }[]) {
  return {
    textStyle: font,
    title: { text: "历年得分", left: "center", textStyle: { fontSize: 14 } },
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: "category", data: points.map((p) => p.label) },
    yAxis: { type: "value", name: "分", scale: true },
    series: [
      {
        type: "line",
        data: points.map((p) => plot(p.total)),
        label: { show: true },
        itemStyle: { color: "#1456c8" },
      },
    ],
  };
}

/** The round's category averages (computed by the server over every unit) as chart values. */
export function plotAverages(
  averages: readonly { code: string; average: string | null }[],
): (number | null)[] {
  return averages.map((a) => plot(a.average));
}
