/**
 * 首个完成: a cross-unit rule — the unit(s) of the round with the earliest date of reaching a
 * target earn points; all units tied on that date get them. Units without the date, or whose
 * qualifying value is below the target, are not candidates.
 */
import { z } from "zod";
import { constant, Decimal, ratioOf, ZERO } from "../../decimal.js";
import { compareRatioText } from "../../scaled.js";
import { decimalText } from "../../facts/declaration.js";
import { fact, n } from "../../text.js";
import { defineKind, type RuleEnv } from "../kind.js";
import { amount, points } from "../wording.js";
import { unitOf } from "../../facts/declaration.js";

const params = z
  .object({
    date: z.string().min(1),
    qualify: z
      .object({ fact: z.string().min(1), gte: decimalText })
      .strict()
      .optional(),
    points: decimalText,
  })
  .strict();
type Params = z.output<typeof params>;

/** This unit's candidate date, or why it is not a candidate. */
function candidate(p: Params, env: RuleEnv): { date: string } | { reason: string } {
  const date = env.get(p.date);
  if (typeof date !== "string") return { reason: `${env.decl(p.date).label}：未填写，不参与评比` };
  if (p.qualify !== undefined) {
    const v = env.get(p.qualify.fact);
    if (!(v instanceof Decimal) || compareRatioText(ratioOf(v), p.qualify.gte) < 0) {
      return {
        reason: `${fact(env.decl(p.qualify.fact), v)}，未达到 ${p.qualify.gte}，不参与评比`,
      };
    }
  }
  return { date };
}

/** First-to-reach kind; its round context is `{ earliest: string | null }`. */
export const firstToReach = defineKind({
  id: "firstToReach",
  improve: () => ({ reason: "此项按已发生的完成时间先后计分，时间已成事实，无法改变" }),
  name: "首个完成",
  description: "跨单位规则：本轮中最早达到目标的单位加分（同一天达到的并列加分）。",
  params,
  refs: (p) => [
    { ref: p.date, at: "date", accepts: ["date"] },
    ...(p.qualify
      ? [{ ref: p.qualify.fact, at: "qualify.fact", accepts: ["number"] as const }]
      : []),
  ],
  crossUnit: {
    collect: (p, env) => {
      const c = candidate(p, env);
      return "date" in c ? c.date : undefined;
    },
    combine: (_p, dates) => {
      const all = dates.filter((d): d is string => typeof d === "string").sort();
      return { earliest: all[0] ?? null };
    },
  },
  evaluate(p, env) {
    const c = candidate(p, env);
    if ("reason" in c) return { score: ZERO, trace: [c.reason] };
    const earliest = (env.context as { earliest?: string | null } | undefined)?.earliest ?? null;
    const label = env.decl(p.date).label;
    if (earliest === c.date)
      return {
        score: constant(p.points),
        trace: [`${label} ${c.date}，为本轮最早，加 ${n(constant(p.points))} 分`],
      };
    return { score: ZERO, trace: [`${label} ${c.date}，本轮最早为 ${earliest ?? "—"}，不加分`] };
  },
  explain(p, env) {
    const head = `本轮中${env.label(p.date)}最早的单位（同一天的并列）加 ${points(p.points)}`;
    if (p.qualify === undefined) return head;
    const decl = env.decl(p.qualify.fact);
    const gate = amount(p.qualify.gte, decl === undefined ? "" : unitOf(decl));
    return `${head}；${env.label(p.qualify.fact)}不低于 ${gate} 的单位才参与评比`;
  },
});
