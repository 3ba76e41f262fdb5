/**
 * 阶梯计分: "达到X得满分，每下降Y扣Z" (below) or "每增加Y加Z" (above), on a fact or an exact
 * ratio. Partial steps are rounded by the `rounding` parameter (docs/spec/templates.md rules 3 and 4).
 */
import { z } from "zod";
import { Decimal } from "../../decimal.js";
import {
  constant,
  countSteps,
  formatDecimal,
  ONE,
  parseDecimal,
  ZERO,
  type Ratio,
} from "../../decimal.js";
import { compareRatioText, NOT_SMALL, scaledOf, scaledText } from "../../scaled.js";
import { decimalText } from "../../facts/declaration.js";
import { n, withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import type { RuleEnv } from "../kind.js";
import {
  explainValue,
  measure,
  showMeasured,
  valueRefs,
  valueItems,
  scoreReason,
  sourceSpecSchema,
  type Measured,
} from "../value-spec.js";
import { amount, points as pointsText } from "../wording.js";
import { evaluateSides } from "./steps-sides.js";
import { candidates, valueTo, type Target } from "../improve-values.js";

const params = z
  .object({
    value: sourceSpecSchema,
    /**
     * `below`: max − steps below `from`; `above`: steps above `from` × points (bonus); `over`:
     * max − steps above `from` (a ceiling: 每超1岁扣0.5分); `both`: `base` − steps below, + steps
     * above (每增(减)1个百分点加(减)5分).
     */
    direction: z.enum(["below", "above", "over", "both"]),
    from: decimalText,
    step: decimalText.refine((s) => Number(s) > 0, "每档幅度应大于 0"),
    points: decimalText,
    /** Partial steps: `up` any part is a whole step, `down` whole steps only, `exact` proportional. */
    rounding: z.enum(["up", "down", "exact"]),
    /** Below this value the item scores 0 outright (低于40%扣2分). */
    zeroBelow: decimalText.optional(),
    /** What a step is called in the trace, e.g. "个百分点"; default the value's unit. */
    stepUnit: z.string().optional(),
    /** `both` only: points per step above `from` (default `points`). */
    pointsAbove: decimalText.optional(),
    /** `both` only: the score at `from` (default the item's points). */
    base: decimalText.optional(),
  })
  .strict();

/** How partial steps were counted, for the trace. */
export const roundingWords = { up: "不足一档按一档", down: "只计整档", exact: "按比例" } as const;

/** True when the gap is a whole number of steps (no rounding happened, so none is mentioned). */
function gapIsWhole(gap: Ratio, step: Decimal): boolean {
  return countSteps(gap, step, "exact").isInteger();
}

/** The parameters of a steps rule. */
export type Params = z.output<typeof params>;

/** Scaled values (ten-thousandths) stay below 10¹³: sums of two are safe integers and `scaledText` exact. */
const LIMIT = 1e13;

/** A canonical text as ten-thousandths, or undefined outside the domain. */
function small(text: string): number | undefined {
  const v = scaledOf(text);
  return v === NOT_SMALL || Math.abs(v) >= LIMIT ? undefined : v;
}

/**
 * The rule on scaled integers for a plain value (one fact, not a ratio) and a whole number of
 * steps (`up`, `down`, or `exact` when the gap is a multiple of the step): exactly the decimal.js
 * result and trace (test/steps-scaled.test.ts), or undefined and the caller uses decimal.js.
 * Points and max must not be negative (nor −0): decimal.js would give a score of −0 for
 * 0 × −points or max − 0 with a max of −0, whose sign the walk reads.
 */
export function evaluateScaled(
  p: Params,
  env: RuleEnv,
  m: Measured,
): { score: Decimal; trace: string[] } | undefined {
  if (m.value.d !== ONE || (p.direction !== "below" && p.direction !== "above")) return undefined;
  const max = env.item.max;
  const pointsD = constant(p.points);
  if (max.isNegative() || pointsD.isNegative()) return undefined;
  const v = small(formatDecimal(m.value.n));
  const from = small(formatDecimal(constant(p.from)));
  const step = small(formatDecimal(constant(p.step)));
  const points = small(formatDecimal(pointsD));
  const top = small(formatDecimal(max));
  if (v === undefined || from === undefined || step === undefined || step <= 0) return undefined;
  if (points === undefined || top === undefined) return undefined;
  const head = `${m.text}`;
  if (p.zeroBelow !== undefined) {
    const zeroBelow = small(formatDecimal(constant(p.zeroBelow)));
    if (zeroBelow === undefined) return undefined;
    if (v < zeroBelow)
      return { score: ZERO, trace: [`${head}，低于 ${withUnit(p.zeroBelow, m.unit)}，本项不得分`] };
  }
  const below = p.direction === "below";
  const gap = below ? from - v : v - from;
  if (gap <= 0) {
    return below
      ? { score: max, trace: [`${head}，达到 ${withUnit(p.from, m.unit)}`] }
      : { score: ZERO, trace: [`${head}，未超过 ${withUnit(p.from, m.unit)}，不加分`] };
  }
  if (gap >= LIMIT) return undefined;
  // Whole steps in the gap, exactly: the float quotient corrected on safe integers.
  let whole = Math.floor(gap / step);
  while (whole * step > gap) whole--;
  while ((whole + 1) * step <= gap) whole++;
  const exactSteps = whole * step === gap;
  if (p.rounding === "exact" && !exactSteps) return undefined;
  const count = p.rounding === "up" && !exactSteps ? whole + 1 : whole;
  const amount = count * points;
  const score = below ? top - amount : amount;
  if (amount >= LIMIT || Math.abs(score) >= LIMIT) return undefined;
  const unit = p.stepUnit ?? (m.unit === "%" ? "个百分点" : m.unit);
  const side = below ? "低于" : "超过";
  const verb = below ? "扣" : "加";
  const line = `${head}，${side} ${withUnit(p.from, m.unit)} 共 ${scaledText(gap)} ${unit}，按每 ${n(constant(p.step))} ${unit}${verb} ${n(pointsD)} 分计 ${count} 档${exactSteps ? "" : `（${roundingWords[p.rounding]}）`}，${verb} ${scaledText(amount)} 分`;
  return { score: parseDecimal(scaledText(score)) as Decimal, trace: [line] };
}

/** Thresholds-and-steps kind. */
export const steps = defineKind({
  id: "steps",
  name: "阶梯计分",
  description:
    "达到目标值得满分，每低一档扣分（或每超过一档加分）；不足一档的部分按参数向上、向下取整或按比例。",
  params,
  refs: (p) => valueRefs(p.value, "value"),
  items: (p) => valueItems(p.value, "value"),
  evaluate(p, env) {
    const m = measure(p.value, env);
    if (m === undefined) return { score: ZERO, trace: ["未填写可计算的数据，不计分"] };
    return evaluateScaled(p, env, m) ?? evaluateDecimal(p, env, m);
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const step = amount(p.step, p.stepUnit ?? (v.unit === "%" ? "个百分点" : v.unit));
    const from = amount(p.from, v.unit);
    const below = p.direction === "below" || p.direction === "over";
    const up = pointsText(p.pointsAbove ?? p.points);
    const head = {
      below: `${v.label}低于 ${from} 时，每低 ${step}扣 ${pointsText(p.points)}`,
      above: `${v.label}超过 ${from} 时，每超过 ${step}加 ${pointsText(p.points)}`,
      over: `${v.label}不超过 ${from}的得满分，每超过 ${step}扣 ${pointsText(p.points)}`,
      both: `${v.label}等于 ${from} 时得${p.base === undefined ? "满分" : ` ${pointsText(p.base)}`}，每超过 ${step}加 ${up}，每低 ${step}扣 ${pointsText(p.points)}`,
    }[p.direction];
    const partial = {
      up: `不足 ${step}按 ${step}计`,
      down: `不足 ${step}的部分不计`,
      exact: `不足 ${step}的按比例计`,
    }[p.rounding];
    const zero =
      p.zeroBelow === undefined ? [] : [`低于 ${amount(p.zeroBelow, v.unit)} 的本项不得分`];
    return [head, partial, ...(below ? ["扣完为止"] : []), ...zero].join("，");
  },
  improve(p, env) {
    const on = scoreReason(p.value, env);
    if (on !== undefined) return on;
    const m = measure(p.value, env);
    if (m === undefined) return { candidates: [] };
    const from = constant(p.from);
    const step = constant(p.step);
    const value = m.value.n.dividedBy(m.value.d);
    const at = (x: Decimal, up: boolean, strict = false): Target => ({ at: x, up, strict });
    const targets: Target[] = [];
    if (p.zeroBelow !== undefined) targets.push(at(constant(p.zeroBelow), true));
    // Raising the value (below, both under `from`) or lowering it (over): the full mark and one
    // step less short; a bonus (above, both over `from`): one step more.
    const lower = p.direction === "over";
    const raise = p.direction === "below" || (p.direction === "both" && value.lessThan(from));
    if (raise || lower) {
      const gap = lower ? value.minus(from) : from.minus(value);
      const count = countSteps({ n: gap.abs(), d: ONE }, step, p.rounding);
      targets.push(at(from, !lower));
      const sign = lower ? 1 : -1;
      if (p.rounding === "up")
        targets.push(at(from.plus(count.minus(1).times(step).times(sign)), !lower));
      else if (p.rounding === "down")
        targets.push(at(from.plus(count.times(step).times(sign)), !lower, true));
      else targets.push(at(value.minus(step.times(sign)), !lower));
    } else {
      const gap = Decimal.max(ZERO, value.minus(from));
      const count = countSteps({ n: gap, d: ONE }, step, p.rounding);
      if (p.rounding === "up") targets.push(at(from.plus(count.times(step)), true, true));
      else if (p.rounding === "down") targets.push(at(from.plus(count.plus(1).times(step)), true));
      else targets.push(at(value.plus(step), true));
    }
    return candidates(targets.flatMap((t) => valueTo(p.value, env, t)));
  },
});

/** The rule on decimal.js (the reference the scaled path must equal). */
export function evaluateDecimal(
  p: Params,
  env: RuleEnv,
  m: Measured,
): { score: Decimal; trace: string[] } {
  const from = constant(p.from);
  const step = constant(p.step);
  const points = constant(p.points);
  const unit = p.stepUnit ?? (m.unit === "%" ? "个百分点" : m.unit);
  const head = `${m.text}`;
  if (p.zeroBelow !== undefined && compareRatioText(m.value, p.zeroBelow) < 0) {
    return { score: ZERO, trace: [`${head}，低于 ${withUnit(p.zeroBelow, m.unit)}，本项不得分`] };
  }
  if (p.direction === "over" || p.direction === "both") return evaluateSides(p, env, m);
  const below = p.direction === "below";
  const gap: Ratio = below
    ? { n: from.times(m.value.d).minus(m.value.n), d: m.value.d }
    : { n: m.value.n.minus(from.times(m.value.d)), d: m.value.d };
  if (gap.n.lessThanOrEqualTo(0)) {
    return below
      ? { score: env.item.max, trace: [`${head}，达到 ${withUnit(p.from, m.unit)}`] }
      : { score: ZERO, trace: [`${head}，未超过 ${withUnit(p.from, m.unit)}，不加分`] };
  }
  const count = countSteps(gap, step, p.rounding);
  const amount = count.times(points);
  const gapText = showMeasured({ ...m, value: gap, unit: "" });
  const side = below ? "低于" : "超过";
  const verb = below ? "扣" : "加";
  const line = `${head}，${side} ${withUnit(p.from, m.unit)} 共 ${gapText} ${unit}，按每 ${n(step)} ${unit}${verb} ${n(points)} 分计 ${n(count)} 档${count.isInteger() && gapIsWhole(gap, step) ? "" : `（${roundingWords[p.rounding]}）`}，${verb} ${n(amount)} 分`;
  return { score: below ? env.item.max.minus(amount) : amount, trace: [line] };
}
