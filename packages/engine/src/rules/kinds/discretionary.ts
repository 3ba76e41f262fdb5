/** 酌情打分 / 酌情扣分: the assessor's score (or deduction) within [0, max], entered as a fact. */
import { z } from "zod";
import type { Decimal } from "../../decimal.js";
import { n } from "../../text.js";
import { defineKind } from "../kind.js";
import type { FactDeclaration } from "../../facts/declaration.js";
import { points } from "../wording.js";

/** "0.5 至 1 分" for a fact that is 0 or within [min, max] (扣0.5-1分), else undefined. */
function rangeOf(decl: FactDeclaration | undefined): string | undefined {
  if (decl?.orZero !== true || decl.min === undefined || decl.max === undefined) return undefined;
  return `${decl.min} 至 ${points(decl.max)}`;
}

const params = z.object({ fact: z.string().min(1) }).strict();

/** Discretionary score kind: the score is the fact. */
export const discretionary = defineKind({
  id: "discretionary",
  improve: () => ({ reason: "此项由考核人员酌情评分，不能通过修改本单位的数据提高" }),
  lessen: () => ({ reason: "从总分中扣除的分数由考核人员酌情确定，不能通过修改本单位的数据减少" }),
  name: "酌情打分",
  description: "由考核人员在 0 至满分之间酌情打分，分数即为录入值。",
  params,
  refs: (p) => [{ ref: p.fact, at: "fact", accepts: ["number"] }],
  evaluate(p, env) {
    const value = env.get(p.fact) as Decimal;
    return { score: value, trace: [`考核人员酌情打分 ${n(value)} 分`] };
  },
  explain: (p, env) => {
    const r = rangeOf(env.decl(p.fact));
    return r === undefined
      ? `由考核人员在 0 至 ${points(env.item.max)}之间酌情打分（${env.label(p.fact)}）`
      : `由考核人员酌情加分：不加分，或加 ${r}（${env.label(p.fact)}）`;
  },
});

/** Discretionary deduction kind: max − the fact. */
export const discretionaryDeduction = defineKind({
  id: "discretionaryDeduction",
  improve: () => ({ reason: "此项由考核人员酌情扣分，不能通过修改本单位的数据提高" }),
  lessen: () => ({ reason: "从总分中扣除的分数由考核人员酌情确定，不能通过修改本单位的数据减少" }),
  name: "酌情扣分",
  description: "由考核人员酌情确定扣分，得分为满分减去扣分。",
  params,
  refs: (p) => [{ ref: p.fact, at: "fact", accepts: ["number"] }],
  evaluate(p, env) {
    const value = env.get(p.fact) as Decimal;
    return {
      score: env.item.max.minus(value),
      trace: [`${env.decl(p.fact).label}：考核人员酌情扣 ${n(value)} 分`],
    };
  },
  explain: (p, env) => {
    const r = rangeOf(env.decl(p.fact));
    return r === undefined
      ? `由考核人员酌情扣分（${env.label(p.fact)}），扣完为止`
      : `由考核人员酌情扣分：不扣分，或扣 ${r}（${env.label(p.fact)}），扣完为止`;
  },
});
