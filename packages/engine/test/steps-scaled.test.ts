// The steps kind's scaled-integer path (docs/decisions/0009, second pass) must give exactly what
// its decimal.js path gives — score (value and sign) and trace — whenever it answers, and answer
// for plain values with few places and a whole number of steps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constant, Decimal, formatDecimal } from "../src/decimal.js";
import type { FactDeclaration } from "../src/facts/declaration.js";
import type { RuleEnv } from "../src/rules/kind.js";
import { evaluateDecimal, evaluateScaled, steps } from "../src/rules/kinds/steps.js";
import { measure } from "../src/rules/value-spec.js";
import { decimalText } from "./arbitraries.js";

const mixed = (negative: boolean) =>
  fc.oneof(
    { weight: 14, arbitrary: decimalText(3, 2, false, negative) },
    { weight: 2, arbitrary: decimalText(9, 4, true, negative) },
    { weight: 1, arbitrary: decimalText(14, 6, true, negative) },
    { weight: 1, arbitrary: decimalText(25, 12, false, negative) },
    { weight: 1, arbitrary: fc.constantFrom("0", "-0", "999999999.9999", "1000000000") },
  );
const positive = (text: fc.Arbitrary<string>) =>
  text.filter((t) => Number(t) > 0 && new Decimal(t).greaterThan(0));

interface Case {
  direction: "below" | "above";
  rounding: "up" | "down" | "exact";
  from: string;
  step: string;
  points: string;
  zeroBelow: string | undefined;
  max: string;
  value: string;
  pct: boolean;
  stepUnit: string | undefined;
}

function caseArb(text: fc.Arbitrary<string>, value: fc.Arbitrary<string>): fc.Arbitrary<Case> {
  return fc.record({
    direction: fc.constantFrom("below" as const, "above" as const),
    rounding: fc.constantFrom("up" as const, "down" as const, "exact" as const),
    from: text,
    step: positive(text),
    points: text,
    zeroBelow: fc.option(text, { nil: undefined }),
    max: text,
    value,
    pct: fc.boolean(),
    stepUnit: fc.option(fc.constant("档"), { nil: undefined }),
  });
}

function setUp(c: Case) {
  const decl = {
    name: "v",
    type: c.pct ? "pct" : "decimal",
    label: "比率",
    required: true,
  } as unknown as FactDeclaration;
  const env: RuleEnv = {
    item: { code: "1", title: "测试项", max: constant(c.max), bonus: false },
    get: () => new Decimal(c.value),
    has: () => true,
    decl: () => decl,
    context: undefined,
    run: () => {
      throw new Error("not composite");
    },
    itemScore: () => undefined,
    itemName: (code) => `第${code}项`,
  };
  const params = steps.params.parse({
    value: { fact: "v" },
    direction: c.direction,
    rounding: c.rounding,
    from: c.from,
    step: c.step,
    points: c.points,
    ...(c.zeroBelow !== undefined ? { zeroBelow: c.zeroBelow } : {}),
    ...(c.stepUnit !== undefined ? { stepUnit: c.stepUnit } : {}),
  });
  const m = measure(params.value, env);
  if (m === undefined) throw new Error("unmeasured");
  return { params, env, m };
}

const shown = (o: { score: Decimal; trace: string[] }) => ({
  score: o.score.toFixed(),
  negative: o.score.isNegative(),
  text: formatDecimal(o.score),
  trace: o.trace,
});

describe("steps on scaled integers", () => {
  it("equals decimal.js whenever it answers, on values inside and far outside its domain", () => {
    let answered = 0;
    fc.assert(
      fc.property(caseArb(mixed(true), mixed(true)), (c) => {
        const { params, env, m } = setUp(c);
        const fast = evaluateScaled(params, env, m);
        if (fast === undefined) return;
        answered++;
        expect(shown(fast)).toEqual(shown(evaluateDecimal(params, env, m)));
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(400);
    expect(answered).toBeLessThan(4000);
  });

  it("answers for small non-negative values with up/down rounding, equal to decimal.js", () => {
    const small = decimalText(3, 2, false, false);
    fc.assert(
      fc.property(caseArb(small, small), (c) => {
        if (c.rounding === "exact") return;
        const { params, env, m } = setUp(c);
        const fast = evaluateScaled(params, env, m);
        expect(fast).toBeDefined();
        if (fast !== undefined) expect(shown(fast)).toEqual(shown(evaluateDecimal(params, env, m)));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves ratios, negative points, a max of −0 and partial exact steps to decimal.js", () => {
    const base: Case = {
      direction: "above",
      rounding: "down",
      from: "10",
      step: "2",
      points: "-1",
      zeroBelow: undefined,
      max: "5",
      value: "11",
      pct: false,
      stepUnit: undefined,
    };
    // 0 whole steps × −1 is −0 in decimal.js, which the walk reads as negative.
    const negative = setUp(base);
    expect(evaluateScaled(negative.params, negative.env, negative.m)).toBeUndefined();
    expect(evaluateDecimal(negative.params, negative.env, negative.m).score.isNegative()).toBe(
      true,
    );
    const minusZero = setUp({ ...base, points: "1", max: "-0", direction: "below", value: "3" });
    expect(evaluateScaled(minusZero.params, minusZero.env, minusZero.m)).toBeUndefined();
    const partial = setUp({ ...base, points: "1", rounding: "exact" });
    expect(evaluateScaled(partial.params, partial.env, partial.m)).toBeUndefined();
    const whole = setUp({ ...base, points: "0.5", rounding: "up", value: "14.5" });
    expect(shown(steps.evaluate(whole.params, whole.env))).toEqual({
      score: "1.5",
      negative: false,
      text: "1.5",
      trace: ["比率 14.5，超过 10 共 4.5 ，按每 2 加 0.5 分计 3 档（不足一档按一档），加 1.5 分"],
    });
  });
});
