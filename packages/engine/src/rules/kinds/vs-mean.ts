/**
 * 与平均值比较: a cross-unit rule — the threshold is the mean of the value over the round's units
 * (plus an offset), and each step below it (or, for a ceiling, above it) costs points
 * (平均年龄不大于市级部门平均年龄的得2分，每超1岁扣0.5分; 不低于各地区平均值的得2分，每低1%扣0.1分).
 * The mean is exact (fractions), of every unit of the round with the value given. An optional
 * `bonus` adds for each step better than the threshold, up to its cap (高于全县平均水平的，每高出1
 * 个百分点加0.5分，最多加2分; 得分高于平均分的加1分): the threshold then scores the item's points
 * less the cap (docs/decisions/0303).
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
import { defineKind, type RuleProblem } from "../kind.js";
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
    /**
     * The addition on the better side of the threshold (above it for `below`, under it for
     * `over`): each step adds `points`, at most `cap`; at the threshold the item scores its points
     * less `cap` (docs/decisions/0303). Strictly better only: the mean itself adds nothing.
     */
    bonus: z
      .object({
        step: decimalText.refine((s) => Number(s) > 0, "加分每档幅度应大于 0"),
        points: decimalText.refine((s) => Number(s) > 0, "加分每档分值应大于 0"),
        cap: decimalText.refine((s) => Number(s) >= 0, "加分上限不能小于 0"),
        rounding: z.enum(["up", "down", "exact"]).default("down"),
      })
      .strict()
      .optional(),
  })
  .strict();

type Rounding = "up" | "down" | "exact";

/** Steps of `gap` (> 0) by `step` per rounding, and whether no rounding happened. */
function stepsOf(gap: Fraction, step: Fraction, rounding: Rounding) {
  const exact = toDecimal({ n: gap.n * step.d, d: gap.d * step.n });
  const steps =
    rounding === "exact" ? exact : new Decimal(wholeSteps(gap, step, rounding === "up").toString());
  const whole = compare({ n: gap.n * step.d, d: gap.d * step.n }, fromDecimal(steps)) === 0;
  return { steps, whole };
}

/** How a partial step counts, in words for the sentence. */
function partialWords(step: string, unit: string, rounding: Rounding): string {
  return {
    up: `不足 ${amount(step, unit)}按 ${amount(step, unit)}计`,
    down: `不足 ${amount(step, unit)}的部分不计`,
    exact: `不足 ${amount(step, unit)}的按比例计`,
  }[rounding];
}

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
    const bonus = p.bonus;
    if (bonus === undefined && gap.n <= 0n)
      return {
        score: env.item.max,
        trace: [`${m.text}，${base}，${below ? "不低于" : "不超过"}基准`],
      };
    const start = bonus === undefined ? env.item.max : env.item.max.minus(constant(bonus.cap));
    const startWords = `基准分 ${n(start)} 分`;
    if (bonus !== undefined && gap.n <= 0n) {
      if (gap.n === 0n)
        return { score: start, trace: [`${m.text}，${base}，等于基准，不加分（${startWords}）`] };
      const better = subtract(fraction(0n, 1n), gap);
      const bonusStep = fromDecimal(constant(bonus.step));
      const { steps, whole } = stepsOf(better, bonusStep, bonus.rounding);
      const cap = constant(bonus.cap);
      const raw = steps.times(constant(bonus.points));
      const added = Decimal.min(raw, cap);
      return {
        score: start.plus(added),
        trace: [
          `${m.text}，${base}，${below ? "高于" : "低于"}基准 ${describeFraction(better)} ${unit}，按每 ${n(constant(bonus.step))} ${unit}加 ${n(constant(bonus.points))} 分计 ${n(steps)} 档${whole ? "" : `（${roundingWords[bonus.rounding]}）`}，加 ${n(raw)} 分${raw.greaterThan(cap) ? `，最多加 ${n(cap)} 分` : ""}，${startWords}加 ${n(added)} 分`,
        ],
      };
    }
    const worse = below ? "低于" : "超过";
    if (constant(p.points).isZero())
      return {
        score: start,
        trace: [
          `${m.text}，${base}，${worse}基准，不扣分${bonus === undefined ? "" : `（${startWords}）`}`,
        ],
      };
    const { steps, whole } = stepsOf(gap, fromDecimal(constant(p.step)), p.rounding);
    const amount = steps.times(constant(p.points));
    return {
      score: start.minus(amount),
      trace: [
        `${m.text}，${base}，${worse}基准 ${describeFraction(gap)} ${unit}，按每 ${n(constant(p.step))} ${unit}扣 ${n(constant(p.points))} 分计 ${n(steps)} 档${whole ? "" : `（${roundingWords[p.rounding]}）`}，${bonus === undefined ? "" : startWords}扣 ${n(amount)} 分`,
      ],
    };
  },
  check(p, item) {
    if (p.bonus === undefined) return [];
    const cap = constant(p.bonus.cap);
    const out: RuleProblem[] = [];
    if (cap.greaterThan(item.max))
      out.push({
        at: "bonus.cap",
        code: "bonus_cap_above_max",
        message: `加分上限 ${n(cap)} 分超过本项分值 ${n(item.max)} 分：达到平均值的得分为本项分值减加分上限，不能小于 0`,
      });
    return out;
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const unit = p.stepUnit ?? (v.unit === "%" ? "个百分点" : v.unit);
    const offset = constant(p.offset);
    const base = offset.isZero()
      ? "本轮各单位的平均值"
      : `本轮各单位的平均值${offset.isNegative() ? "减" : "加"} ${amount(num(offset.abs().toFixed()), v.unit)}`;
    const below = p.direction === "below";
    const worse = below ? "低于" : "超过";
    const deduct = constant(p.points).isZero()
      ? `${worse}基准的不扣分`
      : `每${worse} ${amount(p.step, unit)}扣 ${pointsText(p.points)}，${partialWords(p.step, unit, p.rounding)}，扣完为止`;
    const bonus = p.bonus;
    if (bonus === undefined)
      return `以${base}为基准，${v.label}${below ? "不低于" : "不超过"}基准的得满分；${deduct}`;
    const start = constant(env.item.max).minus(constant(bonus.cap));
    return `以${base}为基准，${v.label}等于基准的得 ${pointsText(start.toFixed())}；每${below ? "高于" : "低于"} ${amount(bonus.step, unit)}加 ${pointsText(bonus.points)}，${partialWords(bonus.step, unit, bonus.rounding)}，最多加 ${pointsText(bonus.cap)}；${deduct}`;
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
    const bonus = p.bonus;
    if (gap.n <= 0n && bonus === undefined) return { candidates: [] };
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
    const zero = fraction(0n, 1n);
    const targets: Target[] = [];
    if (gap.n > 0n) {
      // The mean itself (no deduction), and one step less short, per rounding.
      targets.push(at(zero, false));
      if (p.rounding === "up")
        targets.push(at(multiply(fraction(wholeSteps(gap, step, true) - 1n, 1n), step), false));
      else if (p.rounding === "down")
        targets.push(at(multiply(fraction(wholeSteps(gap, step, false), 1n), step), true));
      else if (subtract(gap, step).n > 0n) targets.push(at(subtract(gap, step), false));
    }
    if (bonus !== undefined && constant(bonus.cap).greaterThan(0)) {
      // Better than the threshold by b adds min(cap, steps(b) × points): the next step, and the
      // cap (gap(x) ≤ −b; strictly more than (k − 1) steps when a partial step counts as one).
      const bonusStep = fromDecimal(constant(bonus.step));
      const better = gap.n < 0n ? subtract(zero, gap) : zero;
      const negate = (f: Fraction) => subtract(zero, f);
      const capSteps = constant(bonus.cap).dividedBy(constant(bonus.points)).ceil();
      const capBetter = multiply(fromDecimal(capSteps), bonusStep);
      const toSteps = (k: bigint): Target =>
        bonus.rounding === "up"
          ? at(negate(multiply(fraction(k - 1n, 1n), bonusStep)), true)
          : at(negate(multiply(fraction(k, 1n), bonusStep)), false);
      if (bonus.rounding === "exact") {
        const next = add(better, bonusStep);
        targets.push(at(negate(compare(next, capBetter) < 0 ? next : capBetter), false));
        targets.push(at(negate(capBetter), false));
      } else {
        const k = wholeSteps(better, bonusStep, bonus.rounding === "up") + 1n;
        const cap = BigInt(capSteps.toFixed());
        if (k <= cap) targets.push(toSteps(k));
        if (k < cap) targets.push(toSteps(cap));
      }
    }
    return candidates(targets.flatMap((t) => valueTo(p.value, env, t)));
  },
});
