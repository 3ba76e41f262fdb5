import { describe, expect, it } from "vitest";
import {
  distributionBands,
  distributionOption,
  plotAverages,
  rankingBarOption,
} from "./chart-options";

describe("results charts", () => {
  it("bands totals by 5 points", () => {
    expect(distributionBands(["92.5", "95", "99.9", "81"])).toEqual([
      { label: "80–85", count: 1 },
      { label: "85–90", count: 0 },
      { label: "90–95", count: 1 },
      { label: "95–100", count: 2 },
    ]);
    expect(distributionBands([])).toEqual([]);
  });

  it("lists units best first from the top of the bar chart", () => {
    const option = rankingBarOption([
      { unitName: "乙", total: "90", rank: 2 },
      { unitName: "甲", total: "95", rank: 1 },
    ]);
    expect(option.yAxis.data).toEqual(["2. 乙", "1. 甲"]);
    expect(option.series[0]!.data).toEqual([90, 95]);
  });

  it("plots the server's category averages, a missing one as a gap", () => {
    expect(
      plotAverages([
        { code: "1", average: "9.50" },
        { code: "2", average: null },
      ]),
    ).toEqual([9.5, null]);
  });

  it("keeps axis names and labels inside the chart (nothing clipped at the right edge)", () => {
    const units = [{ unitName: "练市镇", total: "98.50", rank: 1 }];
    const options = [rankingBarOption(units), distributionOption(["98.50", "71"])];
    for (const option of options) {
      expect(option.grid.containLabel).toBe(true);
      // An axis name at the axis end is drawn past the grid's right edge.
      expect(option.xAxis).toMatchObject({ name: "分", nameLocation: "middle" });
    }
    // Value labels right of the ranking's bars need room to the right of the grid.
    expect(rankingBarOption(units).grid.right).toBeGreaterThanOrEqual(48);
  });
});
