/**
 * Built parts of one item made into one rule: a single part as it is; deductions sharing the
 * item's points in a 共用扣分 pool; anything else added in 多项合计. With the one-line explanation
 * of an assembled rule.
 */
import { prefixed, type Built } from "./build.js";

/** A rule whose score is the item's points less a deduction (so two of them cannot be added). */
function deducts(rule: Built["rule"]): boolean {
  const r = rule as { kind: string; mode?: string; direction?: string };
  if (r.kind === "quota" || r.kind === "discretionaryDeduction") return true;
  if (r.kind === "occurrences" || r.kind === "checklist" || r.kind === "piecewise")
    return r.mode === "deduct";
  return r.kind === "steps" && (r.direction === "below" || r.direction === "over");
}

/**
 * The proposal for a set of built parts: one rule, or 多项合计. Each deduction rule scores the
 * item's points less its deduction, so two or more of them share the points in one 共用扣分 pool
 * (3 − 0.5 − 1, not 2.5 + 2); awards are added to it. `deducting` names a part read from
 * deductions whose kind does not say so (低于70%的扣5分: bands of the points and the points less 5).
 */
export function combine(parts: Built[], deducting?: Built): Built | undefined {
  if (parts.length <= 1) return parts[0];
  const ps = parts.map((p, i) => prefixed(p, `p${i + 1}`));
  const taking = ps.filter((p, i) => deducts(p.rule) || parts[i] === deducting);
  const facts = ps.flatMap((p) => p.facts);
  if (taking.length < 2) return { rule: { kind: "sum", parts: ps.map((p) => p.rule) }, facts };
  const shared = {
    kind: "pool",
    parts: taking.map((p) => ({ rule: p.rule })),
  } as unknown as Built["rule"];
  const rest = ps.filter((p) => !taking.includes(p));
  if (rest.length === 0) return { rule: shared, facts };
  return { rule: { kind: "sum", parts: [shared, ...rest.map((p) => p.rule)] }, facts };
}

/** 共用扣分: the parts deduct from one pool of the item's points. */
export function pool(parts: Built[]): Built {
  const ps = parts.map((p, i) => prefixed(p, `p${i + 1}`));
  return {
    rule: { kind: "pool", parts: ps.map((p) => ({ rule: p.rule })) } as Built["rule"],
    facts: ps.flatMap((p) => p.facts),
  };
}

const names: Record<string, string> = {
  pool: "共用扣分",
  piecewise: "分段阶梯",
  vsMean: "与平均值比较",
  rank: "按名次计分",
  checklist: "逐项达标",
  occurrences: "按次计分",
  quota: "数量不足扣分",
  steps: "阶梯计分",
  bands: "分档计分",
  option: "按选项计分",
  sum: "多项合计",
};

/** A one-line explanation of an assembled rule. */
export function explain(b: Built): string {
  const name = names[b.rule.kind] ?? b.rule.kind;
  return `${name}：由评分标准的条件、计数单位和计分动作组合得出（请核对）`;
}
