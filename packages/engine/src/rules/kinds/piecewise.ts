/**
 * 分段阶梯: a different step per band of the value, each band counting only its own part of the
 * value (捐款1000元以内每100元加1分、1000—5000元每400元加1分, each band 最多加10分; 低于90%每1个百分点扣0.5分、
 * 低于80%每1个百分点扣1分). `above` counts the part of each band below the value (a bonus, or a
 * deduction with `mode: "deduct"`); `below` the part above it (a shortfall, deducted).
 */
import { z } from "zod";
import { constant, countSteps, Decimal, ZERO, type Ratio } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { n, withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import {
  explainValue,
  measure,
  showMeasured,
  valueRefs,
  valueItems,
  scoreReason,
  sourceSpecSchema,
} from "../value-spec.js";
import { amount, points as pointsText } from "../wording.js";
import { candidates, valueTo, type Target } from "../improve-values.js";

const piece = z
  .object({
    from: decimalText,
    /** The band's upper end; leave it out for an open last band of `above`. */
    to: decimalText.optional(),
    step: decimalText.refine((s) => Number(s) > 0, "step 应大于 0"),
    points: decimalText,
    /** This band gives at most so many points. */
    cap: decimalText.optional(),
  })
  .strict()
  .refine((x) => x.to === undefined || Number(x.to) > Number(x.from), "to 应大于 from");
const params = z
  .object({
    value: sourceSpecSchema,
    direction: z.enum(["above", "below"]),
    /** `award`: the bands' points are the score; `deduct`: they are taken from the item's points. */
    mode: z.enum(["award", "deduct"]),
    pieces: z.array(piece).min(1),
    rounding: z.enum(["up", "down", "exact"]),
    stepUnit: z.string().optional(),
  })
  .strict()
  .refine((p) => p.direction === "above" || p.pieces.every((x) => x.to !== undefined), {
    message: "低于方向的每一段都须给出上限 to",
    path: ["pieces"],
  });

/** The part of [from, to) on the counted side of the value, as a ratio (≥ 0). */
function partOf(v: Ratio, from: Decimal, to: Decimal | undefined, above: boolean): Ratio {
  const clamp = (x: Decimal) => x.times(v.d);
  let lo = clamp(from);
  let hi = to === undefined ? v.n : clamp(to);
  if (above) hi = Decimal.min(hi, v.n);
  else lo = Decimal.max(lo, v.n);
  return { n: Decimal.max(ZERO, hi.minus(lo)), d: v.d };
}

/** Piecewise steps kind. */
export const piecewise = defineKind({
  id: "piecewise",
  name: "分段阶梯",
  description:
    "数值分成几段，每段有自己的每档幅度和分值（可设每段最多分值），各段分别计档后相加；用于加分或扣分。",
  params,
  refs: (p) => valueRefs(p.value, "value"),
  items: (p) => valueItems(p.value, "value"),
  evaluate(p, env) {
    const m = measure(p.value, env);
    if (m === undefined) return { score: ZERO, trace: ["未填写可计算的数据，不计分"] };
    const unit = p.stepUnit ?? (m.unit === "%" ? "个百分点" : m.unit);
    const verb = p.mode === "deduct" ? "扣" : "加";
    let total = ZERO;
    const parts: string[] = [];
    for (const x of p.pieces) {
      const from = constant(x.from);
      const to = x.to === undefined ? undefined : constant(x.to);
      const part = partOf(m.value, from, to, p.direction === "above");
      const band =
        x.to === undefined
          ? `${withUnit(x.from, m.unit)}以上`
          : `${withUnit(x.from, m.unit)}至${withUnit(x.to, m.unit)}`;
      if (part.n.isZero()) continue;
      const count = countSteps(part, constant(x.step), p.rounding);
      let amount = count.times(constant(x.points));
      let note = "";
      if (x.cap !== undefined && amount.greaterThan(constant(x.cap))) {
        amount = constant(x.cap);
        note = `，此段最多${verb} ${x.cap} 分`;
      }
      total = total.plus(amount);
      parts.push(
        `${band}段计 ${withUnit(showMeasured({ ...m, value: part, unit: "" }), unit)}，每 ${withUnit(n(constant(x.step)), unit)}${verb} ${n(constant(x.points))} 分，计 ${n(count)} 档，${verb} ${n(amount)} 分${note}`,
      );
    }
    const detail =
      parts.length === 0 ? `不${verb}分` : `${parts.join("；")}；共${verb} ${n(total)} 分`;
    return {
      score: p.mode === "deduct" ? env.item.max.minus(total) : total,
      trace: [`${m.text}，${detail}`],
    };
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const unit = p.stepUnit ?? (v.unit === "%" ? "个百分点" : v.unit);
    const verb = p.mode === "deduct" ? "扣" : "加";
    const side = p.direction === "above" ? "超过" : "低于";
    const each = p.pieces.map((x) => {
      const band =
        x.to === undefined
          ? `${amount(x.from, v.unit)}以上的部分`
          : p.direction === "above"
            ? `${amount(x.from, v.unit)}至 ${amount(x.to, v.unit)}之间的部分`
            : `${amount(x.to, v.unit)}以下至 ${amount(x.from, v.unit)}的部分`;
      const cap = x.cap === undefined ? "" : `，此段最多${verb} ${pointsText(x.cap)}`;
      return `${band}每${side === "超过" ? "" : "低"} ${amount(x.step, unit)}${verb} ${pointsText(x.points)}${cap}`;
    });
    const partial = { up: "不足一档按一档计", down: "不足一档的不计", exact: "不足一档的按比例计" }[
      p.rounding
    ];
    return `按${v.label}分段计分：${each.join("；")}；各段相加，${partial}${p.mode === "deduct" ? "，扣完为止" : ""}`;
  },
  improve(p, env) {
    const on = scoreReason(p.value, env);
    if (on !== undefined) return on;
    const m = measure(p.value, env);
    if (m === undefined) return { candidates: [] };
    const value = m.value.n.dividedBy(m.value.d);
    // Better is a higher value for a bonus above (每超过…加) and a shortfall below (每低…扣),
    // a lower one for a deduction above (每超过…扣) and an award below.
    const up = (p.direction === "above") === (p.mode === "award");
    const targets: Target[] = [];
    const toward = (x: Decimal) => {
      if (up ? x.lessThan(value) : x.greaterThan(value)) return;
      // On the point itself (a whole number of steps) or just past it: rounding decides which.
      targets.push({ at: x, up, strict: false }, { at: x, up, strict: true });
    };
    for (const x of p.pieces) {
      const from = constant(x.from);
      const to = x.to === undefined ? undefined : constant(x.to);
      const step = constant(x.step);
      const inside = (g: Decimal) =>
        g.greaterThanOrEqualTo(from) && (to === undefined || g.lessThanOrEqualTo(to));
      // The band's breakpoints, and its step boundaries next to the value (each band counts
      // from its lower end above, from its upper end below).
      toward(from);
      if (to !== undefined) toward(to);
      const origin = p.direction === "above" ? from : (to as Decimal);
      const k = value.minus(origin).dividedBy(step).floor();
      for (const j of [-1, 0, 1, 2]) {
        const g = origin.plus(k.plus(j).times(step));
        if (inside(g)) toward(g);
      }
      for (const g of [origin.plus(step), origin.minus(step)]) if (inside(g)) toward(g);
      if (p.rounding === "exact") toward(up ? value.plus(step) : value.minus(step));
    }
    return candidates(targets.flatMap((t) => valueTo(p.value, env, t)));
  },
});
