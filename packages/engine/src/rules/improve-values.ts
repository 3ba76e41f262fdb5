/**
 * 得分提升 helpers shared by the kinds: the smallest value of a number fact (or of a ratio's
 * numerator) that reaches a target, at the fact's decimal places and within its bounds — a value
 * the form would accept. Kinds say which targets their structure has (the threshold, one step
 * less short, the next band); the search scores each candidate (score/improve.ts).
 */
import { Decimal, formatDecimal, type Ratio } from "../decimal.js";
import { numericBounds } from "../facts/declaration.js";
import { showValue } from "../text.js";
import type { Candidate, Improve, ImproveEnv } from "./kind.js";
import type { ValueSpec } from "./value-spec.js";

/** A target for a value: at least `at` (`up`) or at most `at`, `strict` for more/less than. */
export interface Target {
  at: Decimal;
  up: boolean;
  strict: boolean;
}

/** The target as a condition on the exact ratio n/d. */
function meets(value: Ratio, t: Target): boolean {
  const c = value.n.comparedTo(t.at.times(value.d));
  return t.up ? (t.strict ? c > 0 : c >= 0) : t.strict ? c < 0 : c <= 0;
}

/** Decimal places of a value (0 for integers). */
function places(v: Decimal): number {
  return v.decimalPlaces();
}

/**
 * The nearest value of the fact `ref` at its scale that meets `t` when the measured value is
 * `value × factor / divisor` (a plain fact: factor 1, divisor 1), or undefined when the fact
 * already meets it, is not a number, or the value would leave the fact's bounds.
 */
function reach(
  env: ImproveEnv,
  ref: string,
  t: Target,
  factor: Decimal,
  divisor: Decimal,
): { from: Decimal; to: Decimal } | undefined {
  const v = env.get(ref);
  if (!(v instanceof Decimal)) return undefined;
  const measured = (x: Decimal): Ratio => ({ n: x.times(factor), d: divisor });
  if (meets(measured(v), t)) return undefined;
  const bounds = numericBounds(env.decl(ref));
  const raw = t.at.times(divisor).dividedBy(factor);
  // Without a declared scale, a target that does not terminate (a mean of three) is taken at a
  // few places more than the value has; the loop below still checks it exactly.
  const natural = Math.max(places(raw), places(v)) + (t.strict ? 1 : 0);
  const scale = bounds.scale ?? Math.min(natural, Math.max(places(v), 4) + 1);
  const ulp = new Decimal(10).pow(-scale);
  let x = raw.toDecimalPlaces(scale, t.up ? Decimal.ROUND_CEIL : Decimal.ROUND_FLOOR);
  // At most a couple of steps: the quotient is correctly rounded at 40 digits.
  for (let i = 0; i < 3 && !meets(measured(x), t); i++) x = t.up ? x.plus(ulp) : x.minus(ulp);
  if (!meets(measured(x), t)) return undefined;
  if (bounds.max !== undefined && x.greaterThan(bounds.max)) return undefined;
  if (bounds.min !== undefined && x.lessThan(bounds.min)) return undefined;
  return { from: v, to: x };
}

/** A candidate setting one number fact from one value to another, in words. */
export function numberChange(env: ImproveEnv, ref: string, from: Decimal, to: Decimal): Candidate {
  const decl = env.decl(ref);
  const verb = to.greaterThan(from) ? "提高" : "降低";
  const base = Decimal.max(from.abs(), new Decimal(1));
  return {
    changes: [{ ref, value: formatDecimal(to) }],
    size: to.minus(from).abs().dividedBy(base).toNumber(),
    words: `${decl.label}由 ${showValue(decl, from)} ${verb}到 ${showValue(decl, to)}`,
  };
}

/** The smallest change of a number fact that meets the target (none when it already does). */
export function factTo(env: ImproveEnv, ref: string, t: Target): Candidate[] {
  const one = new Decimal(1);
  const r = reach(env, ref, t, one, one);
  return r === undefined ? [] : [numberChange(env, ref, r.from, r.to)];
}

/**
 * The smallest change of a measured value's facts that meets the target: the fact itself, or a
 * ratio's numerator (the denominator is the population, not the work), or any one of "the
 * better of" values.
 */
export function valueTo(spec: ValueSpec, env: ImproveEnv, t: Target): Candidate[] {
  // Another item's score is lifted through that item's own facts, not here.
  if ("itemScore" in spec) return [];
  if ("fact" in spec) return factTo(env, spec.fact, t);
  if ("ratio" in spec) {
    const [num, den] = spec.ratio;
    const d = env.get(den);
    if (!(d instanceof Decimal) || d.isZero() || !env.has(num)) return [];
    const r = reach(env, num, t, new Decimal(spec.percent ? 100 : 1), d);
    if (r === undefined) return [];
    const c = numberChange(env, num, r.from, r.to);
    const rate = r.to.times(spec.percent ? 100 : 1).dividedBy(d);
    const shown =
      rate.decimalPlaces() <= 4
        ? formatDecimal(rate)
        : `约 ${formatDecimal(rate.toDecimalPlaces(2))}`;
    return [{ ...c, words: `${c.words}（${spec.label}达到 ${shown}${spec.percent ? "%" : ""}）` }];
  }
  return spec.best.flatMap((s) => valueTo(s, env, t));
}

/** Candidates of several targets, without repeating the same change. */
export function candidates(list: readonly Candidate[]): Improve {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of list) {
    const key = JSON.stringify(c.changes);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return { candidates: out.sort((a, b) => a.size - b.size) };
}

/**
 * The candidates of several nested rules of a composite kind (多项合计, 共用扣分): every part's
 * candidates; when no part has any, the first part's reason.
 */
export function nestedCandidates(env: ImproveEnv, ats: readonly string[]): Improve {
  const list: Candidate[] = [];
  let reason: string | undefined;
  for (const at of ats) {
    const sub = env.improveNested(at);
    if ("candidates" in sub) list.push(...sub.candidates);
    else reason ??= sub.reason;
  }
  return list.length === 0 && reason !== undefined ? { reason } : candidates(list);
}

/** A target for a score that changes linearly: the next `unit` of points above `now` (0.01 分). */
export function nextScore(now: Decimal, places: number | undefined): Decimal {
  const unit = new Decimal(10).pow(-(places ?? 2));
  const next = now.toDecimalPlaces(places ?? 2, Decimal.ROUND_FLOOR).plus(unit);
  // Rounded half-up to `places`, half a unit less already rounds to the next score.
  return places === undefined ? next : next.minus(unit.dividedBy(2));
}
