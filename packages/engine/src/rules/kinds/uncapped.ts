/**
 * 加分不封顶: the item scores its rule up to its points, and what the rule gives beyond them is
 * added to the unit's total (每超额完成一例奖一分 on a 7-point item), up to an optional cap.
 */
import { z } from "zod";
import { constant, Decimal } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { n } from "../../text.js";
import { defineKind } from "../kind.js";
import { points as pointsText } from "../wording.js";

const params = z
  .object({
    rule: ruleDocSchema,
    /** The item and its excess together count at most so many points (最多加到N分); default no cap. */
    cap: decimalText.optional(),
  })
  .strict();

/** Bonus-beyond-the-item kind. */
export const uncapped = defineKind({
  id: "uncapped",
  name: "超出满分计入总分",
  description: "本项按子规则计分，超出本项满分的部分不封顶，计入单位总分（可设最多计到多少分）。",
  params,
  refs: () => [],
  nested: (p) => [{ at: "rule", rule: p.rule }],
  evaluate(p, env) {
    const o = env.run("rule");
    const max = env.item.max;
    let top = o.score;
    let note = "";
    if (p.cap !== undefined && top.greaterThan(constant(p.cap))) {
      top = constant(p.cap);
      note = `（最多计 ${p.cap} 分）`;
    }
    const excess = Decimal.max(top.minus(max), constant("0"));
    if (excess.isZero()) return o;
    return {
      score: max,
      trace: [...o.trace, `子规则得 ${n(o.score)} 分${note}，本项计满分 ${n(max)} 分`],
      beyond: [...(o.beyond ?? []), { points: excess, reason: `超出本项满分的 ${n(excess)} 分` }],
    };
  },
  // Below the item's points: the rule's own candidates (the excess beyond them is a bonus).
  improve: (p, env) => env.improveNested("rule"),
  explain: (p, env) =>
    `${env.explain(p.rule)}；超出本项满分的部分计入单位总分${p.cap === undefined ? "，不封顶" : `，最多计到 ${pointsText(p.cap)}`}`,
});
