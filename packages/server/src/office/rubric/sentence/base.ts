/**
 * A written 基础分 (基础分60分) that the lines of an item add to and deduct from: the rule starts
 * from it (decisions 0299, 0313, 0325).
 */
import { addsOrDeducts, type RuleDoc } from "@kaoping/engine";
import type { ItemText } from "../proposal.js";
import type { Composed } from "./build.js";
import type { Statement } from "./statements.js";

/**
 * 基础分60分 with lines that add and deduct: 多项合计 from the base (docs/decisions/0299), its
 * parts the rule's own parts (a 多项合计 or 共用扣分 opened up), each adding or deducting.
 */
export function fromBase(item: ItemText, bases: Statement[], c: Composed): Composed | undefined {
  const base =
    bases.length === 1 ? bases[0]?.parts.find((p) => p.kind === "base")?.value : undefined;
  if (base === undefined || c.split !== undefined) return undefined;
  if (item.max !== undefined && Number(base) > Number(item.max)) return undefined;
  const open = (rule: RuleDoc): RuleDoc[] => {
    const r = rule as { kind: string; base?: unknown; cap?: unknown; parts?: unknown[] };
    // A rank at both ends starts from its own base (rank.ts); a written 基础分 replaces it.
    if (r.kind === "sum") return (r.parts as RuleDoc[]).flatMap(open);
    // Deductions pooled without caps take from the base one by one just the same.
    const pooled = r.kind === "pool" ? (r.parts as { rule: RuleDoc; cap?: string }[]) : [];
    if (r.cap === undefined && pooled.length > 0 && pooled.every((x) => x.cap === undefined))
      return pooled.map((x) => x.rule);
    return [rule];
  };
  const parts = open(c.proposal.rule);
  if (!parts.every(addsOrDeducts)) return undefined;
  return {
    proposal: {
      ...c.proposal,
      rule: { kind: "sum", base, parts },
      explanation: `多项合计（基础分 ${base} 分）：从基础分起加上加分、减去扣分（请核对）`,
    },
    used: new Set([...c.used, ...bases]),
  };
}
