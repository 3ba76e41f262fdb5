/** 数量不足扣分: at least `quota` (不少于5篇), −points for each one short. */
import { z } from "zod";
import { constant, Decimal, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { fact, n, withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import { amount, points } from "../wording.js";
import { unitOf } from "../../facts/declaration.js";
import { candidates, factTo } from "../improve-values.js";

const params = z
  .object({ fact: z.string().min(1), quota: decimalText, points: decimalText })
  .strict();

/** Quota shortfall kind. */
export const quota = defineKind({
  id: "quota",
  name: "数量不足扣分",
  description: "要求数量不少于规定数，每少一个扣若干分，扣完为止。",
  params,
  refs: (p) => [{ ref: p.fact, at: "fact", accepts: ["number"] }],
  evaluate(p, env) {
    const decl = env.decl(p.fact);
    const value = env.get(p.fact) as Decimal;
    const target = constant(p.quota);
    const points = constant(p.points);
    const unit = decl.unit ?? "";
    const short = Decimal.max(ZERO, target.minus(value));
    if (short.isZero())
      return {
        score: env.item.max,
        trace: [`${fact(decl, value)}，达到不少于 ${withUnit(n(target), unit)}的要求`],
      };
    const cut = short.times(points);
    return {
      score: env.item.max.minus(cut),
      trace: [
        `${fact(decl, value)}，比要求的 ${withUnit(n(target), unit)}少 ${withUnit(n(short), unit)}，每少 ${withUnit("1", unit || "个")}扣 ${n(points)} 分，扣 ${n(cut)} 分`,
      ],
    };
  },
  explain(p, env) {
    const decl = env.decl(p.fact);
    const unit = decl === undefined ? "" : unitOf(decl);
    return `${env.label(p.fact)}应不少于 ${amount(p.quota, unit)}，每少 1 ${unit || "个"}扣 ${points(p.points)}，扣完为止`;
  },
  improve(p, env) {
    const value = env.get(p.fact);
    if (!(value instanceof Decimal)) return { candidates: [] };
    const target = constant(p.quota);
    // One fewer short, and the quota itself.
    const next = Decimal.min(target, value.floor().plus(1));
    return candidates([
      ...factTo(env, p.fact, { at: next, up: true, strict: false }),
      ...factTo(env, p.fact, { at: target, up: true, strict: false }),
    ]);
  },
});
