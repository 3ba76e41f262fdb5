/**
 * 按第1名的比例得分: a cross-unit rule — the best unit of the round earns the points, the others
 * the points × their value ÷ the best value (or best ÷ theirs when lower is better); optionally
 * only the first N places score (第1名得6分，第2-5名按第1名的比例得分). Exact fractions; `places`
 * rounds half-up when the rubric says so.
 */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import {
  compare,
  describeFraction,
  divide,
  fromDecimal,
  fromRatio,
  fractionText,
  multiply,
  parseFraction,
  toDecimal,
  type Fraction,
} from "../../rational.js";
import { n, withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import { explainValue, measure, sourceSpecSchema, valueItems, valueRefs } from "../value-spec.js";
import { awardVerb, points as pointsText } from "../wording.js";
import { candidates, nextScore, valueTo, type Target } from "../improve-values.js";

const params = z
  .object({
    /** A fact, a ratio, or another item's score (按第3项得分比较, docs/decisions/0293). */
    value: sourceSpecSchema,
    /** `desc`: the highest value is best; `asc`: the lowest is. */
    order: z.enum(["desc", "asc"]),
    /** The best unit's points; default the item's points. */
    points: decimalText.optional(),
    /** Only places 1…upTo score; the others 0. */
    upTo: z.number().int().min(1).optional(),
    places: z.number().int().min(0).max(10).optional(),
  })
  .strict();

/** Proportional-to-the-best kind; its round context is `{ values: "n/d"[] }`. */
export const bestRatio = defineKind({
  id: "bestRatio",
  name: "按最优单位比例得分",
  description:
    "跨单位规则：本轮数值最优的单位得满分，其他单位按与最优值的比例得分（可只让前几名得分）。",
  params,
  refs: (p) => valueRefs(p.value, "value"),
  items: (p) => valueItems(p.value, "value"),
  crossUnit: {
    collect: (p, env) => {
      const m = measure(p.value, env);
      return m === undefined ? undefined : fractionText(fromRatio(m.value));
    },
    combine: (_p, values) => ({ values: values.filter((v): v is string => typeof v === "string") }),
  },
  evaluate(p, env) {
    const m = measure(p.value, env);
    if (m === undefined) return { score: ZERO, trace: ["未填写可计算的数据，不参与比较"] };
    const own = fromRatio(m.value);
    const listed = (env.context as { values?: string[] } | undefined)?.values ?? [];
    const all = listed.map(parseFraction).filter((f): f is Fraction => f !== undefined);
    if (all.length === 0) all.push(own);
    const sign = p.order === "desc" ? 1 : -1;
    const best = all.reduce((a, b) => (sign * compare(b, a) > 0 ? b : a), own);
    const place = 1 + all.filter((o) => sign * compare(o, own) > 0).length;
    const points = p.points === undefined ? env.item.max : constant(p.points);
    const head = `${m.text}，本轮 ${all.length} 个单位中最优为 ${withUnit(describeFraction(best), m.unit)}，排第 ${place} 名`;
    if (p.upTo !== undefined && place > p.upTo)
      return { score: ZERO, trace: [`${head}，不在前 ${p.upTo} 名，不得分`] };
    const share = p.order === "desc" ? [own, best] : [best, own];
    const [top, bottom] = share as [Fraction, Fraction];
    if (bottom.n === 0n) {
      // desc: the best value is 0, so every unit's is; asc: this unit's 0 is the best.
      const best0 = p.order === "desc";
      return {
        score: best0 ? ZERO : points,
        trace: [`${head}，${best0 ? "最优值为 0，不得分" : "为最优"}`],
      };
    }
    const exactFraction = multiply(fromDecimal(points), divide(top, bottom));
    const exact = toDecimal(exactFraction);
    const score =
      p.places === undefined ? exact : exact.toDecimalPlaces(p.places, Decimal.ROUND_HALF_UP);
    const rounded = score.equals(exact)
      ? ""
      : `（${describeFraction(exactFraction)}，四舍五入保留 ${p.places} 位小数）`;
    const formula = p.order === "desc" ? "本单位值 ÷ 最优值" : "最优值 ÷ 本单位值";
    return {
      score,
      trace: [`${head}，按 ${n(points)} 分 × ${formula}计 ${n(score)} 分${rounded}`],
    };
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const full = p.points === undefined ? pointsText(env.item.max) : pointsText(p.points);
    const ratio = p.order === "desc" ? "本单位数值 ÷ 最高值" : "最低值 ÷ 本单位数值";
    const who = p.upTo === undefined ? "其他单位" : `第 2 至第 ${p.upTo} 名`;
    const verb = awardVerb(env.item);
    const rest = p.upTo === undefined ? "" : `，第 ${p.upTo} 名以后不${verb}分`;
    const places = p.places === undefined ? "" : `，四舍五入保留 ${p.places} 位小数`;
    return `按${v.label}在本轮所有单位中比较（${p.order === "desc" ? "数值高者为优" : "数值低者为优"}），第 1 名${verb} ${full}，${who}按 ${full} × ${ratio}${verb}分${rest}${places}`;
  },
  improve(p, env) {
    if ("itemScore" in p.value)
      return {
        reason: `此项按${env.itemName(p.value.itemScore)}得分与最优单位比较，提高该项得分即可`,
      };
    const m = measure(p.value, env);
    if (m === undefined) return { candidates: [] };
    const points = p.points === undefined ? env.item.max : constant(p.points);
    if (!points.greaterThan(0)) return { candidates: [] };
    const own = fromRatio(m.value);
    // The other units' values, best first (this unit's own value once removed).
    const others = ((env.context as { values?: string[] } | undefined)?.values ?? [])
      .map(parseFraction)
      .filter((f): f is Fraction => f !== undefined);
    const self = others.findIndex((o) => compare(o, own) === 0);
    if (self >= 0) others.splice(self, 1);
    const desc = p.order === "desc";
    const sign = desc ? 1 : -1;
    others.sort((a, b) => sign * compare(b, a));
    const best = others[0];
    if (best === undefined) return { candidates: [] };
    // Equal to the best: the full points.
    const targets: Target[] = [{ at: toDecimal(best), up: desc, strict: false }];
    const place = 1 + others.filter((o) => sign * compare(o, own) > 0).length;
    const last = p.upTo === undefined ? undefined : others[p.upTo - 1];
    if (last !== undefined && p.upTo !== undefined && place > p.upTo) {
      // Equal to the last scoring place's value (ties share a place).
      targets.push({ at: toDecimal(last), up: desc, strict: false });
    } else if (desc ? best.n > 0n : own.n > 0n) {
      // The next 0.01 point: points × own ÷ best (desc) or points × best ÷ own (asc).
      const share = desc ? divide(own, best) : divide(best, own);
      const exact = toDecimal(multiply(fromDecimal(points), share));
      const now =
        p.places === undefined ? exact : exact.toDecimalPlaces(p.places, Decimal.ROUND_HALF_UP);
      const need = nextScore(now, p.places);
      const b = toDecimal(best);
      if (need.greaterThan(0))
        targets.push(
          desc
            ? { at: need.times(b).dividedBy(points), up: true, strict: false }
            : { at: points.times(b).dividedBy(need), up: false, strict: false },
        );
    }
    return candidates(targets.flatMap((t) => valueTo(p.value, env, t)));
  },
});
