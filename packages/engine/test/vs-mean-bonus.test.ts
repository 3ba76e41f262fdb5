// 与平均值比较 with its upward side (docs/decisions/0303): 「高于全县平均水平的，每高出1个百分点加
// 0.5分，最多加2分」, 「得分高于平均分的加1分」. At the threshold the item scores its points less the
// addition's cap; each step better than the threshold adds, up to the cap; each step worse deducts.
import type { UnitResult } from "@kaoping/engine";
import { explainRule, findImprovements, validateScheme } from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/decimal.js";
import { checkEvery } from "./improve-check.js";
import { fact, leafScheme, roundOf } from "./helpers.js";

const unitsOf = (facts: Record<string, unknown>[]) =>
  facts.map((f, i) => ({ id: `u${i}`, name: `单位${i}`, facts: { "1": f } }));
const round = (scheme: ReturnType<typeof leafScheme>, facts: Record<string, unknown>[]) =>
  roundOf(scheme, unitsOf(facts)).units;
const scores = (scheme: ReturnType<typeof leafScheme>, facts: Record<string, unknown>[]) =>
  round(scheme, facts).map((u: UnitResult) => u.items[0]?.score);
const traceOf = (
  scheme: ReturnType<typeof leafScheme>,
  facts: Record<string, unknown>[],
  i: number,
) => round(scheme, facts)[i]?.items[0]?.trace.join("\n");

// 不低于全县平均的得1分，每低1个百分点扣0.5分；高于的每高出1个百分点加0.5分，最多加2分 (3 points).
const rate = fact.pct("rate", { scale: 2 });
const both = leafScheme("3", [rate], {
  kind: "vsMean",
  value: { fact: "rate" },
  direction: "below",
  step: "1",
  points: "0.5",
  rounding: "up",
  bonus: { step: "1", points: "0.5", cap: "2", rounding: "down" },
});
// 得分高于平均分的加1分 (1 point): no deduction, one step as wide as the scale.
const once = leafScheme("1", [fact.int("v", { type: "decimal", unit: "分" })], {
  kind: "vsMean",
  value: { fact: "v" },
  direction: "below",
  step: "100",
  points: "0",
  rounding: "up",
  bonus: { step: "100", points: "1", cap: "1", rounding: "up" },
});
// 平均年龄不超过平均的得2分，每超1岁扣0.5分；每低1岁加0.5分，最多加1分 (3 points).
const age = leafScheme("3", [fact.int("age", { type: "decimal", unit: "岁" })], {
  kind: "vsMean",
  value: { fact: "age" },
  direction: "over",
  step: "1",
  points: "0.5",
  rounding: "up",
  bonus: { step: "1", points: "0.5", cap: "1", rounding: "down" },
});

describe("vsMean with an addition above the mean (table)", () => {
  it.each([
    [
      "the threshold scores points − cap; 10 above adds 5, capped at 2",
      both,
      ["70", "80", "90"],
      ["0", "1", "3"],
    ],
    [
      "mean 80.1666…: 1.33 above is 1 whole step; 0.17 below is one step (up)",
      both,
      ["79", "80", "81.5"],
      ["0", "0.5", "1.5"],
    ],
    ["all equal: no one above, no one below", both, ["85", "85"], ["1", "1"]],
    ["高于平均分的加1分: strictly above", once, ["5", "6", "7"], ["0", "0", "1"]],
    ["高于平均分的加1分: equal scores add nothing", once, ["6", "6"], ["0", "0"]],
    [
      "over: lower is better, 2 below adds 1 (cap), 2 above deducts 1",
      age,
      ["40", "42", "44"],
      ["3", "2", "1"],
    ],
  ])("%s", (_name, scheme, values, expected) => {
    const key = scheme === both ? "rate" : scheme === once ? "v" : "age";
    expect(
      scores(
        scheme,
        values.map((v) => ({ [key]: v })),
      ),
    ).toEqual(expected);
  });

  it("says the mean, the steps, the cap and the base in Chinese", () => {
    const facts = ["70", "80", "90"].map((rate) => ({ rate }));
    expect(traceOf(both, facts, 2)).toBe(
      "事实rate 90%，本轮 3 个单位平均 80%，高于基准 10 个百分点，按每 1 个百分点加 0.5 分计 10 档，加 5 分，最多加 2 分，基准分 1 分加 2 分，得 3 分",
    );
    expect(traceOf(both, facts, 1)).toBe(
      "事实rate 80%，本轮 3 个单位平均 80%，等于基准，不加分（基准分 1 分），得 1 分",
    );
    expect(traceOf(both, [{ rate: "79" }, { rate: "80" }, { rate: "81.5" }], 1)).toBe(
      "事实rate 80%，本轮 3 个单位平均 约 80.17%，低于基准 约 0.17 个百分点，按每 1 个百分点扣 0.5 分计 1 档（不足一档按一档），基准分 1 分扣 0.5 分，得 0.5 分",
    );
    expect(traceOf(once, [{ v: "5" }, { v: "6" }, { v: "7" }], 0)).toBe(
      "事实v 5 分，本轮 3 个单位平均 6 分，低于基准，不扣分（基准分 0 分），得 0 分",
    );
  });

  it("reads back in Chinese", () => {
    const facts = [{ name: "rate", type: "pct", label: "参保率" }];
    expect(
      explainRule(
        {
          kind: "vsMean",
          value: { fact: "rate" },
          direction: "below",
          step: "1",
          points: "0.5",
          rounding: "up",
          bonus: { step: "1", points: "0.5", cap: "2", rounding: "down" },
        },
        { code: "1", max: "3", facts },
      ),
    ).toBe(
      "以本轮各单位的平均值为基准，参保率等于基准的得 1 分；每高于 1 个百分点加 0.5 分，不足 1 个百分点的部分不计，最多加 2 分；每低于 1 个百分点扣 0.5 分，不足 1 个百分点按 1 个百分点计，扣完为止；满分 3 分",
    );
    expect(
      explainRule(
        {
          kind: "vsMean",
          value: { fact: "rate" },
          direction: "below",
          step: "100",
          points: "0",
          rounding: "up",
          bonus: { step: "100", points: "1", cap: "1", rounding: "up" },
        },
        { code: "1", max: "1", facts },
      ),
    ).toContain("低于基准的不扣分");
  });

  it("refuses an addition cap above the item's points, in Chinese", () => {
    const result = validateScheme({
      id: "s",
      title: "测试方案",
      items: [
        {
          code: "1",
          title: "测试项",
          max: "1",
          facts: [rate],
          rule: {
            kind: "vsMean",
            value: { fact: "rate" },
            direction: "below",
            step: "1",
            points: "0.5",
            rounding: "up",
            bonus: { step: "1", points: "0.5", cap: "2", rounding: "down" },
          },
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain("加分上限 2 分超过本项分值 1 分");
  });

  it("得分提升 offers the next step above the mean, and every gain is exact", () => {
    const units = unitsOf([{ rate: "80" }, { rate: "81" }, { rate: "82" }]);
    checkEvery(both, units);
    const found = findImprovements(both, units);
    // u1 at the mean 81: one whole step above it is x ≥ (162 + 3) ÷ 2 = 82.5 (mean 81.5).
    expect(found[1]?.improvements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ facts: { "1.rate": "82.5" }, gain: "0.5" }),
      ]),
    );
    // u2 above by 1 (mean 81): a second step at x ≥ (161 + 6) ÷ 2 = 83.5.
    expect(found[2]?.improvements.map((m) => m.facts["1.rate"])).toContain("83.5");
  });
});

describe("vsMean with an addition (properties)", () => {
  const dec = { type: "decimal", unit: "", min: "-100000", scale: 10 };
  const value = fc
    .integer({ min: -2000, max: 2000 })
    .map((n) => new Decimal(n).dividedBy(10).toFixed());
  const schemeOf = (direction: "below" | "over", max: string, cap: string, rounding: string) =>
    leafScheme(max, [fact.int("v", dec)], {
      kind: "vsMean",
      value: { fact: "v" },
      direction,
      step: "0.7",
      points: "0.3",
      rounding,
      bonus: { step: "0.4", points: "0.25", cap, rounding },
    });
  const settings = fc.record({
    max: fc.integer({ min: 1, max: 6 }).map(String),
    cap: fc.integer({ min: 0, max: 4 }).map((n) => new Decimal(n).dividedBy(4).toFixed()),
    rounding: fc.constantFrom("up", "down", "exact"),
  });

  it("monotone in the unit's own value (others fixed), within [0, points]; over mirrors below", () => {
    fc.assert(
      fc.property(
        settings,
        fc.array(value, { minLength: 0, maxLength: 5 }),
        value,
        value,
        ({ max, cap, rounding }, others, a, b) => {
          const below = schemeOf("below", max, cap, rounding);
          const over = schemeOf("over", max, cap, rounding);
          const [lo, hi] = new Decimal(a).lessThan(b) ? [a, b] : [b, a];
          const at = (scheme: typeof below, x: string, sign = 1) =>
            new Decimal(
              scores(
                scheme,
                [...others, x].map((v) => ({ v: new Decimal(v).times(sign).toFixed() })),
              ).at(-1) as string,
            );
          const sLo = at(below, lo);
          const sHi = at(below, hi);
          expect(sLo.lte(sHi)).toBe(true);
          for (const s of [sLo, sHi]) expect(s.gte(0) && s.lte(max)).toBe(true);
          // Alone in the round the unit is its own mean: the threshold's score, points − cap.
          if (others.length === 0)
            expect(sLo.toFixed()).toBe(new Decimal(max).minus(cap).toFixed());
          expect(at(over, lo, -1).toFixed()).toBe(sLo.toFixed());
        },
      ),
      { numRuns: 120 },
    );
  });
});
