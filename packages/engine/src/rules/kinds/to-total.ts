/**
 * 计入总分: the item has no points of its own; what its rule gives is added to, or taken from, the
 * unit's total beyond any item's points (从总分扣1分, 信用积分 +10 / −20, 加分不封顶). A rule that
 * deducts from the points (末位扣2分) gives its deduction (decision 0316).
 */
import { z } from "zod";
import { Decimal, ZERO } from "../../decimal.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { defineKind } from "../kind.js";
import { deductsFromPoints } from "./sum-base.js";

const params = z
  .object({
    rule: ruleDocSchema,
    /** `minus`: the rule's score is taken from the total (从总分扣); `plus`: added to it. */
    sign: z.enum(["minus", "plus"]),
  })
  .strict();

/**
 * Under 从总分扣, what an adding rule counts (每次 2 分 × 通报次数) is deducted: its words say 扣,
 * not 加 (the rule is written adding — an amount — because a deduction on an item of 0 points
 * would stop at 0; decision 0332).
 */
function asTaken(text: string): string {
  return text
    .replace(/加(?=\s*[\d.]+\s*分)/g, "扣")
    .replace(/不加分/g, "不扣分")
    .replace(/(共|最多|合计)加/g, "$1扣");
}

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
    // The rule gives an amount (按次加分, 酌情打分), or deducts from the item's points (its
    // score is the points less the deduction); a negative amount counts nothing.
    const deducts = deductsFromPoints(p.rule);
    const amount = Decimal.max(ZERO, deducts ? env.item.max.minus(o.score) : o.score);
    const points = p.sign === "minus" ? amount.negated() : amount;
    const reason = p.sign === "minus" ? "本项扣分" : "本项加分";
    const taken = p.sign === "minus" && !deducts;
    return {
      score: ZERO,
      trace: [
        ...(taken ? o.trace.map(asTaken) : o.trace),
        deducts ? `上述扣分不计入本项，${where}` : `本项不单独计分，上述分数${where}`,
      ],
      beyond: [...(o.beyond ?? []), { points, reason }],
    };
  },
  // 从总分扣: what lowers the amount (one occurrence fewer; for a deducting rule, what raises its
  // score); 加入总分: what raises it.
  improve: (p, env) =>
    (p.sign === "minus") !== deductsFromPoints(p.rule)
      ? env.lessenNested("rule")
      : env.improveNested("rule"),
  explain: (p, env) => {
    const where = p.sign === "minus" ? "从单位总分中扣除" : "直接加入单位总分";
    if (!deductsFromPoints(p.rule)) {
      const inner = env.explain(p.rule);
      return `本项不单独计分：${p.sign === "minus" ? asTaken(inner) : inner}，所得分数${where}`;
    }
    // Taken from the total, a deduction does not stop at the item's points (no 扣完为止).
    return `${env.explain(p.rule).replace(/，扣完为止$/, "")}，所扣分数不计入本项，${where}`;
  },
});
