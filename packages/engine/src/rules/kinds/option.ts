/** 按选项计分: an option fact picks fixed points or a nested rule (配套资金足额/不到位/未配套). */
import { z } from "zod";
import { constant, ZERO } from "../../decimal.js";
import { decimalText } from "../../facts/declaration.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { showValue } from "../../text.js";
import { defineKind } from "../kind.js";
import { awardWords } from "../wording.js";
import type { Candidate } from "../kind.js";
import { candidates } from "../improve-values.js";

const choice = z
  .object({
    value: z.union([z.string(), z.boolean()]),
    points: decimalText.optional(),
    rule: ruleDocSchema.optional(),
  })
  .strict()
  .refine(
    (c) => (c.points === undefined) !== (c.rule === undefined),
    "每个选项须给出分值或子规则之一",
  );
const params = z.object({ fact: z.string().min(1), options: z.array(choice).min(1) }).strict();

/** Option kind. */
export const option = defineKind({
  id: "option",
  name: "按选项计分",
  description:
    "按所选情形计分：每个选项给定分值，或再按一条子规则计分（如“配套不到位的，酌情扣分”）。",
  params,
  refs: (p) => [{ ref: p.fact, at: "fact", accepts: ["option", "bool"] }],
  nested: (p) =>
    p.options.flatMap((c, i) =>
      c.rule === undefined ? [] : [{ at: `options[${i}].rule`, rule: c.rule }],
    ),
  evaluate(p, env) {
    const value = env.get(p.fact);
    const decl = env.decl(p.fact);
    const head = `${decl.label}：${showValue(decl, value)}`;
    const i = p.options.findIndex((c) => c.value === value);
    const c = p.options[i];
    if (c === undefined) return { score: ZERO, trace: [`${head}，无对应计分`] };
    if (c.points !== undefined) return { score: constant(c.points), trace: [head] };
    const sub = env.run(`options[${i}].rule`);
    const out = { score: sub.score, trace: [head, ...sub.trace] };
    return sub.beyond === undefined ? out : { ...out, beyond: sub.beyond };
  },
  explain(p, env) {
    const decl = env.decl(p.fact);
    const each = p.options.map((c) => {
      const name = decl === undefined ? String(c.value) : showValue(decl, c.value);
      const then =
        c.points !== undefined
          ? awardWords(env.item, c.points)
          : env.explain(c.rule ?? { kind: "" });
      return `${name}的，${then}`;
    });
    return `按${env.label(p.fact)}计分：${each.join("；")}`;
  },
  improve(p, env) {
    // Another option (the search keeps those that score more), or the chosen option's own rule.
    const value = env.get(p.fact);
    const decl = env.decl(p.fact);
    const list: Candidate[] = p.options.flatMap((c) =>
      c.value === value
        ? []
        : [
            {
              changes: [{ ref: p.fact, value: c.value }],
              size: 1,
              words: `${decl.label}由“${showValue(decl, value)}”改为“${showValue(decl, c.value)}”`,
            },
          ],
    );
    const i = p.options.findIndex((c) => c.value === value);
    const nested =
      p.options[i]?.rule === undefined ? undefined : env.improveNested(`options[${i}].rule`);
    if (nested !== undefined && "candidates" in nested) list.push(...nested.candidates);
    return candidates(list);
  },
});
