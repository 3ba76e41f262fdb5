// The integer fast paths of docs/decisions/0009 must give exactly what decimal.js gives: group
// sums with caps, floors and the clamp; ranks; reading a score text as a scaled integer;
// comparing a plain value with a threshold, also by the threshold's text; the cached canonical texts; and the pair table
// behind input ids and memo keys must stay injective as it grows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankUnits } from "@kaoping/engine";
import {
  compareRatio,
  constant,
  Decimal,
  formatDecimal,
  ONE,
  parseDecimal,
} from "../src/decimal.js";
import { InputIds, PairIds } from "../src/facts/input-ids.js";
import { compareRatioText, NOT_SMALL, scaledOf } from "../src/scaled.js";
import { compileScheme, type CompiledItem } from "../src/scheme/compile.js";
import { schemeSchema } from "../src/scheme/schema.js";
import type { Walked } from "../src/score/memo.js";
import type { ItemResult } from "../src/score/result.js";
import { close, closeScaled, sumGroup, sumGroupScaled } from "../src/score/walk.js";
import { decimalText } from "./arbitraries.js";

/** Item scores as the walk sees them: mostly small, sometimes outside the scaled domain. */
const scoreText = fc.oneof(
  { weight: 8, arbitrary: decimalText(2, 2) },
  { weight: 1, arbitrary: decimalText(9, 4) },
  { weight: 1, arbitrary: decimalText(12, 7) },
);

describe("scaledOf (a decimal text as ten-thousandths)", () => {
  const domain = /^-?\d{1,9}(\.\d{1,4})?$/;
  it("accepts exactly the domain's texts, with their exact value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          decimalText(10, 5, false),
          fc.string({ unit: fc.constantFrom(..."-+.0123456789 e"), maxLength: 16 }),
        ),
        (text) => {
          const value = scaledOf(text);
          expect(value === NOT_SMALL).toBe(!domain.test(text));
          if (value !== NOT_SMALL) expect(value).toBe(new Decimal(text).times(10_000).toNumber());
        },
      ),
      { numRuns: 5000 },
    );
  });
});

/** A compiled group `1` with `count` leaves and the given max, cap and floor. */
function groupOf(count: number, max: string, cap?: string, floor?: string): CompiledItem {
  const children = Array.from({ length: count }, (_, i) => ({
    code: `1.${i + 1}`,
    title: `子项${i + 1}`,
    max: "1",
    facts: [{ name: "s", type: "decimal", label: "分" }],
    rule: { kind: "discretionary", fact: "s" },
  }));
  const parsed = schemeSchema.parse({
    id: "t",
    title: "t",
    items: [
      {
        code: "1",
        title: "组",
        max,
        ...(cap === undefined ? {} : { cap }),
        ...(floor === undefined ? {} : { floor }),
        children,
      },
    ],
  });
  // Only the compiled group is used; caps above max and similar problems do not matter here.
  return compileScheme(parsed).compiled.items[0] as CompiledItem;
}

/** Children as the walk passes them: a result with a code and a score text (or null). */
function walkedOf(scores: (string | null)[]): Walked[] {
  return scores.map((score, i) => ({
    result: {
      code: `1.${i + 1}`,
      title: "",
      max: "1",
      score,
      trace: [],
      children: [],
    } as ItemResult,
    veto: undefined,
    scoreId: 0,
  }));
}

describe("group sums on scaled integers", () => {
  const limit = fc.option(fc.oneof(decimalText(3, 2), decimalText(10, 5), fc.constant("-0")), {
    nil: undefined,
  });
  it("give the decimal.js group's text and trace, or leave it to decimal.js", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(scoreText, { freq: 6, nil: null }), { minLength: 1, maxLength: 8 }),
        fc.oneof(
          decimalText(3, 2).map((t) => t.replace("-", "")),
          decimalText(10, 5),
        ),
        limit,
        limit,
        (scores, maxText, cap, floor) => {
          const max = maxText.startsWith("-") ? maxText.slice(1) : maxText;
          const ci = groupOf(scores.length, max, cap, floor);
          const children = walkedOf(scores);
          const slow = sumGroup(ci, children);
          const slowText = close(slow.trace, slow.raw, ci.max);
          const fast = sumGroupScaled(ci, children);
          if (fast === undefined) {
            // Outside the domain: some text, limit or −0 the integers do not take.
            const outside =
              [max, cap, floor].some(
                (t) => t !== undefined && (t === "-0" || scaledOf(t) === NOT_SMALL),
              ) || scores.some((s) => s !== null && scaledOf(s) === NOT_SMALL);
            expect(outside).toBe(true);
            return;
          }
          const fastText = closeScaled(fast.trace, fast.raw, ci.scaled.max);
          expect(fastText).toBe(slowText);
          expect(fast.trace).toEqual(slow.trace);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it.each([
    [["3", "4"], "10", "5", undefined],
    [["-3", "1"], "10", undefined, undefined],
    [["-3", "1"], "10", undefined, "-1"],
    [["-3", "1"], "10", undefined, "-0"],
    [[null, "2.5"], "2", undefined, undefined],
    [[null, null], "2", undefined, undefined],
    [["999999999.9999", "0.0001"], "5", "3", undefined],
  ])("%j under max %s, cap %s, floor %s", (scores, max, cap, floor) => {
    const ci = groupOf(scores.length, max, cap, floor);
    const children = walkedOf(scores);
    const slow = sumGroup(ci, children);
    const slowText = close(slow.trace, slow.raw, ci.max);
    const fast = sumGroupScaled(ci, children);
    if (floor === "-0") {
      expect(fast).toBeUndefined();
      return;
    }
    expect(fast).toBeDefined();
    if (fast === undefined) return;
    expect(closeScaled(fast.trace, fast.raw, ci.scaled.max)).toBe(slowText);
    expect(fast.trace).toEqual(slow.trace);
  });
});

describe("closing a rule's score with the max as a scaled integer", () => {
  // −0 reads as not negative to the comparisons but negative to the wording: both paths agree.
  const raw = fc.oneof(
    { weight: 6, arbitrary: decimalText(2, 3) },
    { weight: 1, arbitrary: decimalText(12, 8) },
    { weight: 1, arbitrary: fc.constantFrom("-0", "0", "-0.0001") },
  );
  const maxText = fc.oneof(decimalText(3, 2), decimalText(10, 5), fc.constant("-0"));
  it("gives decimal.js's text and trace for every score and max", () => {
    fc.assert(
      fc.property(raw, maxText, fc.boolean(), (rawText, max, withLine) => {
        const ci = groupOf(1, max === "-0" ? max : max.replace("-", ""));
        const value = new Decimal(rawText);
        const slow = withLine ? ["参保率 99.65%"] : [];
        const fast = [...slow];
        const slowText = close(slow, value, ci.max);
        expect(close(fast, value, ci.max, ci.scaled.max)).toBe(slowText);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 4000 },
    );
  });
});

describe("ranks on scaled integers", () => {
  /** The ranking before the fast path: decimal.js comparisons. */
  function slowRanks(totals: string[]): number[] {
    const values = totals.map((t) => new Decimal(t));
    const order = values.map((_, i) => i).sort((a, b) => values[b]!.comparedTo(values[a]!));
    const ranks = new Array<number>(totals.length);
    order.forEach((index, position) => {
      const previous = order[position - 1];
      ranks[index] =
        previous !== undefined && values[previous]!.equals(values[index]!)
          ? ranks[previous]!
          : position + 1;
    });
    return ranks;
  }

  it("equal the decimal.js ranks, inside the domain and beyond", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: decimalText(2, 1) },
            { weight: 1, arbitrary: fc.constantFrom("0", "-0", "0.0", "007", "1.50") },
            { weight: 1, arbitrary: decimalText(12, 6) },
          ),
          { maxLength: 40 },
        ),
        (totals) => {
          const ranked = rankUnits(totals.map((total) => ({ total })));
          expect(ranked.map((u) => u.rank)).toEqual(slowRanks(totals));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("comparing a plain value with a threshold", () => {
  it("equals the product with one, up to 40 significant digits and beyond", () => {
    fc.assert(
      fc.property(decimalText(25, 25), decimalText(25, 25), (a, t) => {
        const value = new Decimal(a);
        const threshold = constant(t);
        expect(compareRatio({ n: value, d: ONE }, threshold)).toBe(
          value.comparedTo(threshold.times(ONE)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe("comparing a ratio with a scheme literal's text (compareRatioText)", () => {
  it("equals compareRatio with the literal's Decimal: plain values in and out of the scaled domain, −0, literals as written, and ratios", () => {
    const literal = fc.oneof(decimalText(3, 2, false), decimalText(12, 6, false));
    const plain = fc.oneof(decimalText(3, 3), decimalText(11, 6), fc.constant("-0"));
    fc.assert(
      fc.property(plain, literal, fc.boolean(), (a, t, shared) => {
        // A parsed fact (its canonical text cached) or a computed value (text made on demand).
        const value = shared ? (parseDecimal(a) as Decimal) : new Decimal(a);
        const ratio = { n: value, d: ONE };
        expect(compareRatioText(ratio, t)).toBe(compareRatio(ratio, constant(t)));
        const other = { n: value, d: new Decimal(3) };
        expect(compareRatioText(other, t)).toBe(compareRatio(other, constant(t)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("canonical texts of shared Decimals", () => {
  it("are the texts toFixed gives (−0 written 0), however often asked", () => {
    fc.assert(
      fc.property(
        fc.oneof(decimalText(6, 4, false), fc.constantFrom("-0", "-0.000", "0.10")),
        (text) => {
          const parsed = parseDecimal(text) as Decimal;
          const expected = new Decimal(text).toFixed();
          const canonical = expected === "-0" ? "0" : expected;
          expect(formatDecimal(parsed)).toBe(canonical);
          expect(formatDecimal(parsed)).toBe(canonical);
          expect(formatDecimal(constant(text))).toBe(canonical);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the pair table", () => {
  it("gives one id per distinct pair while it grows", () => {
    let count = 0;
    const pairs = new PairIds(() => ++count, 4);
    const seen = new Map<string, number>();
    const given = new Set<number>();
    // Every pair of 0..119 twice, in a scrambled order: 14,400 pairs, many growths.
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 120 * 120; k++) {
        const j = (k * 7919 + round * 13) % (120 * 120);
        const a = Math.floor(j / 120);
        const b = j % 120;
        const id = pairs.idOf(a, b);
        const known = seen.get(`${a},${b}`);
        if (known === undefined) {
          expect(given.has(id)).toBe(false);
          given.add(id);
          seen.set(`${a},${b}`, id);
        } else expect(id).toBe(known);
      }
    }
    expect(seen.size).toBe(120 * 120);
  });

  it("keeps input ids equal exactly when JSON text is, past many growths", () => {
    const ids = new InputIds();
    const inputs = Array.from({ length: 20_000 }, (_, i) => ({
      ratings: [String(i % 97), String(i % 89)],
      level: ["county", "city"][i % 2],
    }));
    const byText = new Map<string, number>();
    for (const input of inputs) {
      const id = ids.idOf(input);
      const text = JSON.stringify(input);
      const known = byText.get(text);
      if (known === undefined) byText.set(text, id);
      else expect(id).toBe(known);
    }
    expect(new Set(byText.values()).size).toBe(byText.size);
  });
});
