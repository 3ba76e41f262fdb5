import { describe, expect, it } from "vitest";
import type { LossAnalysis } from "./analysis-api";
import {
  lossBarOption,
  lossHeatmapOption,
  rankChangeWords,
  rankSlopeOption,
} from "./loss-chart-options";

const item = (code: string, lostSum: string) => ({
  code,
  title: `项目${code}`,
  max: "5",
  lostSum,
  lostMean: "0",
  unitsLosing: lostSum === "0" ? 0 : 1,
  reasons: [],
  previousLostSum: null,
});

const analysis: LossAnalysis = {
  roundId: "r",
  roundTitle: "2023年度",
  unitCount: 2,
  items: [item("4.1", "3"), item("1.3", "1.5"), item("2.2", "0")],
  units: [
    {
      unitId: "a",
      unitName: "甲镇",
      total: "95",
      rank: 2,
      lost: ["1", "1.5", "0"],
      weakest: [],
      previous: { total: "90", rank: 1, rankChange: -1, totalChange: "5", items: [] },
    },
    {
      unitId: "b",
      unitName: "乙镇",
      total: "96",
      rank: 1,
      lost: ["2", null, "0"],
      weakest: [],
      previous: { total: "88", rank: 2, rankChange: 1, totalChange: "8", items: [] },
    },
  ],
  previousRound: { roundId: "p", title: "2022年度", year: 2022, unitCount: 2 },
};

describe("loss analysis charts", () => {
  it("bars the items that lost points, the largest at the top", () => {
    const option = lossBarOption(analysis);
    expect(option.yAxis.data).toEqual(["1.3 项目1.3", "4.1 项目4.1"]);
    expect(option.series[0]!.data).toEqual([1.5, 3]);
  });

  it("maps units (best at the top) × losing items, unscored as 0", () => {
    const option = lossHeatmapOption(analysis);
    expect(option.xAxis.data).toEqual(["4.1", "1.3"]);
    expect(option.yAxis.data).toEqual(["甲镇", "乙镇"]);
    expect(option.series[0]!.data).toEqual([
      [0, 0, 1],
      [1, 0, 1.5],
      [0, 1, 2],
      [1, 1, 0],
    ]);
    expect(option.visualMap.max).toBe(2);
  });

  it("draws one line per unit from its previous rank to its rank", () => {
    const option = rankSlopeOption(analysis);
    expect(option.xAxis.data).toEqual(["2022年度", "2023年度"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["乙镇", [2, 1]],
      ["甲镇", [1, 2]],
    ]);
    expect(option.yAxis.inverse).toBe(true);
  });

  it("says a rank change in words", () => {
    expect([rankChangeWords(2), rankChangeWords(-1), rankChangeWords(0)]).toEqual([
      "上升 2 位",
      "下降 1 位",
      "不变",
    ]);
  });
});
