/**
 * 与平均值比较: a cross-unit rule — the threshold is the mean of the value over the round's units
 * (plus an offset), and each step below it (or, for a ceiling, above it) costs points
 * (平均年龄不大于市级部门平均年龄的得2分，每超1岁扣0.5分; 不低于各地区平均值的得2分，每低1%扣0.1分).
 * The mean is exact (fractions), of every unit of the round with the value given.
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import {
  add,
  compare,
  describeFraction,
  divide,
  fraction,
  multiply,
  fromDecimal,
  fromRatio,
  fractionText,
  mean,
  parseFraction,
  subtract,
  toDecimal,
  wholeSteps,
  type Fraction,
} from "../../rational.js";
import { n, withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import { explainValue, measure, sourceSpecSchema, valueItems, valueRefs } from "../value-spec.js";
import { amount, num, points as pointsText } from "../wording.js";
import { roundingWords } from "./steps.js";
import { candidates, valueTo, type Target } from "../improve-values.js";

const params = z
  .object({
    /** A fact, a ratio, or another item's score (本项得分低于全县平均分, docs/decisions/0293). */
    value: sourceSpecSchema,
    /** `below`: steps below the mean cost points; `over`: steps above it do (lower is better). */
    direction: z.enum(["below", "over"]),
    /** Added to the mean to make the threshold (平均占比加5个百分点); default 0. */
    offset: decimalText.default("0"),
    step: decimalText.refine((s) => Number(s) > 0, "step 应大于 0"),
    points: decimalText,
    rounding: z.enum(["up", "down", "exact"]),
    stepUnit: z.string().optional(),
  })
  .strict();

/** Mean-of-the-round kind; its round context is `{ mean: "n/d" | null, count }`. */
export const vsMean = defineKind({
  id: "vsMean",
  name: "与平均值比较",
  description:
    "跨单位规则：以本轮各单位该数值的平均值（可加减一个幅度）为基准，达到基准得满分，每低于（或超过）一档扣分。",
  params,
  refs: (p) => valueRefs(p.value, "value"),
  items: (p) => valueItems(p.value, "value"),
  crossUnit: {
    collect: (p, env) => {
      const m = measure(p.value, env);
      return m === undefined ? undefined : fractionText(fromRatio(m.value));
    },
    combine: (_p, values) => {
      const all = values.map(parseFraction).filter((f): f is Fraction => f !== undefined);
      return { mean: all.length === 0 ? null : fractionText(mean(all)), count: all.length };
    },
  },
  evaluate(p, env) {
    const m = measure(p.value, env);
    if (m === undefined) return { score: ZERO, trace: ["未填写可计算的数据，不计分"] };
    const own = fromRatio(m.value);
    const context = env.context as { mean?: string | null; count?: number } | undefined;
    const avg = parseFraction(context?.mean) ?? own;
    const count = context?.count ?? 1;
    const offset = fromDecimal(constant(p.offset));
    const threshold = add(avg, offset);
    const unit = p.stepUnit ?? (m.unit === "%" ? "个百分点" : m.unit);
    const base = `本轮 ${count} 个单位平均 ${withUnit(describeFraction(avg), m.unit)}${offset.n === 0n ? "" : `，加 ${withUnit(p.offset, m.unit)}为 ${withUnit(describeFraction(threshold), m.unit)}`}`;
    const below = p.direction === "below";
    const gap = below ? subtract(threshold, own) : subtract(own, threshold);
    if (gap.n <= 0n)
      return {
        score: env.item.max,
        trace: [`${m.text}，${base}，${below ? "不低于" : "不超过"}基准`],
      };
    const step = fromDecimal(constant(p.step));
    const exact = toDecimal({ n: gap.n * step.d, d: gap.d * step.n });
    const steps =
      p.rounding === "exact"
        ? exact
        : new Decimal(wholeSteps(gap, step, p.rounding === "up").toString());
    const whole = compare({ n: gap.n * step.d, d: gap.d * step.n }, fromDecimal(steps)) === 0;
    const amount = steps.times(constant(p.points));
    return {
      score: env.item.max.minus(amount),
      trace: [
        `${m.text}，${base}，${below ? "低于" : "超过"}基准 ${describeFraction(gap)} ${unit}，按每 ${n(constant(p.step))} ${unit}扣 ${n(constant(p.points))} 分计 ${n(steps)} 档${whole ? "" : `（${roundingWords[p.rounding]}）`}，扣 ${n(amount)} 分`,
      ],
    };
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const unit = p.stepUnit ?? (v.unit === "%" ? "个百分点" : v.unit);
    const offset = constant(p.offset);
    const base = offset.isZero()
      ? "本轮各单位的平均值"
      : `本轮各单位的平均值${offset.isNegative() ? "减" : "加"} ${amount(num(offset.abs().toFixed()), v.unit)}`;
    const below = p.direction === "below";
    const partial = {
      up: `不足 ${amount(p.step, unit)}按 ${amount(p.step, unit)}计`,
      down: `不足 ${amount(p.step, unit)}的部分不计`,
      exact: `不足 ${amount(p.step, unit)}的按比例计`,
    }[p.rounding];
    return `以${base}为基准，${v.label}${below ? "不低于" : "不超过"}基准的得满分；每${below ? "低于" : "超过"} ${amount(p.step, unit)}扣 ${pointsText(p.points)}，${partial}，扣完为止`;
  },
  improve(p, env) {
    if ("itemScore" in p.value)
      return {
        reason: `此项按${env.itemName(p.value.itemScore)}得分与本轮平均分比较，提高该项得分即可`,
      };
    const m = measure(p.value, env);
    if (m === undefined) return { candidates: [] };
    const context = env.context as { mean?: string | null; count?: number } | undefined;
    const avg = parseFraction(context?.mean);
    const count = context?.count ?? 1;
    // Alone in the round the mean is the unit's own value: moving it moves the mean as much.
    if (avg === undefined || count < 2) return { candidates: [] };
    const own = fromRatio(m.value);
    const below = p.direction === "below";
    const offset = fromDecimal(constant(p.offset));
    const threshold = add(avg, offset);
    const gap = below ? subtract(threshold, own) : subtract(own, threshold);
    if (gap.n <= 0n) return { candidates: [] };
    const step = fromDecimal(constant(p.step));
    // The mean moves with the unit's value x: n × threshold(x) = the others' sum + x + n × offset,
    // so gap(x) ≤ G ⇔ x ≥ (rest − n·G) ÷ (n − 1) below, x ≤ (rest + n·G) ÷ (n − 1) over.
    const n = fraction(BigInt(count), 1n);
    const rest = add(subtract(multiply(avg, n), own), multiply(n, offset));
    const at = (G: Fraction, strict: boolean): Target => ({
      at: toDecimal(
        divide(
          below ? subtract(rest, multiply(n, G)) : add(rest, multiply(n, G)),
          fraction(BigInt(count - 1), 1n),
        ),
      ),
      up: below,
      strict,
    });
    // The mean itself (full points), and one step less short, per rounding.
    const targets = [at(fraction(0n, 1n), false)];
    if (p.rounding === "up")
      targets.push(at(multiply(fraction(wholeSteps(gap, step, true) - 1n, 1n), step), false));
    else if (p.rounding === "down")
      targets.push(at(multiply(fraction(wholeSteps(gap, step, false), 1n), step), true));
    else if (subtract(gap, step).n > 0n) targets.push(at(subtract(gap, step), false));
    return candidates(targets.flatMap((t) => valueTo(p.value, env, t)));
  },
});
