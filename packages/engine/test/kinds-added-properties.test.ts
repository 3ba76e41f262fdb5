// Property tests (fast-check) of the kinds added for real rubrics: each against an independent
// decimal.js computation or a law (mirror, monotonicity, order of units, total = items + adjustments).
import type { UnitResult } from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/decimal.js";
import { fact, leafScheme, roundOf, scoreLeaf } from "./helpers.js";

const runs = { numRuns: 150 };
/** A decimal text in [0, max] with up to 2 places. */
const amount = (max: number) =>
  fc.integer({ min: 0, max: max * 100 }).map((n) => new Decimal(n).dividedBy(100).toFixed());
const clamp = (v: Decimal, max: Decimal) => Decimal.min(max, Decimal.max(0, v)).toFixed();
const dec = (unit = "") => ({ type: "decimal", unit, min: "-100000", scale: 10 });

describe("pool: max − Σ min(part's deduction, part's cap), clamped once", () => {
  it("matches the arithmetic", () => {
    fc.assert(
      fc.property(
        amount(10),
        fc.nat(12),
        fc.nat(12),
        amount(3),
        amount(5),
        (max, a, b, cap, cut) => {
          const scheme = leafScheme(
            max,
            [fact.int("a"), fact.int("b"), fact.int("cut", dec("分"))],
            {
              kind: "pool",
              parts: [
                {
                  rule: {
                    kind: "occurrences",
                    mode: "deduct",
                    terms: [{ fact: "a", points: "0.5" }],
                  },
                },
                { rule: { kind: "quota", fact: "b", quota: "6", points: "1" }, cap: cap },
                { rule: { kind: "discretionaryDeduction", fact: "cut" } },
              ],
            },
          );
          const quotaCut = Decimal.min(new Decimal(cap), Decimal.max(0, 6 - b));
          const total = new Decimal(a).times("0.5").plus(quotaCut).plus(new Decimal(cut).abs());
          const got = scoreLeaf(scheme, { a, b, cut: new Decimal(cut).abs().toFixed() }).score;
          expect(got).toBe(clamp(new Decimal(max).minus(total), new Decimal(max)));
        },
      ),
      runs,
    );
  });
});

describe("penalty, toTotal and uncapped: the total is the items plus the adjustments", () => {
  it("holds for any facts", () => {
    const scheme = leafScheme("5", [fact.int("faults"), fact.bool("hazard"), fact.int("extra")], {
      kind: "uncapped",
      rule: {
        kind: "sum",
        parts: [
          {
            kind: "penalty",
            rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "faults", points: "1" }] },
            penalties: [
              { when: { deducted: "3" }, points: "10" },
              { when: { fact: "hazard" }, points: "20", zeroItem: true },
            ],
          },
          { kind: "occurrences", mode: "award", terms: [{ fact: "extra", points: "0.5" }] },
        ],
      },
    });
    fc.assert(
      fc.property(fc.nat(8), fc.boolean(), fc.nat(20), (faults, hazard, extra) => {
        const unit = roundOf(scheme, [
          { id: "a", name: "甲", facts: { "1": { faults, hazard, extra } } },
        ]).units[0] as UnitResult;
        const adjustments = unit.adjustments ?? [];
        const sum = adjustments.reduce(
          (s, a) => s.plus(a.points),
          new Decimal(unit.items[0]?.score ?? "0"),
        );
        expect(unit.total).toBe(sum.toFixed());
        const own = hazard ? new Decimal(0) : new Decimal(5).minus(faults);
        const raw = own.plus(new Decimal(extra).times("0.5"));
        const expected = [
          ...(faults >= 3 ? ["-10"] : []),
          ...(hazard ? ["-20"] : []),
          ...(raw.greaterThan(5) ? [raw.minus(5).toFixed()] : []),
        ];
        expect(adjustments.map((a) => a.points)).toEqual(expected);
      }),
      runs,
    );
  });
});

describe("proportional: min(max, points × value ÷ of)", () => {
  it("matches the arithmetic and never decreases with the value", () => {
    const scheme = leafScheme("8", [fact.int("v", dec())], {
      kind: "proportional",
      value: { fact: "v" },
      of: "40",
    });
    fc.assert(
      fc.property(amount(60), amount(60), (a, b) => {
        const [lo, hi] = new Decimal(a).lessThan(b) ? [a, b] : [b, a];
        const got = scoreLeaf(scheme, { v: lo }).score as string;
        expect(got).toBe(clamp(new Decimal(8).times(lo).dividedBy(40), new Decimal(8)));
        expect(new Decimal(scoreLeaf(scheme, { v: hi }).score as string).gte(got)).toBe(true);
      }),
      runs,
    );
  });
});

describe("steps: over is below mirrored, both is below and above joined", () => {
  const rule = (direction: string, from: string, extra: Record<string, unknown> = {}) =>
    leafScheme("6", [fact.int("v", dec())], {
      kind: "steps",
      value: { fact: "v" },
      direction,
      from,
      step: "0.7",
      points: "0.4",
      rounding: "up",
      ...extra,
    });
  it("over(v, from) = below(−v, −from)", () => {
    fc.assert(
      fc.property(amount(50), amount(50), (v, from) => {
        const over = scoreLeaf(rule("over", from), { v }).score;
        const below = scoreLeaf(rule("below", new Decimal(from).negated().toFixed()), {
          v: new Decimal(v).negated().toFixed(),
        }).score;
        expect(over).toBe(below);
      }),
      runs,
    );
  });
  it("both: below's deduction under `from`, base + above's bonus over it", () => {
    fc.assert(
      fc.property(amount(50), amount(50), (v, from) => {
        const both = scoreLeaf(rule("both", from, { base: "3", pointsAbove: "0.4" }), { v })
          .score as string;
        if (new Decimal(v).lessThanOrEqualTo(from)) {
          const below = new Decimal(scoreLeaf(rule("below", from), { v }).score as string);
          // below clamps at 0 from 6; both starts at 3.
          expect(both).toBe(clamp(below.minus(3), new Decimal(6)));
        } else {
          const above = scoreLeaf(rule("above", from), { v }).score as string;
          expect(both).toBe(clamp(new Decimal(above).plus(3), new Decimal(6)));
        }
      }),
      runs,
    );
  });
});

describe("piecewise: one open band is plain steps above; more value never scores less", () => {
  it("holds", () => {
    const one = leafScheme("100", [fact.int("v", dec())], {
      kind: "piecewise",
      value: { fact: "v" },
      direction: "above",
      mode: "award",
      rounding: "down",
      pieces: [{ from: "10", step: "3", points: "1.5" }],
    });
    const steps = leafScheme("100", [fact.int("v", dec())], {
      kind: "steps",
      value: { fact: "v" },
      direction: "above",
      from: "10",
      step: "3",
      points: "1.5",
      rounding: "down",
    });
    const bands = leafScheme("100", [fact.int("v", dec())], {
      kind: "piecewise",
      value: { fact: "v" },
      direction: "above",
      mode: "award",
      rounding: "up",
      pieces: [
        { from: "0", to: "20", step: "2", points: "1", cap: "8" },
        { from: "20", to: "60", step: "7", points: "1" },
        { from: "60", step: "5", points: "2" },
      ],
    });
    fc.assert(
      fc.property(amount(120), amount(120), (a, b) => {
        expect(scoreLeaf(one, { v: a }).score).toBe(scoreLeaf(steps, { v: a }).score);
        const [lo, hi] = new Decimal(a).lessThan(b) ? [a, b] : [b, a];
        const sLo = new Decimal(scoreLeaf(bands, { v: lo }).score as string);
        expect(sLo.lte(scoreLeaf(bands, { v: hi }).score as string)).toBe(true);
      }),
      runs,
    );
  });
});

describe("cross-unit kinds do not depend on the order of the units", () => {
  const vsMean = leafScheme("2", [fact.int("v", dec())], {
    kind: "vsMean",
    value: { fact: "v" },
    direction: "below",
    step: "0.3",
    points: "0.1",
    rounding: "up",
  });
  const best = leafScheme("6", [fact.int("v", dec())], {
    kind: "bestRatio",
    value: { fact: "v" },
    order: "desc",
    places: 2,
  });
  const scores = (scheme: typeof best, values: string[]) =>
    roundOf(
      scheme,
      values.map((v, i) => ({ id: `u${i}`, name: `单位${i}`, facts: { "1": { v } } })),
    ).units.map((u: UnitResult) => u.items[0]?.score);
  it("vsMean and bestRatio: reversed round, reversed scores; the mean itself and the best score in full", () => {
    fc.assert(
      fc.property(fc.array(amount(100), { minLength: 1, maxLength: 8 }), (values) => {
        for (const scheme of [vsMean, best]) {
          const forward = scores(scheme, values);
          expect(scores(scheme, [...values].reverse())).toEqual([...forward].reverse());
        }
        const mean = values.reduce((s, v) => s.plus(v), new Decimal(0)).dividedBy(values.length);
        if (mean.decimalPlaces() <= 10)
          expect(scores(vsMean, [...values, mean.toFixed()]).at(-1)).toBe("2");
        const top = values.reduce((a, b) => (new Decimal(b).greaterThan(a) ? b : a));
        if (new Decimal(top).greaterThan(0))
          expect(scores(best, values)[values.indexOf(top)]).toBe("6");
      }),
      { numRuns: 80 },
    );
  });
});

describe("rank with perPlace: never more for a worse place", () => {
  it("holds", () => {
    const scheme = leafScheme("5", [fact.int("v", dec())], {
      kind: "rank",
      fact: "v",
      order: "desc",
      awards: [{ upTo: 2, points: "5" }],
      perPlace: "0.3",
    });
    fc.assert(
      fc.property(fc.array(amount(50), { minLength: 1, maxLength: 12 }), (values) => {
        const units = roundOf(
          scheme,
          values.map((v, i) => ({ id: `u${i}`, name: `单位${i}`, facts: { "1": { v } } })),
        ).units;
        const pairs = values.map(
          (v, i) => [new Decimal(v), new Decimal(units[i]?.items[0]?.score ?? "0")] as const,
        );
        for (const [v1, s1] of pairs)
          for (const [v2, s2] of pairs) if (v1.greaterThan(v2)) expect(s1.gte(s2)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
