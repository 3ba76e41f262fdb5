// 得分提升: every proposed improvement, applied and rescored for the whole round, raises the
// unit's total by exactly its gain (county fixture, the medical-aid fixture and random rounds).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findImprovements, getTemplate, type Scheme, type UnitFacts } from "@kaoping/engine";
import { Decimal } from "../src/decimal.js";
import { townshipFacts } from "./arbitraries.js";
import { checkEvery } from "./improve-check.js";
import { fact, schemeOf } from "./helpers.js";

const shared = fileURLToPath(new URL("../../../../shared/fixtures/", import.meta.url));
const fixture = (name: string) =>
  JSON.parse(readFileSync(`${shared}${name}`, "utf8")).input as {
    scheme: string;
    units: UnitFacts[];
  };

describe("improvements on the shared fixtures", () => {
  const township = getTemplate("township-2022") as Scheme;

  it("county round: every improvement of every unit gains exactly what it says", () => {
    const round = fixture("township-2022/county-round.json");
    expect(checkEvery(township, round.units)).toBeGreaterThan(20);
  });

  it("lianshi (参保率 99.65%) has the 4.1 improvement: one step less short", () => {
    const round = fixture("township-2022/county-round.json");
    const lianshi = findImprovements(township, round.units)[0];
    const m = lianshi?.improvements.find((x) => x.code === "4.1");
    expect(m?.facts).toEqual({ "4.1.rate": "99.7" });
    expect(m?.gain).toBe("0.5");
    expect(m?.text).toBe("参保率由 99.65% 提高到 99.7%，可多得 0.5 分");
  });

  it("ratings and past events say in words that facts cannot lift them", () => {
    const round = fixture("township-2022/county-round.json");
    const lianshi = findImprovements(township, round.units)[0];
    expect(lianshi?.fixed.find((f) => f.code === "8")?.text).toContain("评议");
    expect(lianshi?.improvements.some((m) => m.code === "8")).toBe(false);
  });

  it("medical-aid round: every improvement gains exactly what it says", () => {
    const round = fixture("medical-aid-2021/three-districts.json");
    checkEvery(getTemplate("medical-aid-2021") as Scheme, round.units);
  });
});

describe("improvements on random rounds (fast-check)", () => {
  const township = getTemplate("township-2022") as Scheme;

  it("township-2022: every gain is exactly the rescored difference and > 0", () => {
    fc.assert(
      fc.property(fc.array(townshipFacts, { minLength: 1, maxLength: 3 }), (all) => {
        const units = all.map((facts, i) => ({ id: `u${i}`, name: `单位${i}`, facts }));
        checkEvery(township, units);
      }),
      { numRuns: 25 },
    );
  });

  const rounding = fc.constantFrom("up", "down", "exact");
  const direction = fc.constantFrom("below", "above", "over", "both");
  const amount = (max: number, places: number) =>
    fc
      .integer({ min: 1, max: max * 10 ** places })
      .map((n) => new Decimal(n).dividedBy(10 ** places).toFixed());

  it("steps, bands, quota and checklist under a capped group: exact gains", () => {
    fc.assert(
      fc.property(
        direction,
        rounding,
        amount(100, 1),
        amount(5, 1),
        amount(2, 1),
        fc.array(amount(100, 2), { minLength: 1, maxLength: 3 }),
        fc.nat(8),
        fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
        amount(6, 1),
        (dir, round, from, step, points, rates, have, flags, cap) => {
          const scheme = schemeOf([
            {
              code: "1",
              title: "组",
              max: "10",
              cap,
              children: [
                {
                  code: "1.1",
                  title: "阶梯",
                  max: "5",
                  facts: [fact.pct("rate", { scale: 2 })],
                  rule: {
                    kind: "steps",
                    value: { fact: "rate" },
                    direction: dir,
                    from,
                    step,
                    points,
                    rounding: round,
                  },
                },
                {
                  code: "1.2",
                  title: "分档",
                  max: "3",
                  facts: [fact.pct("rate", { scale: 2 })],
                  rule: {
                    kind: "bands",
                    value: { fact: "rate" },
                    bands: [
                      { gte: "90", points: "3" },
                      { gte: "60", lt: "90", points: "2" },
                      { gt: "30", points: "1" },
                    ],
                  },
                },
                {
                  code: "1.3",
                  title: "数量",
                  max: "2",
                  facts: [fact.int("n")],
                  rule: { kind: "quota", fact: "n", quota: "5", points: "0.5" },
                },
                {
                  code: "1.4",
                  title: "达标",
                  max: "2",
                  facts: [fact.bool("a"), fact.bool("b")],
                  rule: {
                    kind: "checklist",
                    mode: "award",
                    items: [
                      { fact: "a", points: "1" },
                      { fact: "b", points: "1" },
                    ],
                  },
                },
              ],
            },
          ]);
          const units = rates.map((rate, i) => ({
            id: `u${i}`,
            name: `单位${i}`,
            facts: {
              "1.1": { rate },
              "1.2": { rate },
              "1.3": { n: have },
              "1.4": { a: flags[0], b: flags[1] },
            },
          }));
          checkEvery(scheme, units);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("improvements of every rule kind on random rounds (fast-check)", () => {
  const rounding = fc.constantFrom("up", "down", "exact");
  const amount = (max: number, places: number) =>
    fc
      .integer({ min: 1, max: max * 10 ** places })
      .map((n) => new Decimal(n).dividedBy(10 ** places).toFixed());
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const rate = (name: string) => fact.pct(name, { scale: 2 });
  const steps = (name: string, step: string, round: string) => ({
    kind: "steps",
    value: { fact: name },
    direction: "below",
    from: "100",
    step,
    points: "1",
    rounding: round,
  });

  /** A scheme with one item of each kind that had no candidates before issue 18 part 1. */
  const schemeArb = fc
    .record({
      of: amount(100, 1),
      places: maybe(fc.constantFrom(0, 2)),
      pwDirection: fc.constantFrom("above", "below"),
      pwMode: fc.constantFrom("award", "deduct"),
      pwRounding: rounding,
      pwStep: fc.tuple(amount(10, 1), amount(10, 1)),
      pwCap: maybe(amount(5, 0)),
      order: fc.constantFrom("desc", "asc"),
      rankMode: fc.constantFrom("award", "deduct"),
      perPlace: maybe(amount(1, 1)),
      poolCap: maybe(amount(10, 0)),
      vmDirection: fc.constantFrom("below", "over"),
      vmOffset: fc.constantFrom("0", "2", "-1.5"),
      vmStep: amount(5, 1),
      vmRounding: rounding,
      upTo: maybe(fc.integer({ min: 1, max: 3 })),
      stepRounding: rounding,
      uncappedCap: maybe(fc.constantFrom("8", "12")),
    })
    .map((r) =>
      schemeOf([
        {
          code: "1",
          title: "按比例",
          max: "10",
          facts: [rate("rate")],
          rule: { kind: "proportional", value: { fact: "rate" }, of: r.of, places: r.places },
        },
        {
          code: "2",
          title: "分段",
          max: "10",
          facts: [rate("rate")],
          rule: {
            kind: "piecewise",
            value: { fact: "rate" },
            direction: r.pwDirection,
            mode: r.pwMode,
            rounding: r.pwRounding,
            pieces: [
              { from: "40", to: "70", step: r.pwStep[0], points: "1", cap: r.pwCap },
              { from: "70", to: "100", step: r.pwStep[1], points: "0.5" },
            ],
          },
        },
        {
          code: "3",
          title: "名次",
          max: "3",
          facts: [fact.int("n")],
          rule: {
            kind: "rank",
            fact: "n",
            order: r.order,
            mode: r.rankMode,
            awards: [
              { upTo: 1, points: "3" },
              { upTo: 2, points: "2" },
            ],
            perPlace: r.perPlace,
          },
        },
        {
          code: "4",
          title: "共用扣分",
          max: "10",
          facts: [fact.int("late"), rate("rate")],
          rule: {
            kind: "pool",
            cap: r.poolCap,
            parts: [
              {
                rule: {
                  kind: "occurrences",
                  mode: "deduct",
                  terms: [{ fact: "late", points: "1" }],
                },
                cap: "3",
              },
              { rule: steps("rate", "5", r.stepRounding) },
            ],
          },
        },
        {
          code: "5",
          title: "平均值",
          max: "5",
          facts: [rate("rate")],
          rule: {
            kind: "vsMean",
            value: { fact: "rate" },
            direction: r.vmDirection,
            offset: r.vmOffset,
            step: r.vmStep,
            points: "0.5",
            rounding: r.vmRounding,
          },
        },
        {
          code: "6",
          title: "最优比例",
          max: "6",
          facts: [rate("rate")],
          rule: {
            kind: "bestRatio",
            value: { fact: "rate" },
            order: r.order,
            upTo: r.upTo,
            places: r.places,
          },
        },
        {
          code: "7",
          title: "平均分",
          max: "5",
          facts: [fact.bool("fresh"), rate("rate")],
          rule: { kind: "othersMean", fact: "fresh", rule: steps("rate", "2", r.stepRounding) },
        },
        {
          code: "8",
          title: "通报",
          max: "0",
          facts: [fact.int("notices")],
          rule: {
            kind: "toTotal",
            sign: "minus",
            rule: {
              kind: "occurrences",
              mode: "award",
              terms: [{ fact: "notices", points: "1" }],
            },
          },
        },
        {
          code: "9",
          title: "超额",
          max: "7",
          facts: [rate("done"), fact.int("extra")],
          rule: {
            kind: "uncapped",
            cap: r.uncappedCap,
            rule: {
              kind: "sum",
              parts: [
                steps("done", "10", r.stepRounding),
                { kind: "occurrences", mode: "award", terms: [{ fact: "extra", points: "1" }] },
              ],
            },
          },
        },
      ]),
    );
  const unitArb = fc
    .record({
      rates: fc.array(amount(100, 2), { minLength: 6, maxLength: 6 }),
      n: fc.nat(20),
      late: fc.nat(5),
      fresh: fc.boolean(),
      notices: fc.nat(4),
      extra: fc.nat(3),
    })
    .map(({ rates: [a, b, c, d, e, f], n, late, fresh, notices, extra }) => ({
      "1": { rate: a },
      "2": { rate: b },
      "3": { n },
      "4": { late, rate: c },
      "5": { rate: d },
      "6": { rate: e },
      "7": { fresh, rate: f },
      "8": { notices },
      "9": { done: a, extra },
    }));

  it("proportional, piecewise, rank, pool, vsMean, bestRatio, othersMean, toTotal, uncapped: exact gains", () => {
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(schemeArb, fc.array(unitArb, { minLength: 1, maxLength: 4 }), (scheme, all) => {
        const units = all.map((facts, i) => ({ id: `u${i}`, name: `单位${i}`, facts }));
        checkEvery(scheme, units, codes);
      }),
      { numRuns: 60 },
    );
    // Every kind proposed improvements that rescored to their gain on some of the rounds.
    expect([...codes.keys()].sort()).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });
});
