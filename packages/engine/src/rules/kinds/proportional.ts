/**
 * 按比例得分 / 折算: points × value ÷ reference — 按完成比例得分 (a completion rate of 100),
 * or an external score rescaled to this item (工作绩效得分 ÷ 100 × 本项分值). Exact; `places`
 * rounds half-up when the rubric says so.
 */
import { z } from "zod";
import { constant, Decimal, describeRatio, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { n, withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import {
  explainValue,
  measure,
  valueRefs,
  valueItems,
  scoreReason,
  sourceSpecSchema,
} from "../value-spec.js";
import { amount, awardVerb, points as pointsText } from "../wording.js";
import { candidates, nextScore, valueTo, type Target } from "../improve-values.js";

const params = z
  .object({
    value: sourceSpecSchema,
    /** The value that earns the full points: the target (100%) or the external score's maximum. */
    of: decimalText.refine((s) => Number(s) > 0, "of 应大于 0"),
    /** The points at `of`; default the item's points. */
    points: decimalText.optional(),
    /** Round the score half-up to so many places (保留两位小数); default exact. */
    places: z.number().int().min(0).max(10).optional(),
  })
  .strict();

/** Proportional / rescaling kind. */
export const proportional = defineKind({
  id: "proportional",
  name: "按比例得分",
  description:
    "得分 = 分值 × 实际值 ÷ 参照值：按完成比例得分，或把外部考核得分折算为本项分值；超过满分按满分计。",
  params,
  refs: (p) => valueRefs(p.value, "value"),
  items: (p) => valueItems(p.value, "value"),
  evaluate(p, env) {
    const m = measure(p.value, env);
    if (m === undefined) return { score: ZERO, trace: ["未填写可计算的数据，不计分"] };
    const points = p.points === undefined ? env.item.max : constant(p.points);
    const exact = points.times(m.value.n).dividedBy(m.value.d.times(constant(p.of)));
    const score =
      p.places === undefined ? exact : exact.toDecimalPlaces(p.places, Decimal.ROUND_HALF_UP);
    const rounded = score.equals(exact)
      ? ""
      : `（${n(exact.toDecimalPlaces(6))}… 四舍五入保留 ${p.places} 位小数）`;
    return {
      score,
      trace: [
        `${m.text}，按 ${withUnit(p.of, m.unit)}计 ${n(points)} 分折算：${n(points)} × ${describeRatio(m.value)} ÷ ${p.of} = ${n(score)} 分${rounded}`,
      ],
    };
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const full = p.points === undefined ? pointsText(env.item.max) : pointsText(p.points);
    const places = p.places === undefined ? "" : `，四舍五入保留 ${p.places} 位小数`;
    const verb = awardVerb(env.item);
    return `按${v.label}的比例${verb}分：达到 ${amount(p.of, v.unit)} ${verb} ${full}，${verb}分 = ${full.replace(" 分", "")} × ${v.label} ÷ ${amount(p.of, v.unit)}${places}，超过满分的按满分计`;
  },
  improve(p, env) {
    const on = scoreReason(p.value, env);
    if (on !== undefined) return on;
    const m = measure(p.value, env);
    if (m === undefined) return { candidates: [] };
    const points = p.points === undefined ? env.item.max : constant(p.points);
    if (!points.greaterThan(0)) return { candidates: [] };
    const of = constant(p.of);
    const exact = points.times(m.value.n).dividedBy(m.value.d.times(of));
    const now =
      p.places === undefined ? exact : exact.toDecimalPlaces(p.places, Decimal.ROUND_HALF_UP);
    // The value that gives the next 0.01 point (or the next unit of the rounding), and the value
    // that gives the item's full points: score ≥ s ⇔ value ≥ s × of ÷ points.
    const valueFor = (score: Decimal): Target => ({
      at: score.times(of).dividedBy(points),
      up: true,
      strict: false,
    });
    return candidates(
      [valueFor(nextScore(now, p.places)), valueFor(env.item.max)].flatMap((t) =>
        valueTo(p.value, env, t),
      ),
    );
  },
});
