/**
 * 按次/按项计分: a count × points, or a list of events each valued by a field (级别), with
 * exemptions (协助办理的不扣分), an extra for a flag (形成推广经验的加1分) and 同一X就高
 * (only the highest value per key counts). Deducts from max or awards a bonus.
 */
import { z } from "zod";
import { constant, Decimal, parseDecimal, ZERO } from "../../decimal.js";
import { NOT_SMALL, scaledOf, scaledText } from "../../scaled.js";
import { decimalText } from "../../facts/declaration.js";
import type { FactDeclaration } from "../../facts/declaration.js";
import type { FactRecord } from "../../facts/value.js";
import { fact, n, showValue } from "../../text.js";
import { defineKind, type RuleEnv } from "../kind.js";

const flag = z.union([z.boolean(), z.string()]);
const term = z
  .object({
    /** An `int` count or a `list` of events. */
    fact: z.string().min(1),
    /** Points per occurrence (or per event when not valued by field). */
    points: decimalText.optional(),
    /** Value each event by one of its fields (e.g. level → points). */
    byField: z
      .object({ field: z.string().min(1), points: z.record(z.string(), decimalText) })
      .strict()
      .optional(),
    /** Events whose field has this value count nothing. */
    exempt: z
      .object({ field: z.string().min(1), equals: flag })
      .strict()
      .optional(),
    /** Events whose field has this value count these points more. */
    extra: z
      .object({ field: z.string().min(1), equals: flag, points: decimalText })
      .strict()
      .optional(),
    /** For events with the same value of this field only the highest counts (就高). */
    onePerKey: z.string().min(1).optional(),
  })
  .strict()
  .refine((t) => t.points !== undefined || t.byField !== undefined, "须给出 points 或 byField");

const params = z
  .object({ mode: z.enum(["deduct", "award"]), terms: z.array(term).min(1) })
  .strict();
type Term = z.output<typeof term>;

/**
 * The arithmetic of this kind, so that one implementation (and so one wording) runs on decimal.js
 * or on scaled integers (docs/decisions/0009, second pass). `failed` is set by the scaled one when
 * a value leaves its domain; its results are then discarded and the decimal.js one runs.
 */
interface Arith<V> {
  zero: V;
  failed: boolean;
  /** A scheme literal ("0.5"). */
  constant(text: string): V;
  /** A count fact times points per occurrence. */
  times(count: Decimal, per: Decimal): V;
  plus(a: V, b: V): V;
  greaterThan(a: V, b: V): boolean;
  isZero(a: V): boolean;
  /** Canonical text ("0.5"). */
  text(a: V): string;
}

const decimalArith: Arith<Decimal> = {
  zero: ZERO,
  failed: false,
  constant,
  times: (count, per) => count.times(per),
  plus: (a, b) => a.plus(b),
  greaterThan: (a, b) => a.greaterThan(b),
  isZero: (a) => a.isZero(),
  text: n,
};

/**
 * Hundred-millionths (10⁻⁸) as JS integers, kept below 10¹⁵ in magnitude: sums of two stay safe
 * integers, and `scaledText` divides by 10⁸ exactly (the quotient's spacing is far below 10⁻⁸).
 * Inputs are canonical texts of at most 4 places (`scaledOf`), products of two such are whole
 * hundred-millionths. Outside: `failed`.
 */
const LIMIT = 1e15;
const HUNDRED_MILLION = 100_000_000;

/** One shared instance (evaluation is synchronous): `evaluateScaled` clears `failed` first. */
const scaledArith: Arith<number> = {
  zero: 0,
  failed: false,
  constant(text) {
    const v = scaledOf(n(constant(text)));
    if (v === NOT_SMALL || Math.abs(v) >= LIMIT / 10_000) return fail();
    return v * 10_000;
  },
  times(count, per) {
    const a = scaledOf(n(count));
    const b = scaledOf(n(per));
    // A float product ≥ LIMIT whenever the exact one is (LIMIT is a double), so this is sound.
    if (a === NOT_SMALL || b === NOT_SMALL || Math.abs(a) * Math.abs(b) >= LIMIT) return fail();
    return a * b;
  },
  plus(a, b) {
    const total = a + b;
    return Math.abs(total) >= LIMIT ? fail() : total;
  },
  greaterThan: (a, b) => a > b,
  isZero: (a) => a === 0,
  text: (a) => scaledText(a, HUNDRED_MILLION),
};

function fail(): number {
  scaledArith.failed = true;
  return 0;
}

/** One event of a list term, its value and its description. */
interface Valued<V> {
  e: FactRecord;
  value: V;
  text: string;
}

/** Value of one event of a list term (of the fact declared by `decl`), and its description. */
function valueEvent<V>(a: Arith<V>, t: Term, decl: FactDeclaration, e: FactRecord): Valued<V> {
  const fieldOf = (name: string) => decl.fields?.find((f) => f.name === name);
  const notes: string[] = [];
  if (t.exempt !== undefined && e[t.exempt.field] === t.exempt.equals) {
    const f = fieldOf(t.exempt.field);
    return {
      e,
      value: a.zero,
      text: `${f?.label ?? t.exempt.field}：${f ? showValue(f, e[t.exempt.field]) : ""}，不计`,
    };
  }
  let value = t.points !== undefined ? a.constant(t.points) : a.zero;
  if (t.byField !== undefined) {
    const key = e[t.byField.field];
    const f = fieldOf(t.byField.field);
    value = a.constant(t.byField.points[String(key)] ?? "0");
    notes.push(f !== undefined ? showValue(f, key) : String(key));
  }
  if (t.extra !== undefined && e[t.extra.field] === t.extra.equals) {
    value = a.plus(value, a.constant(t.extra.points));
    notes.push(
      `${fieldOf(t.extra.field)?.label ?? t.extra.field}另计 ${n(constant(t.extra.points))} 分`,
    );
  }
  if (t.onePerKey !== undefined) notes.unshift(`「${String(e[t.onePerKey])}」`);
  return { e, value, text: `${notes.join("，")} ${a.text(value)} 分` };
}

/** Evaluates one term: its total and one trace phrase. */
function evaluateTerm<V>(
  a: Arith<V>,
  t: Term,
  env: RuleEnv,
  verb: string,
): { total: V; text: string } {
  const decl = env.decl(t.fact);
  const raw = env.get(t.fact);
  if (raw instanceof Decimal) {
    const per = constant(t.points ?? "0");
    const total = a.times(raw, per);
    if (a.isZero(total)) return { total, text: `${fact(decl, raw)}，不${verb}分` };
    return {
      total,
      text: `${fact(decl, raw)}，每${decl.unit ?? "次"}${verb} ${n(per)} 分，${verb} ${a.text(total)} 分`,
    };
  }
  const events = Array.isArray(raw) ? (raw as FactRecord[]) : [];
  if (events.length === 0) return { total: a.zero, text: `${decl.label}：无` };
  const valued = events.map((e) => valueEvent(a, t, decl, e));
  let kept = valued;
  let dropped = 0;
  if (t.onePerKey !== undefined) {
    const best = new Map<string, Valued<V>>();
    for (const v of valued) {
      const key = String(v.e[t.onePerKey]);
      const prev = best.get(key);
      if (prev === undefined || a.greaterThan(v.value, prev.value)) best.set(key, v);
    }
    kept = [...best.values()];
    dropped = valued.length - kept.length;
  }
  const total = kept.reduce((acc, v) => a.plus(acc, v.value), a.zero);
  const unit = decl.unit ?? "项";
  const each = valued.map((v, i) => `第 ${i + 1} ${unit} ${v.text}`).join("；");
  const same =
    dropped > 0
      ? `；同一${t.onePerKey === undefined ? "" : (decl.fields?.find((f) => f.name === t.onePerKey)?.label ?? "")}就高，不重复计 ${dropped} ${unit}`
      : "";
  return {
    total,
    text: `${decl.label} ${events.length} ${unit}（${each}${same}），共${verb} ${a.text(total)} 分`,
  };
}

/** The whole rule on scaled integers: the score (max − total or total) and the trace line. */
function evaluateWith(
  a: Arith<number>,
  p: z.output<typeof params>,
  env: RuleEnv,
  max: number,
): { score: number; line: string } {
  const verb = p.mode === "deduct" ? "扣" : "加";
  const parts = p.terms.map((t) => evaluateTerm(a, t, env, verb));
  const total = parts.reduce((acc, t) => a.plus(acc, t.total), a.zero);
  const line =
    parts.map((t) => t.text).join("；") +
    (parts.length > 1 && !a.isZero(total) ? `；共${verb} ${a.text(total)} 分` : "");
  return { score: p.mode === "deduct" ? a.plus(max, -total) : total, line };
}

/**
 * The rule on scaled integers, or undefined outside their domain. The score Decimal is read back
 * from its canonical text (shared by `parseDecimal`): the same value as decimal.js computes, and
 * never −0 (max − total and sums of +0 are +0 in decimal.js too), the one sign the walk reads.
 */
export function evaluateScaled(
  p: z.output<typeof params>,
  env: RuleEnv,
): { score: Decimal; trace: string[] } | undefined {
  const max = env.item.max;
  // A max of −0 reads as 0 here but not in decimal.js (max − 0 keeps its sign): leave it there.
  if (max.isNegative()) return undefined;
  const a = scaledArith;
  a.failed = false;
  const scaledMax = a.constant(n(max));
  if (a.failed) return undefined;
  const { score, line } = evaluateWith(a, p, env, scaledMax);
  if (a.failed) return undefined;
  return { score: parseDecimal(a.text(score)) as Decimal, trace: [line] };
}

/** The rule on decimal.js (the reference the scaled path must equal). */
export function evaluateDecimal(
  p: z.output<typeof params>,
  env: RuleEnv,
): { score: Decimal; trace: string[] } {
  const verb = p.mode === "deduct" ? "扣" : "加";
  const parts = p.terms.map((t) => evaluateTerm(decimalArith, t, env, verb));
  const total = parts.reduce((acc, t) => acc.plus(t.total), ZERO);
  const line =
    parts.map((t) => t.text).join("；") +
    (parts.length > 1 && !total.isZero() ? `；共${verb} ${n(total)} 分` : "");
  return { score: p.mode === "deduct" ? env.item.max.minus(total) : total, trace: [line] };
}

/** Per-occurrence deduction / bonus list kind. */
export const occurrences = defineKind({
  id: "occurrences",
  name: "按次计分",
  description:
    "按次数或逐条事件计分：每次扣（加）N 分，可按级别等字段定分值、设免扣条件、附加分，同一事项就高计分。",
  params,
  refs: (p) =>
    p.terms.map((t, i) => ({
      ref: t.fact,
      at: `terms[${i}].fact`,
      accepts: ["number", "list"] as const,
    })),
  evaluate: (p, env) => evaluateScaled(p, env) ?? evaluateDecimal(p, env),
});
