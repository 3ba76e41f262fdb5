/**
 * Exact decimal arithmetic for scores, rates and money (decimal.js, see docs/decisions/0001).
 * A private Decimal constructor with its own precision keeps the engine independent of any
 * global configuration another package may set on decimal.js.
 */
import { Decimal as DecimalJs } from "decimal.js";

/**
 * The engine's Decimal: 40 significant digits (facts have at most ~20, so quotients used for step
 * counting are decided exactly, see countSteps), half-up rounding.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
/** A value of the engine's Decimal. */
export type Decimal = InstanceType<typeof Decimal>;

/** Zero and one, shared because they are used everywhere. */
export const ZERO = new Decimal(0);
/** See ZERO. */
export const ONE = new Decimal(1);

const decimalPattern = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/**
 * Parses a fact or parameter value into a Decimal: a decimal string ("99.65") or a JS number,
 * which is read through its shortest round-trip form (`String(99.6)` is "99.6"), so a literal
 * written in a JSON file keeps the value it was written as. Returns undefined for anything else
 * (NaN, Infinity, exponents, hex, empty strings), never throws.
 */
export function parseDecimal(value: unknown): Decimal | undefined {
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  // Facts repeat a lot across a province round (0, 1, "100"); Decimals are immutable, so share them.
  const cached = parsed.get(value);
  if (cached !== undefined) return cached;
  let result: Decimal | undefined;
  if (typeof value === "number") {
    // String(1e21) is "1e+21"; decimal.js reads exponents exactly, so allow them for numbers only.
    result = Number.isFinite(value) ? new Decimal(String(value)) : undefined;
  } else {
    const text = value.trim();
    result = decimalPattern.test(text) ? new Decimal(text) : undefined;
  }
  if (result !== undefined) {
    // Bounded, so a long-running server never grows it without limit.
    if (parsed.size >= 10_000) {
      parsed.clear();
      texts.clear();
    }
    parsed.set(value, result);
    texts.set(result, undefined);
  }
  return result;
}

const parsed = new Map<number | string, Decimal>();

/**
 * Canonical texts of the shared Decimals (parsed facts and scheme constants), made on first use:
 * the same values are written into thousands of traces, and `toFixed` allocates every time. A
 * Decimal is a key here only if it is shared (listed when made, text undefined until needed).
 */
const texts = new Map<Decimal, string | undefined>();

const constants = new Map<string, Decimal>();

/**
 * The Decimal of a literal from a scheme ("0.5", "99.8"), parsed once and shared — Decimals are
 * immutable, and parsing the same parameters for every unit of a province round is measurable.
 */
export function constant(text: string): Decimal {
  let value = constants.get(text);
  if (value === undefined) {
    value = new Decimal(text);
    constants.set(text, value);
    texts.set(value, undefined);
  }
  return value;
}

/** Canonical decimal string of a value: no trailing zeros, no exponent ("9.5", "10", "13.67"). */
export function formatDecimal(value: Decimal): string {
  const known = texts.get(value);
  if (known !== undefined) return known;
  const raw = value.toFixed();
  const text = raw === "-0" ? "0" : raw;
  if (texts.has(value)) texts.set(value, text);
  return text;
}

/** Sum of a list of Decimals. */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * An exact rational n/d (d > 0), so ratios of two facts (262/292) compare with thresholds
 * without any rounding: n/d ≥ t is decided as n ≥ t·d.
 */
export interface Ratio {
  n: Decimal;
  d: Decimal;
}

/** A plain value as a ratio over one. */
export function ratioOf(value: Decimal): Ratio {
  return { n: value, d: ONE };
}

/** Compares a ratio with a decimal: -1, 0 or 1, exactly. */
export function compareRatio(r: Ratio, t: Decimal): number {
  // A plain value (d = 1) compares directly: t × 1 is t itself when t has at most 40 significant
  // digits (the product is rounded to 40), so no new Decimal is needed.
  return r.n.comparedTo(r.d === ONE && t.sd() <= 40 ? t : t.times(r.d));
}

/** Compares two ratios exactly. */
export function compareRatios(a: Ratio, b: Ratio): number {
  return a.n.times(b.d).comparedTo(b.n.times(a.d));
}

/** How partial steps are counted: up (any shortfall is a whole step), down (whole steps only), exact (proportional). */
export type StepRounding = "up" | "down" | "exact";

/**
 * Number of steps of size `step` in the ratio `amount` (amount ≥ 0), rounded as asked.
 * The division is correctly rounded at 40 digits; when the quotient is an integer it is exact,
 * and otherwise it is at least 1/(step·d) away from one, so ceil/floor are never wrong.
 */
export function countSteps(amount: Ratio, step: Decimal, rounding: StepRounding): Decimal {
  const q = amount.n.dividedBy(amount.d.times(step));
  if (rounding === "up") return q.ceil();
  if (rounding === "down") return q.floor();
  return q;
}

/** A ratio for display: exact when it terminates within 4 places, else "约" and 2 places. */
export function describeRatio(r: Ratio): string {
  const q = r.n.dividedBy(r.d);
  if (q.decimalPlaces() <= 4) return formatDecimal(q);
  return `约 ${formatDecimal(q.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))}`;
}

/** Rounds to 2 places half-up (only rater averages are rounded, docs/spec/templates.md rule 6). */
export function round2(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
