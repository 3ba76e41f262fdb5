// The scaled-integer fast path must give exactly what decimal.js gives, inside its domain, on its
// boundaries and outside it (where it falls back).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, formatDecimal, round2, sum } from "../src/decimal.js";
import { meanTexts, sumTexts } from "../src/scaled.js";
import { decimalText } from "./arbitraries.js";

const slow = (texts: readonly string[]) => formatDecimal(sum(texts.map((t) => new Decimal(t))));

describe("sumTexts (scaled integers)", () => {
  it("equals decimal.js on item scores (few places, small values)", () => {
    fc.assert(
      fc.property(fc.array(decimalText(3, 2), { maxLength: 12 }), (texts) => {
        expect(sumTexts(texts)).toBe(slow(texts));
      }),
      { numRuns: 2000 },
    );
  });

  it("equals decimal.js across the domain's edges and beyond (fallback)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(decimalText(9, 4), decimalText(10, 5), decimalText(20, 12)), {
          maxLength: 8,
        }),
        (texts) => {
          expect(sumTexts(texts)).toBe(slow(texts));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    [[], "0"],
    [["0"], "0"],
    [["-0.5", "0.5"], "0"],
    [["0.1", "0.2"], "0.3"],
    [["999999999.9999", "0.0001"], "1000000000"],
    [["-999999999.9999", "-999999999.9999"], "-1999999999.9998"],
    [["1.00001", "1"], "2.00001"],
    [["1000000000", "1"], "1000000001"],
    [["12.5", "-13"], "-0.5"],
    [["0.0001", "0.0009"], "0.001"],
  ])("%j sums to %s", (texts, expected) => {
    expect(sumTexts(texts)).toBe(expected);
    expect(slow(texts)).toBe(expected);
  });

  it("stays exact with the most terms it adds itself, and falls back beyond", () => {
    const big = "999999999.9999";
    for (const count of [900, 901]) {
      const texts = Array.from({ length: count }, () => big);
      expect(sumTexts(texts)).toBe(slow(texts));
    }
  });
});

/** What the ratings kind computed before the fast path: decimal.js at 40 digits, then rounding. */
function slowMean(texts: readonly string[]) {
  const exact = sum(texts.map((t) => new Decimal(t))).dividedBy(texts.length);
  const mean = round2(exact);
  return {
    mean: formatDecimal(mean),
    exact: mean.equals(exact) ? undefined : formatDecimal(exact.toDecimalPlaces(6)),
  };
}

describe("meanTexts (rater means, 2 places half-up)", () => {
  it("equals decimal.js on ratings (few places, small values, any count)", () => {
    fc.assert(
      fc.property(fc.array(decimalText(2, 2), { minLength: 1, maxLength: 15 }), (texts) => {
        expect(meanTexts(texts)).toEqual(slowMean(texts));
      }),
      { numRuns: 3000 },
    );
  });

  it("equals decimal.js at its edges, or leaves them to decimal.js", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(decimalText(9, 4), decimalText(10, 5), decimalText(1, 4)), {
          minLength: 1,
          maxLength: 7,
        }),
        (texts) => {
          const fast = meanTexts(texts);
          if (fast !== undefined) expect(fast).toEqual(slowMean(texts));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    [["12.5", "13", "14"], "13.17", "13.166667"],
    [["0.005"], "0.01", "0.005"],
    [["-0.005"], "-0.01", "-0.005"],
    [["-0.004"], "0", "-0.004"],
    [["1", "2"], "1.5", undefined],
    [["0.0001", "0", "0"], "0", "0.000033"],
    [["0.00005", "0"], undefined, undefined],
    [["10", "10", "10", "10", "10", "10", "0.01"], "8.57", "8.572857"],
    [["999999999.9999", "0"], "500000000", "499999999.99995"],
    [["999999999.9999", "0.0001"], undefined, undefined],
  ])("%j has mean %s (exact %s)", (texts, mean, exact) => {
    const fast = meanTexts(texts);
    if (mean === undefined) {
      expect(fast).toBeUndefined();
    } else {
      expect(fast).toEqual({ mean, exact });
      expect(slowMean(texts)).toEqual({ mean, exact });
    }
  });
});
