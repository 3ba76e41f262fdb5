/** 多项合计: the sum of several rules on one item (9.3: 投保率分档 + 全县首个完成). */
import { z } from "zod";
import { ZERO } from "../../decimal.js";
import { ruleDocSchema } from "../../scheme/schema.js";
import { beyondOf, defineKind, type Candidate, type Outcome } from "../kind.js";
import { candidates } from "../improve-values.js";

const params = z.object({ parts: z.array(ruleDocSchema).min(2) }).strict();

/** Composite sum kind. */
export const sum = defineKind({
  id: "sum",
  name: "多项合计",
  description: "本项得分为几条子规则得分之和（例如分档加分再加“首个完成”加分）。",
  params,
  refs: () => [],
  nested: (p) => p.parts.map((rule, i) => ({ at: `parts[${i}]`, rule })),
  evaluate(p, env) {
    let total = ZERO;
    const trace: string[] = [];
    const outcomes: Outcome[] = [];
    for (let i = 0; i < p.parts.length; i++) {
      const o = env.run(`parts[${i}]`);
      outcomes.push(o);
      total = total.plus(o.score);
      const last = o.trace.length - 1;
      for (let j = 0; j < last; j++) trace.push(o.trace[j] as string);
      if (last >= 0) trace.push(`${o.trace[last] as string}，计 ${o.score.toFixed()} 分`);
    }
    const beyond = beyondOf(outcomes);
    return beyond === undefined ? { score: total, trace } : { score: total, trace, beyond };
  },
  explain: (p, env) =>
    `以下各项得分相加：${p.parts.map((rule, i) => `（${i + 1}）${env.explain(rule)}`).join("；")}`,
  improve(p, env) {
    // Every part's candidates; when no part has any, the first part's reason.
    const list: Candidate[] = [];
    let reason: string | undefined;
    for (let i = 0; i < p.parts.length; i++) {
      const sub = env.improveNested(`parts[${i}]`);
      if ("candidates" in sub) list.push(...sub.candidates);
      else reason ??= sub.reason;
    }
    return list.length === 0 && reason !== undefined ? { reason } : candidates(list);
  },
  lessen(p, env) {
    // Taken from the total: every part's changes that lower it.
    const list: Candidate[] = [];
    let reason: string | undefined;
    for (let i = 0; i < p.parts.length; i++) {
      const sub = env.lessenNested(`parts[${i}]`);
      if ("candidates" in sub) list.push(...sub.candidates);
      else reason ??= sub.reason;
    }
    return list.length === 0 && reason !== undefined ? { reason } : candidates(list);
  },
});
