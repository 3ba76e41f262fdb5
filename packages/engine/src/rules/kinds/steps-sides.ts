/**
 * The two directions of 阶梯计分 added for real rubrics: `over`, a ceiling (每超平均年龄1岁的扣0.5分:
 * max − steps above `from`), and `both`, two-sided (每增(减)1个百分点加(减)5分: `base` ± steps).
 * decimal.js only (the scaled path in steps.ts covers `below` and `above`).
 */
import { constant, countSteps, type Decimal, type Ratio } from "../../decimal.js";
import { n, withUnit } from "../../text.js";
import type { RuleEnv } from "../kind.js";
import { showMeasured, type Measured } from "../value-spec.js";
import { roundingWords, type Params } from "./steps.js";

/** Steps of `over` and `both`, with the trace line. */
export function evaluateSides(
  p: Params,
  env: RuleEnv,
  m: Measured,
): { score: Decimal; trace: string[] } {
  const from = constant(p.from);
  const step = constant(p.step);
  const unit = p.stepUnit ?? (m.unit === "%" ? "个百分点" : m.unit);
  const head = m.text;
  // value − from, as a ratio over the value's denominator.
  const diff: Ratio = { n: m.value.n.minus(from.times(m.value.d)), d: m.value.d };
  const base = p.direction === "both" && p.base !== undefined ? constant(p.base) : env.item.max;
  if (diff.n.isZero() || (p.direction === "over" && diff.n.isNegative())) {
    const word = p.direction === "over" ? "未超过" : "等于";
    return { score: base, trace: [`${head}，${word} ${withUnit(p.from, m.unit)}`] };
  }
  const above = diff.n.isPositive();
  const gap: Ratio = above ? diff : { n: diff.n.negated(), d: diff.d };
  const points = constant(above && p.pointsAbove !== undefined ? p.pointsAbove : p.points);
  const count = countSteps(gap, step, p.rounding);
  const amount = count.times(points);
  const verb = p.direction === "over" || !above ? "扣" : "加";
  const side = above ? "超过" : "低于";
  const whole = countSteps(gap, step, "exact").isInteger();
  const line = `${head}，${side} ${withUnit(p.from, m.unit)} 共 ${showMeasured({ ...m, value: gap, unit: "" })} ${unit}，按每 ${n(step)} ${unit}${verb} ${n(points)} 分计 ${n(count)} 档${whole ? "" : `（${roundingWords[p.rounding]}）`}，${verb} ${n(amount)} 分`;
  return { score: verb === "加" ? base.plus(amount) : base.minus(amount), trace: [line] };
}
