// Table-driven tests of threshold, step, band and comparison kinds, with their boundaries and rounding.
import { describe, expect, it } from "vitest";
import { fact, leafScheme, scoreLeaf } from "./helpers.js";

describe("steps (阶梯计分)", () => {
  const below = (rounding: string) =>
    leafScheme("5", [fact.pct("rate")], {
      kind: "steps",
      value: { fact: "rate" },
      direction: "below",
      from: "99.8",
      step: "0.1",
      points: "0.5",
      rounding,
    });
  const up = below("up");
  const down = below("down");
  const exact = below("exact");
  const bonus = leafScheme("1", [fact.pct("rate")], {
    kind: "steps",
    value: { fact: "rate" },
    direction: "above",
    from: "99.8",
    step: "0.1",
    points: "0.5",
    rounding: "down",
  });
  const coverage = leafScheme("2", [fact.int("served"), fact.int("total", { min: "1" })], {
    kind: "steps",
    value: { ratio: ["served", "total"], label: "覆盖率" },
    direction: "below",
    from: "100",
    step: "10",
    points: "0.1",
    rounding: "up",
    zeroBelow: "40",
  });
  it.each([
    [up, { rate: "100" }, "5"],
    [up, { rate: "99.8" }, "5"], // reaching the target keeps full marks
    [up, { rate: "99.79" }, "4.5"], // any shortfall is a whole step (rule 3)
    [up, { rate: "99.7" }, "4.5"],
    [up, { rate: 99.6 }, "4"], // a JSON number: exactly two steps, never 2.0000000001
    [up, { rate: "99.65" }, "4"],
    [up, { rate: "99.3" }, "2.5"],
    [up, { rate: "97.5" }, "0"], // 扣完为止
    [down, { rate: "99.65" }, "4.5"],
    [exact, { rate: "99.65" }, "4.25"],
    [bonus, { rate: "99.8" }, "0"],
    [bonus, { rate: "99.89" }, "0"], // only whole steps earn (rule 4)
    [bonus, { rate: "99.9" }, "0.5"],
    [bonus, { rate: "99.95" }, "0.5"],
    [bonus, { rate: "100" }, "1"],
    [bonus, { rate: "95" }, "0"],
    [coverage, { served: 12, total: 12 }, "2"],
    [coverage, { served: 9, total: 12 }, "1.7"], // 75%: 25 points below → 3 steps
    [coverage, { served: 2, total: 3 }, "1.6"], // 66.67%: 33.33 below → 4 steps
    [coverage, { served: 4, total: 10 }, "1.4"], // 40% is not below 40
    [coverage, { served: 3, total: 10 }, "0"], // below 40%
    [coverage, { served: 0, total: 7 }, "0"],
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("explains each step in Chinese", () => {
    expect(scoreLeaf(up, { rate: "99.65" }).trace).toBe(
      "事实rate 99.65%，低于 99.8% 共 0.15 个百分点，按每 0.1 个百分点扣 0.5 分计 2 档（不足一档按一档），扣 1 分，得 4 分",
    );
  });

  const best = leafScheme(
    "5",
    [
      fact.int("cases", { required: false }),
      fact.int("totalCases", { required: false, min: "1" }),
      fact.yuan("funds", { required: false }),
      fact.yuan("totalFunds", { required: false, min: "0", minExclusive: true }),
    ],
    {
      kind: "steps",
      value: {
        best: [
          { ratio: ["cases", "totalCases"], label: "人次占比" },
          { ratio: ["funds", "totalFunds"], label: "资金占比" },
        ],
        label: "占比",
      },
      direction: "below",
      from: "85",
      step: "10",
      points: "1",
      rounding: "up",
    },
    {
      checks: [
        { check: "together", facts: ["cases", "totalCases"] },
        { check: "together", facts: ["funds", "totalFunds"] },
        {
          check: "anyOf",
          sets: [
            ["cases", "totalCases"],
            ["funds", "totalFunds"],
          ],
        },
      ],
    },
  );
  it.each([
    [{ cases: 262, totalCases: 292 }, "5"], // 89.73% ≥ 85
    [{ cases: 150, totalCases: 200 }, "4"], // 75%: 10 below → 1 step
    [{ cases: 17, totalCases: 20 }, "5"], // exactly 85%
    [{ cases: 150, totalCases: 200, funds: "900000", totalFunds: "1000000" }, "5"], // the better pair counts
    [{ funds: "600000", totalFunds: "1000000" }, "2"], // 60%: 25 below → 3 steps
    [{ cases: 0, totalCases: 10 }, "0"],
    [{}, null], // neither pair: missing
  ] as const)("best of ratios %j → %s", (facts, expected) => {
    expect(scoreLeaf(best, facts).score).toBe(expected);
  });
});

describe("bands (分档计分)", () => {
  const rate = leafScheme("15", [fact.pct("rate")], {
    kind: "bands",
    value: { fact: "rate" },
    bands: [
      { gte: "70", points: "15" },
      { gte: "65", lt: "70", points: "12" },
      { lt: "65", points: "9" },
    ],
  });
  const ratio = leafScheme("4", [fact.int("major"), fact.int("direct", { min: "1" })], {
    kind: "bands",
    value: { ratio: ["major", "direct"], label: "占比" },
    bands: [
      { gte: "28", points: "4" },
      { gte: "10", lt: "28", points: "2" },
    ],
  });
  const atMost = leafScheme(
    "4",
    [fact.yuan("balance"), fact.yuan("total", { min: "0", minExclusive: true })],
    {
      kind: "bands",
      value: { ratio: ["balance", "total"], label: "结余占比" },
      bands: [{ lte: "10", points: "4" }],
    },
  );
  it.each([
    [rate, { rate: "76.5" }, "15"],
    [rate, { rate: "70" }, "15"], // a boundary belongs to the better band
    [rate, { rate: "69.9999" }, "12"],
    [rate, { rate: "65" }, "12"],
    [rate, { rate: "64.9" }, "9"],
    [rate, { rate: "0" }, "9"],
    [ratio, { major: 96, direct: 292 }, "4"], // 32.9%
    [ratio, { major: 28, direct: 100 }, "4"],
    [ratio, { major: 30, direct: 200 }, "2"],
    [ratio, { major: 10, direct: 100 }, "2"],
    [ratio, { major: 5, direct: 100 }, "0"],
    [atMost, { balance: "52000", total: "1041800" }, "4"],
    [atMost, { balance: "100000", total: "1000000" }, "4"], // exactly 10%
    [atMost, { balance: "100000.01", total: "1000000" }, "0"],
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
});

describe("compare (与参照值比较)", () => {
  const scheme = leafScheme("2", [fact.int("volume"), fact.int("previous")], {
    kind: "compare",
    fact: "volume",
    reference: "previous",
    op: "gte",
    points: "2",
  });
  it.each([
    [{ volume: 5200, previous: 5000 }, "2"],
    [{ volume: 5000, previous: 5000 }, "2"],
    [{ volume: 4999, previous: 5000 }, "0"],
  ])("%j → %s", (facts, expected) => expect(scoreLeaf(scheme, facts).score).toBe(expected));
});
