// 得分提升 for every rule kind (issue 18 part 1, docs/decisions/0265): each kind either proposes
// candidates from its own structure or says why no change of the unit's facts lifts it. Each
// expectation below is worked out by hand in its comment; every one is also rescored (checkEvery).
import { describe, expect, it } from "vitest";
import { findImprovements, type Scheme, type UnitFacts } from "@kaoping/engine";
import { ruleKindTable } from "../src/rules/registry.js";
import { checkEvery } from "./improve-check.js";
import { fact, schemeOf, sharedItems } from "./helpers.js";

/** Units `u0…` with the given facts. */
const unitsOf = (all: unknown[]): UnitFacts[] =>
  all.map((facts, i) => ({ id: `u${i}`, name: `单位${i}`, facts }));

/** The improvements and fixed items of unit `i` after checking every gain by rescoring. */
function unitAt(scheme: Scheme, units: UnitFacts[], i: number) {
  checkEvery(scheme, units);
  return findImprovements(scheme, units)[i];
}

/** A one-leaf scheme: item `1` with max, facts and rule. */
const leaf = (max: string, facts: unknown[], rule: unknown) =>
  schemeOf([{ code: "1", title: "测试项", max, facts, rule }]);

const rate = fact.pct("rate", { scale: 2 });

describe("every rule kind answers 得分提升", () => {
  it("each kind of the registry has improve (candidates, or a reason in words)", () => {
    const without = Object.values(ruleKindTable)
      .filter((k) => k.improve === undefined)
      .map((k) => k.id);
    expect(without).toEqual([]);
  });
});

describe("按比例得分 (proportional)", () => {
  const scheme = leaf("10", [rate], { kind: "proportional", value: { fact: "rate" }, of: "100" });

  it("the value that gives the next 0.01 point", () => {
    // 10 × 95.5 ÷ 100 = 9.55; 9.56 needs rate ≥ 9.56 × 100 ÷ 10 = 95.6: +0.01 point.
    const u = unitAt(scheme, unitsOf([{ "1": { rate: "95.5" } }]), 0);
    expect(u?.improvements[0]).toMatchObject({
      facts: { "1.rate": "95.6" },
      gain: "0.01",
      text: "事实rate由 95.5% 提高到 95.6%，可多得 0.01 分",
    });
  });

  it("rounded to whole points: the value that rounds to the next point", () => {
    // places 0: 10 × 82.3 ÷ 100 = 8.23 → 8; 9 needs ≥ 8.5 (half-up), rate ≥ 85: +1 point.
    const rounded = leaf("10", [rate], {
      kind: "proportional",
      value: { fact: "rate" },
      of: "100",
      places: 0,
    });
    const u = unitAt(rounded, unitsOf([{ "1": { rate: "82.3" } }]), 0);
    expect(u?.improvements[0]).toMatchObject({ facts: { "1.rate": "85" }, gain: "1" });
  });
});

describe("分段阶梯 (piecewise)", () => {
  it("a shortfall below: the next step boundary of the band the value is in", () => {
    // 88.5%: the 90–100 band counts 10 × 0.5 = 5, the 80–90 band 1.5 → 2 steps (up) × 1 = 2;
    // 10 − 7 = 3. At 89% the 80–90 band counts 1 step: −6, score 4, +1 point.
    const scheme = leaf("10", [rate], {
      kind: "piecewise",
      value: { fact: "rate" },
      direction: "below",
      mode: "deduct",
      pieces: [
        { from: "80", to: "90", step: "1", points: "1" },
        { from: "90", to: "100", step: "1", points: "0.5" },
      ],
      rounding: "up",
    });
    const u = unitAt(scheme, unitsOf([{ "1": { rate: "88.5" } }]), 0);
    expect(u?.improvements[0]).toMatchObject({
      facts: { "1.rate": "89" },
      gain: "1",
      text: "事实rate由 88.5% 提高到 89%，可多得 1 分",
    });
  });

  it("a bonus above: one more whole step of the band", () => {
    // 捐款 1500 元: 0–1000 每 100 元 1 分 (cap 10) = 10; 1000–5000 每 400 元 1 分: 500 → 1 step (down).
    // 11 of 20; at 1800 元 the second band has 2 steps: +1 point.
    const scheme = leaf("20", [fact.yuan("yuan", { scale: 2 })], {
      kind: "piecewise",
      value: { fact: "yuan" },
      direction: "above",
      mode: "award",
      pieces: [
        { from: "0", to: "1000", step: "100", points: "1", cap: "10" },
        { from: "1000", to: "5000", step: "400", points: "1" },
      ],
      rounding: "down",
    });
    const u = unitAt(scheme, unitsOf([{ "1": { yuan: "1500" } }]), 0);
    expect(u?.improvements[0]).toMatchObject({ facts: { "1.yuan": "1800" }, gain: "1" });
  });
});

describe("按名次计分 (rank)", () => {
  it("the value of the unit at the next rank that earns more", () => {
    // 10, 7, 5 次, 第 1 名加 2 分: the third unit reaches 10 and ties for first: +2 (7 gains nothing).
    const scheme = leaf("2", [fact.int("n")], {
      kind: "rank",
      fact: "n",
      order: "desc",
      awards: [{ upTo: 1, points: "2" }],
    });
    const units = unitsOf([{ "1": { n: 10 } }, { "1": { n: 7 } }, { "1": { n: 5 } }]);
    const u = unitAt(scheme, units, 2);
    expect(u?.improvements).toEqual([
      expect.objectContaining({
        facts: { "1.n": "10" },
        gain: "2",
        text: "事实n由 5 次 提高到 10 次（可排第 1 名），可多得 2 分",
      }),
    ]);
  });
});

describe("共用扣分 (pool)", () => {
  it("the smallest change of any part", () => {
    // late 2 → −2; rate 85%: 15 short, 2 steps of 10 (up) × 2 = −4; 10 − 6 = 4.
    // Candidates: late 1 (size ½), rate 90% (size 5/85) and 100%: the smallest is rate 90%, +2.
    const scheme = leaf("10", [fact.int("late"), rate], {
      kind: "pool",
      parts: [
        { rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "late", points: "1" }] } },
        {
          rule: {
            kind: "steps",
            value: { fact: "rate" },
            direction: "below",
            from: "100",
            step: "10",
            points: "2",
            rounding: "up",
          },
        },
      ],
    });
    const u = unitAt(scheme, unitsOf([{ "1": { late: 2, rate: "85" } }]), 0);
    expect(u?.improvements[0]).toMatchObject({
      facts: { "1.rate": "90" },
      gain: "2",
      text: "事实rate由 85% 提高到 90%，可多得 2 分",
    });
  });
});

describe("与平均值比较 (vsMean)", () => {
  const scheme = leaf("5", [rate], {
    kind: "vsMean",
    value: { fact: "rate" },
    direction: "below",
    step: "1",
    points: "0.5",
    rounding: "up",
  });
  const units = unitsOf([
    { "1": { rate: "90" } },
    { "1": { rate: "80" } },
    { "1": { rate: "70" } },
  ]);

  it("one step less short, with the mean moving with the unit's own value", () => {
    // Mean 80; 70% is 10 short: −5, 0 points. The others sum 170; at x the gap is
    // (170 + x) ÷ 3 − x ≤ 9 ⇔ x ≥ (170 − 27) ÷ 2 = 71.5: mean 80.5, 9 steps, −4.5: +0.5.
    const u = unitAt(scheme, units, 2);
    expect(u?.improvements[0]).toMatchObject({
      facts: { "1.rate": "71.5" },
      gain: "0.5",
      text: "事实rate由 70% 提高到 71.5%，可多得 0.5 分",
    });
  });

  it("reaching the mean is x ≥ 170 ÷ 2 = 85 (mean 85): the full 5 points", () => {
    const changed = unitsOf([
      { "1": { rate: "90" } },
      { "1": { rate: "80" } },
      { "1": { rate: "85" } },
    ]);
    const all = findImprovements(scheme, changed);
    expect(all[2]?.total).toBe("5");
    // 84.99 is still short: (170 + 84.99) ÷ 3 = 84.996… > 84.99.
    const short = unitsOf([
      { "1": { rate: "90" } },
      { "1": { rate: "80" } },
      { "1": { rate: "84.99" } },
    ]);
    expect(findImprovements(scheme, short)[2]?.total).toBe("4.5");
  });
});

describe("按最优单位比例得分 (bestRatio)", () => {
  const units = unitsOf([
    { "1": { rate: "80" } },
    { "1": { rate: "60" } },
    { "1": { rate: "50" } },
  ]);

  it("the value that gives the next 0.01 point", () => {
    // 6 × 60 ÷ 80 = 4.5; 4.51 needs ≥ 4.51 × 80 ÷ 6 = 60.1333…, at 2 places 60.14:
    // 6 × 60.14 ÷ 80 = 4.5105, +0.0105.
    const scheme = leaf("6", [rate], { kind: "bestRatio", value: { fact: "rate" }, order: "desc" });
    const u = unitAt(scheme, units, 1);
    expect(u?.improvements[0]).toMatchObject({
      facts: { "1.rate": "60.14" },
      gain: "0.0105",
      text: "事实rate由 60% 提高到 60.14%，可多得 0.0105 分",
    });
  });

  it("only the first place scores: the best unit's value", () => {
    // upTo 1: 60% is second, 0 points; equal to 80% it ties for first: 6 points.
    const scheme = leaf("6", [rate], {
      kind: "bestRatio",
      value: { fact: "rate" },
      order: "desc",
      upTo: 1,
    });
    const u = unitAt(scheme, units, 1);
    expect(u?.improvements[0]).toMatchObject({ facts: { "1.rate": "80" }, gain: "6" });
  });
});

describe("按其他单位平均分得分 (othersMean)", () => {
  const scheme = leaf("5", [fact.bool("fresh"), rate], {
    kind: "othersMean",
    fact: "fresh",
    rule: {
      kind: "steps",
      value: { fact: "rate" },
      direction: "below",
      from: "100",
      step: "1",
      points: "1",
      rounding: "up",
    },
  });
  const units = unitsOf([
    { "1": { fresh: false, rate: "97" } },
    { "1": { fresh: true, rate: "0" } },
  ]);

  it("a unit scored by its own rule: the rule's candidates", () => {
    // 97%: 3 short, 2 points; one step less short at 98%: +1.
    expect(unitAt(scheme, units, 0)?.improvements[0]).toMatchObject({
      facts: { "1.rate": "98" },
      gain: "1",
    });
  });

  it("a unit that takes the others' mean: why its facts cannot lift it", () => {
    const u = unitAt(scheme, units, 1);
    expect(u?.improvements).toEqual([]);
    expect(u?.fixed[0]?.text).toContain("其他单位");
  });
});

describe("直接计入总分 (toTotal) and 超出满分计入总分 (uncapped)", () => {
  const scheme = schemeOf([
    sharedItems.noticesFromTotal("1"),
    {
      code: "2",
      title: "失信行为",
      max: "0",
      facts: [fact.int("cut", { type: "decimal", unit: "分", max: "50" })],
      rule: { kind: "toTotal", sign: "minus", rule: { kind: "discretionary", fact: "cut" } },
    },
    sharedItems.surgeryUncapped("3"),
  ]);
  const units = unitsOf([
    { "1": { notices: 3 }, "2": { cut: "5" }, "3": { done: "85", extra: 0 } },
  ]);

  it("从总分扣: one occurrence fewer; 酌情 says why; uncapped: its rule's next step", () => {
    // 3 notices take 3 from the total: 2 notices take 2, +1. 85% is 2 steps short (−4) of 7:
    // 3 points; at 90% one step: 5, +2. The discretionary 5 points cannot be changed by facts.
    const u = unitAt(scheme, units, 0);
    expect(u?.improvements.map((m) => [m.code, m.facts, m.gain, m.text])).toEqual([
      ["3", { "3.done": "90" }, "2", "事实done由 85% 提高到 90%，可多得 2 分"],
      ["1", { "1.notices": "2" }, "1", "事实notices由 3 次 降低到 2 次，可多得 1 分"],
    ]);
    expect(u?.fixed).toEqual([
      expect.objectContaining({ code: "2", lost: "5", text: expect.stringContaining("酌情") }),
    ]);
  });
});
