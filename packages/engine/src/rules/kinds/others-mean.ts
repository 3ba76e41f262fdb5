/**
 * 按平均分得分: a cross-unit rule — units for which a yes/no fact holds (未新进人员, 非专业部门)
 * score the mean of what the other units of the round score under the item's rule; the others
 * score the rule. The mean is rounded to 2 places half-up, like raters' averages.
 */
import { z } from "zod";
import { Decimal, parseDecimal, round2, ZERO } from "../../decimal.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { n, showValue } from "../../text.js";
import { defineKind, type RuleEnv } from "../kind.js";
import { whenWords } from "../wording.js";

const params = z
  .object({
    rule: ruleDocSchema,
    /** The yes/no fact that makes a unit score the others' mean. */
    fact: z.string().min(1),
    equals: z.boolean().default(true),
  })
  .strict();
type Params = z.output<typeof params>;

/** True when the unit scores the others' mean. */
function takesMean(p: Params, env: RuleEnv): boolean {
  return (env.get(p.fact) === true) === p.equals;
}

/** Mean-of-the-others kind; its round context is `{ scores: string[] }` (clamped to the item). */
export const othersMean = defineKind({
  id: "othersMean",
  name: "按其他单位平均分得分",
  description:
    "跨单位规则：符合规定情形（如“未新进人员”）的单位，本项得分取本轮其他单位按子规则所得分数的平均分（四舍五入保留两位小数）。",
  params,
  refs: (p) => [{ ref: p.fact, at: "fact", accepts: ["bool"] }],
  nested: (p) => [{ at: "rule", rule: p.rule }],
  crossUnit: {
    collect: (p, env) => {
      if (takesMean(p, env)) return undefined;
      const score = env.run("rule").score;
      const clamped = Decimal.min(env.item.max, Decimal.max(ZERO, score));
      return clamped.toFixed();
    },
    combine: (_p, scores) => ({ scores: scores.filter((s): s is string => typeof s === "string") }),
  },
  evaluate(p, env) {
    if (!takesMean(p, env)) return env.run("rule");
    const decl = env.decl(p.fact);
    const head = `${decl.label}：${showValue(decl, env.get(p.fact))}`;
    const scores = ((env.context as { scores?: string[] } | undefined)?.scores ?? [])
      .map((s) => parseDecimal(s))
      .filter((d): d is Decimal => d !== undefined);
    if (scores.length === 0)
      return { score: ZERO, trace: [`${head}，本轮没有可参照的其他单位，暂计 0 分`] };
    const exact = scores.reduce((a, b) => a.plus(b), ZERO).dividedBy(scores.length);
    const mean = round2(exact);
    const note = mean.equals(exact)
      ? ""
      : `（${n(exact.toDecimalPlaces(6))}… 四舍五入保留两位小数）`;
    return {
      score: mean,
      trace: [`${head}，取本轮其他 ${scores.length} 个单位的平均分 ${n(mean)} 分${note}`],
    };
  },
  improve(p, env) {
    // A unit that takes the others' mean scores what the others score: nothing of its own
    // lifts it. The others score their own rule.
    if (takesMean(p, env))
      return {
        reason:
          "此项取本轮其他单位本项得分的平均分，得分取决于其他单位，不取决于本单位可以改变的数据",
      };
    return env.improveNested("rule");
  },
  explain: (p, env) =>
    `${env.explain(p.rule)}；${whenWords(env.label(p.fact), p.equals)}的单位，取本轮其他单位本项得分的平均分（四舍五入保留两位小数）`,
});
