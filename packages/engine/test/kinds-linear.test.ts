// Table tests of the linear and cross-unit kinds added for real rubrics: 按比例得分 / 折算, 分段阶梯,
// two-sided steps and steps over a ceiling, 与平均值比较, 按最优单位比例得分, 按其他单位平均分得分,
// rank linear in place, and per-level thresholds (an option picking a steps rule per level).
import type { UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, leafScheme, roundOf, scoreLeaf } from "./helpers.js";

/** Scores of item 1 for a round of units, each given its facts of item 1. */
const roundScores = (scheme: ReturnType<typeof leafScheme>, facts: Record<string, unknown>[]) =>
  roundOf(
    scheme,
    facts.map((f, i) => ({ id: `u${i}`, name: `单位${i}`, facts: { "1": f } })),
  ).units.map((u: UnitResult) => u.items[0]?.score);
const traceOf = (
  scheme: ReturnType<typeof leafScheme>,
  facts: Record<string, unknown>[],
  i: number,
) =>
  roundOf(
    scheme,
    facts.map((f, j) => ({ id: `u${j}`, name: `单位${j}`, facts: { "1": f } })),
  ).units[i]?.items[0]?.trace.join("\n");

describe("proportional (按比例得分 / 折算)", () => {
  const rate = leafScheme("10", [fact.int("done"), fact.int("target", { min: "1" })], {
    kind: "proportional",
    value: { ratio: ["done", "target"], label: "完成率" },
    of: "100",
  });
  const external = leafScheme(
    "20",
    [fact.pct("perf", { type: "decimal", unit: "分", max: "100" })],
    {
      kind: "proportional",
      value: { fact: "perf" },
      of: "100",
      places: 2,
    },
  );
  it.each([
    [rate, { done: 50, target: 100 }, "5"],
    [rate, { done: 3, target: 8 }, "3.75"],
    [rate, { done: 9, target: 8 }, "10"], // above the target: the item's points
    [rate, { done: 0, target: 8 }, "0"],
    [external, { perf: "92.5" }, "18.5"],
    [external, { perf: "88.888" }, "17.78"], // 17.7776 rounded half-up
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("shows the formula", () => {
    expect(scoreLeaf(external, { perf: "88.888" }).trace).toBe(
      "事实perf 88.888 分，按 100 分计 20 分折算：20 × 88.888 ÷ 100 = 17.78 分（17.7776… 四舍五入保留 2 位小数），得 17.78 分",
    );
  });
});

describe("piecewise (分段阶梯)", () => {
  // 捐款1000元以内每100元加1分（最多10分），1000—5000元每400元加1分（最多10分），5000元以上每500元加1分。
  const donation = leafScheme("40", [fact.yuan("amount", { unit: "元" })], {
    kind: "piecewise",
    value: { fact: "amount" },
    direction: "above",
    mode: "award",
    rounding: "down",
    pieces: [
      { from: "0", to: "1000", step: "100", points: "1", cap: "10" },
      { from: "1000", to: "5000", step: "400", points: "1", cap: "10" },
      { from: "5000", step: "500", points: "1" },
    ],
  });
  // 低于90%的，每低1个百分点扣0.5分；低于80%的部分，每低1个百分点扣1分。
  const shortfall = leafScheme("10", [fact.pct("rate")], {
    kind: "piecewise",
    value: { fact: "rate" },
    direction: "below",
    mode: "deduct",
    rounding: "up",
    pieces: [
      { from: "80", to: "90", step: "1", points: "0.5" },
      { from: "0", to: "80", step: "1", points: "1" },
    ],
  });
  it.each([
    [donation, { amount: "0" }, "0"],
    [donation, { amount: "850" }, "8"],
    [donation, { amount: "1000" }, "10"],
    [donation, { amount: "2999.99" }, "14"], // 10 + floor(1999.99 / 400) = 10 + 4
    [donation, { amount: "9000" }, "28"], // 10 + 10 + 8
    [shortfall, { rate: "95" }, "10"],
    [shortfall, { rate: "89.5" }, "9.5"], // 0.5 below 90: one step (up)
    [shortfall, { rate: "85" }, "7.5"],
    [shortfall, { rate: "75" }, "0"], // 10 × 0.5 + 5 × 1 = 10
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("explains each band", () => {
    expect(scoreLeaf(donation, { amount: "1500" }).trace).toBe(
      "事实amount 1500 元，0 元至1000 元段计 1000 元，每 100 元加 1 分，计 10 档，加 10 分；1000 元至5000 元段计 500 元，每 400 元加 1 分，计 1 档，加 1 分；共加 11 分，得 11 分",
    );
  });
});

describe("steps over a ceiling and two-sided", () => {
  const over = leafScheme("2", [fact.int("age", { type: "decimal", unit: "岁" })], {
    kind: "steps",
    value: { fact: "age" },
    direction: "over",
    from: "40",
    step: "1",
    points: "0.5",
    rounding: "up",
  });
  // 基础分6分，每增(减)1个百分点加(减)1分 (up to the item's 10).
  const both = leafScheme("10", [fact.pct("growth", { min: "-100" })], {
    kind: "steps",
    value: { fact: "growth" },
    direction: "both",
    from: "5",
    step: "1",
    points: "1",
    pointsAbove: "0.5",
    base: "6",
    rounding: "down",
  });
  it.each([
    [over, { age: "38" }, "2"],
    [over, { age: "40" }, "2"],
    [over, { age: "40.2" }, "1.5"],
    [over, { age: "42" }, "1"],
    [over, { age: "45" }, "0"],
    [both, { growth: "5" }, "6"],
    [both, { growth: "8.9" }, "7.5"], // 3 whole steps above × 0.5
    [both, { growth: "3" }, "4"], // 2 steps below × 1
    [both, { growth: "-5" }, "0"],
    [both, { growth: "30" }, "10"], // the item's points
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("explains the ceiling", () => {
    expect(scoreLeaf(over, { age: "41.5" }).trace).toBe(
      "事实age 41.5 岁，超过 40 岁 共 1.5 岁，按每 1 岁扣 0.5 分计 2 档（不足一档按一档），扣 1 分，得 1 分",
    );
  });
});

describe("vsMean (与平均值比较)", () => {
  // 平均年龄不大于各部门平均年龄的得2分，每超1岁扣0.5分。
  const age = leafScheme("2", [fact.int("age", { type: "decimal", unit: "岁" })], {
    kind: "vsMean",
    value: { fact: "age" },
    direction: "over",
    step: "1",
    points: "0.5",
    rounding: "up",
  });
  // 占比不低于各地区平均值的得2分；每低1个百分点扣0.1分。
  const share = leafScheme("2", [fact.int("a"), fact.int("b", { min: "1" })], {
    kind: "vsMean",
    value: { ratio: ["a", "b"], label: "占比" },
    direction: "below",
    step: "1",
    points: "0.1",
    rounding: "up",
  });
  it("scores against the round's mean", () => {
    expect(roundScores(age, [{ age: "40" }, { age: "42" }, { age: "44.5" }])).toEqual([
      "2",
      "2",
      "0.5",
    ]);
    // Means of 1/3, 1/3, 1/3 are exactly 1/3: equal units lose nothing.
    expect(
      roundScores(share, [
        { a: 1, b: 3 },
        { a: 2, b: 6 },
        { a: 3, b: 9 },
      ]),
    ).toEqual(["2", "2", "2"]);
    // 10%, 20%, 60%: mean 30%; 20% is 10 points below → 1 point off; 10% → 2 off.
    expect(
      roundScores(share, [
        { a: 1, b: 10 },
        { a: 2, b: 10 },
        { a: 6, b: 10 },
      ]),
    ).toEqual(["0", "1", "2"]);
  });
  it("says the mean and the gap", () => {
    expect(traceOf(age, [{ age: "40" }, { age: "42" }, { age: "44.5" }], 2)).toBe(
      "事实age 44.5 岁，本轮 3 个单位平均 约 42.17 岁，超过基准 约 2.33 岁，按每 1 岁扣 0.5 分计 3 档（不足一档按一档），扣 1.5 分，得 0.5 分",
    );
  });
  it("adds an offset to the mean", () => {
    const offset = leafScheme("2", [fact.pct("rate")], {
      kind: "vsMean",
      value: { fact: "rate" },
      direction: "below",
      offset: "5",
      step: "1",
      points: "0.5",
      rounding: "down",
    });
    // mean 80, threshold 85
    expect(roundScores(offset, [{ rate: "70" }, { rate: "90" }])).toEqual(["0", "2"]);
    expect(roundScores(offset, [{ rate: "78" }, { rate: "82" }])).toEqual(["0", "0.5"]);
  });
});

describe("bestRatio (按第1名的比例得分) and rank linear in place", () => {
  const best = leafScheme("6", [fact.int("v", { type: "decimal", unit: "" })], {
    kind: "bestRatio",
    value: { fact: "v" },
    order: "desc",
    upTo: 5,
  });
  const cheapest = leafScheme("10", [fact.yuan("cost")], {
    kind: "bestRatio",
    value: { fact: "cost" },
    order: "asc",
    places: 2,
  });
  it("scores each unit against the best", () => {
    const values = ["8", "4", "6", "2", "1", "3"].map((v) => ({ v }));
    expect(roundScores(best, values)).toEqual(["6", "3", "4.5", "1.5", "0", "2.25"]);
    expect(roundScores(cheapest, [{ cost: "300" }, { cost: "450" }, { cost: "700" }])).toEqual([
      "10",
      "6.67",
      "4.29",
    ]);
  });
  const linear = leafScheme("2", [fact.int("place", { type: "decimal", unit: "" })], {
    kind: "rank",
    fact: "place",
    order: "asc",
    awards: [
      { upTo: 1, points: "2" },
      { upTo: 2, points: "1.9" },
      { upTo: 3, points: "1.8" },
    ],
    perPlace: "0.1",
  });
  it("gives places after the listed ones less per place", () => {
    const facts = Array.from({ length: 22 }, (_, i) => ({ place: String(i + 1) }));
    const scores = roundScores(linear, facts);
    expect(scores.slice(0, 6)).toEqual(["2", "1.9", "1.8", "1.7", "1.6", "1.5"]);
    expect(scores.slice(-3)).toEqual(["0.1", "0", "0"]);
  });
});

describe("othersMean (按其他单位平均分得分)", () => {
  const scheme = leafScheme("2", [fact.bool("none"), fact.pct("share", { required: false })], {
    kind: "othersMean",
    fact: "none",
    rule: {
      kind: "steps",
      value: { fact: "share" },
      direction: "below",
      from: "50",
      step: "1",
      points: "0.05",
      rounding: "up",
    },
  });
  it("gives the flagged units the others' mean", () => {
    const units = [
      { none: false, share: "50" }, // 2
      { none: false, share: "45" }, // 1.75
      { none: false, share: "41" }, // 1.55
      { none: true },
    ];
    expect(roundScores(scheme, units)).toEqual(["2", "1.75", "1.55", "1.77"]);
    expect(traceOf(scheme, units, 3)).toBe(
      "事实none：是，取本轮其他 3 个单位的平均分 1.77 分（1.766667… 四舍五入保留两位小数），得 1.77 分",
    );
  });
});

describe("per-level thresholds (an option picking the rule per level)", () => {
  const scheme = leafScheme(
    "5",
    [
      {
        name: "level",
        type: "enum",
        label: "单位类别",
        values: [
          { value: "county", label: "县级" },
          { value: "town", label: "乡镇" },
        ],
      },
      fact.pct("rate"),
    ],
    {
      kind: "option",
      fact: "level",
      options: [
        {
          value: "county",
          rule: {
            kind: "steps",
            value: { fact: "rate" },
            direction: "below",
            from: "98",
            step: "1",
            points: "1",
            rounding: "up",
          },
        },
        {
          value: "town",
          rule: {
            kind: "steps",
            value: { fact: "rate" },
            direction: "below",
            from: "95",
            step: "1",
            points: "1",
            rounding: "up",
          },
        },
      ],
    },
  );
  it.each([
    [{ level: "county", rate: "96" }, "3"],
    [{ level: "town", rate: "96" }, "5"],
    [{ level: "town", rate: "93.5" }, "3"],
  ] as const)("case %#", (facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
});
