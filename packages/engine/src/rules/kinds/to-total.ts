/**
 * 计入总分: the item has no points of its own; what its rule gives is added to, or taken from, the
 * unit's total beyond any item's points (从总分扣1分, 信用积分 +10 / −20, 加分不封顶).
 */
import { z } from "zod";
import { Decimal, ZERO } from "../../decimal.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { defineKind } from "../kind.js";

const params = z
  .object({
    rule: ruleDocSchema,
    /** `minus`: the rule's score is taken from the total (从总分扣); `plus`: added to it. */
    sign: z.enum(["minus", "plus"]),
  })
  .strict();

/** To-the-total kind. */
export const toTotal = defineKind({
  id: "toTotal",
  name: "直接计入总分",
  description:
    "本项不单独计分：按子规则算出的分数直接从单位总分中扣除（如“从总分扣1分”），或直接加入总分（加分不封顶）。",
  params,
  refs: () => [],
  nested: (p) => [{ at: "rule", rule: p.rule }],
  evaluate(p, env) {
    const o = env.run("rule");
    const where = p.sign === "minus" ? "从单位总分中扣除" : "直接计入单位总分";
    // The rule gives an amount (按次加分, 酌情打分); a negative one counts nothing.
    const amount = Decimal.max(ZERO, o.score);
    const points = p.sign === "minus" ? amount.negated() : amount;
    const reason = p.sign === "minus" ? "本项扣分" : "本项加分";
    return {
      score: ZERO,
      trace: [...o.trace, `本项不单独计分，上述分数${where}`],
      beyond: [...(o.beyond ?? []), { points, reason }],
    };
  },
  // 从总分扣: what lowers the rule's score (one occurrence fewer); 加入总分: what raises it.
  improve: (p, env) => (p.sign === "minus" ? env.lessenNested("rule") : env.improveNested("rule")),
  explain: (p, env) =>
    `本项不单独计分：${env.explain(p.rule)}，所得分数${p.sign === "minus" ? "从单位总分中扣除" : "直接加入单位总分"}`,
});
