import { describe, expect, it } from "vitest";
import {
  compareRatio,
  countSteps,
  Decimal,
  describeRatio,
  formatDecimal,
  parseDecimal,
  round2,
} from "../src/decimal.js";

describe("exact decimals", () => {
  it.each([
    ["99.65", "99.65"],
    [99.6, "99.6"],
    [14.5, "14.5"],
    ["0.10", "0.1"],
    [" 5 ", "5"],
    ["-0", "0"],
    [1e21, "1000000000000000000000"],
  ])("parses %j as %s", (input, expected) => {
    expect(formatDecimal(parseDecimal(input) as Decimal)).toBe(expected);
  });

  it.each([
    [NaN],
    [Infinity],
    [""],
    ["1e3"],
    ["0x10"],
    ["abc"],
    [null],
    [true],
    [{}],
    [[]],
    ["1.2.3"],
  ])("refuses %j", (input) => {
    expect(parseDecimal(input)).toBeUndefined();
  });

  it("computes (99.8 − 99.6) / 0.1 as exactly 2", () => {
    const steps = new Decimal("99.8").minus(parseDecimal(99.6) as Decimal).dividedBy("0.1");
    expect(steps.equals(2)).toBe(true);
    expect(formatDecimal(steps)).toBe("2");
  });

  it("compares ratios exactly: 262/292 ≥ 85%, 17/20 = 85%, 1/3 < 33.34%", () => {
    expect(compareRatio({ n: new Decimal(26200), d: new Decimal(292) }, new Decimal(85))).toBe(1);
    expect(compareRatio({ n: new Decimal(1700), d: new Decimal(20) }, new Decimal(85))).toBe(0);
    expect(compareRatio({ n: new Decimal(100), d: new Decimal(3) }, new Decimal("33.34"))).toBe(-1);
  });

  it.each([
    // [gap numerator, gap denominator, step, rounding, expected steps]
    ["0.15", "1", "0.1", "up", "2"],
    ["0.2", "1", "0.1", "up", "2"],
    ["0.15", "1", "0.1", "down", "1"],
    ["0.15", "1", "0.1", "exact", "1.5"],
    ["2500", "100", "10", "up", "3"], // 25 points below 100 with steps of 10
    ["300", "3", "10", "up", "10"], // 100/1 exactly, never 9.999…
    ["100", "3", "10", "up", "4"], // 33.33… → 4 steps
    ["100", "3", "10", "down", "3"],
  ] as const)("counts %s/%s in steps of %s rounding %s as %s", (n, d, step, rounding, expected) => {
    expect(
      formatDecimal(
        countSteps({ n: new Decimal(n), d: new Decimal(d) }, new Decimal(step), rounding),
      ),
    ).toBe(expected);
  });

  it("rounds rater averages half-up to 2 places", () => {
    expect(formatDecimal(round2(new Decimal(40).dividedBy(3)))).toBe("13.33");
    expect(formatDecimal(round2(new Decimal("41.5").dividedBy(3)))).toBe("13.83");
    expect(formatDecimal(round2(new Decimal("0.125")))).toBe("0.13");
  });

  it("describes ratios exactly when they terminate, approximately otherwise", () => {
    expect(describeRatio({ n: new Decimal(7500), d: new Decimal(100) })).toBe("75");
    expect(describeRatio({ n: new Decimal(26200), d: new Decimal(292) })).toBe("约 89.73");
  });
});
