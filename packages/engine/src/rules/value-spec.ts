/**
 * The measured value of threshold, step and band rules: one fact, a ratio of two facts (exact,
 * as a percentage by default), or the better of several such values (救助人次或资金占比). Rules
 * that compare units (与平均值比较) may also measure another item's score (`{ itemScore: "3" }`,
 * docs/decisions/0293).
 */
import { z } from "zod";
import { compareRatios, describeRatio, ratioOf, Decimal, type Ratio } from "../decimal.js";
import { fact, n } from "../text.js";
import { unitOf } from "../facts/declaration.js";
import type { ExplainEnv, ItemUse, RefUse, RuleEnv } from "./kind.js";

/** A ratio of two facts: numerator / denominator, ×100 when `percent` (the default). */
const ratioSpec = z
  .object({
    ratio: z.tuple([z.string().min(1), z.string().min(1)]),
    percent: z.boolean().default(true),
    label: z.string().min(1),
  })
  .strict();
const factSpec = z.object({ fact: z.string().min(1) }).strict();
const bestSpec = z
  .object({ best: z.array(z.union([factSpec, ratioSpec])).min(2), label: z.string().min(1) })
  .strict();

/** Another item's score, as the unit got it (第3项得分). */
export const itemScoreSpec = z.object({ itemScore: z.string().trim().min(1).max(50) }).strict();

/** Schema of a measured value that may also be another item's score (第2项得分). */
export const sourceSpecSchema = z.union([factSpec, ratioSpec, bestSpec, itemScoreSpec]);
/** A measured value: `{ fact }`, `{ ratio: [num, den], label }`, `{ best: [...], label }` or `{ itemScore }`. */
export type ValueSpec = z.output<typeof sourceSpecSchema>;

/** The other items whose scores a value reads. */
export function valueItems(spec: ValueSpec, at: string): ItemUse[] {
  return "itemScore" in spec ? [{ code: spec.itemScore, at: `${at}.itemScore` }] : [];
}

/** The facts a value reads. */
export function valueRefs(spec: ValueSpec, at: string): RefUse[] {
  if ("itemScore" in spec) return [];
  if ("fact" in spec) return [{ ref: spec.fact, at: `${at}.fact`, accepts: ["number"] }];
  if ("ratio" in spec)
    return spec.ratio.map((ref, i) => ({
      ref,
      at: `${at}.ratio[${i}]`,
      accepts: ["number"] as const,
    }));
  return spec.best.flatMap((s, i) => valueRefs(s, `${at}.best[${i}]`));
}

/** A measured value: the exact ratio, what it is called, its unit, and how it was obtained. */
export interface Measured {
  value: Ratio;
  label: string;
  unit: string;
  /** "参保率 99.65%" or "救助人次 262 / 总人次 292 = 约 89.73%". */
  text: string;
}

/** Measures a value; undefined when its facts are not given (an optional ratio pair left empty). */
export function measure(spec: ValueSpec, env: RuleEnv): Measured | undefined {
  if ("itemScore" in spec) {
    const score = env.itemScore(spec.itemScore);
    if (score === undefined) return undefined;
    const label = `${env.itemName(spec.itemScore)}得分`;
    return { value: ratioOf(score), label, unit: "分", text: `按${label} ${n(score)} 分` };
  }
  if ("fact" in spec) {
    const v = env.get(spec.fact);
    if (!(v instanceof Decimal)) return undefined;
    const decl = env.decl(spec.fact);
    return {
      value: ratioOf(v),
      label: decl.label,
      unit: decl.unit ?? (decl.type === "pct" ? "%" : ""),
      text: fact(decl, v),
    };
  }
  if ("ratio" in spec) {
    const [numRef, denRef] = spec.ratio;
    if (!env.has(numRef) || !env.has(denRef)) return undefined;
    const num = env.get(numRef);
    const den = env.get(denRef);
    if (!(num instanceof Decimal) || !(den instanceof Decimal) || den.isZero()) return undefined;
    const value = { n: spec.percent ? num.times(100) : num, d: den };
    const unit = spec.percent ? "%" : "";
    const text = `${spec.label}：${fact(env.decl(numRef), num)} ÷ ${fact(env.decl(denRef), den)} = ${describeRatio(value)}${unit}`;
    return { value, label: spec.label, unit, text };
  }
  const all = spec.best.map((s) => measure(s, env)).filter((m): m is Measured => m !== undefined);
  const first = all[0];
  if (first === undefined) return undefined;
  const best = all.reduce((a, b) => (compareRatios(b.value, a.value) > 0 ? b : a), first);
  const text =
    all.length > 1
      ? `${all.map((m) => m.text).join("；")}；取较高者 ${describeRatio(best.value)}${best.unit}`
      : best.text;
  return { value: best.value, label: spec.label, unit: best.unit, text };
}

/**
 * 得分提升 of a rule measuring another item's score: no fact of its own lifts it, the other
 * item's score does (that item's own improvements say how); undefined for a value of facts.
 */
export function scoreReason(spec: ValueSpec, env: RuleEnv): { reason: string } | undefined {
  if (!("itemScore" in spec)) return undefined;
  return { reason: `此项按${env.itemName(spec.itemScore)}得分计分，提高该项得分即可` };
}

/** The measured value as a number for a trace ("约 89.73%"). */
export function showMeasured(m: Measured): string {
  return `${describeRatio(m.value)}${m.unit}`;
}

/**
 * A measured value in words for a rule's sentence: what it is called ("参保率", "救助人次占比
 * （救助人次 ÷ 总人次）") and its unit ("%" for percentages and ratios in percent).
 */
export function explainValue(spec: ValueSpec, env: ExplainEnv): { label: string; unit: string } {
  if ("itemScore" in spec) return { label: `${env.itemName(spec.itemScore)}得分`, unit: "分" };
  if ("fact" in spec) {
    const decl = env.decl(spec.fact);
    return { label: env.label(spec.fact), unit: decl === undefined ? "" : unitOf(decl) };
  }
  if ("ratio" in spec) {
    const [num, den] = spec.ratio;
    return {
      label: `${spec.label}（${env.label(num)} ÷ ${env.label(den)}）`,
      unit: spec.percent ? "%" : "",
    };
  }
  const parts = spec.best.map((s) => ("fact" in s ? env.label(s.fact) : s.label));
  const first = spec.best[0];
  const unit = first === undefined ? "" : explainValue(first, env).unit;
  return { label: `${spec.label}（${parts.join("、")}中取较高者）`, unit };
}
