/**
 * Exact fractions on BigInt, for the cross-unit kinds that combine many units' values (the mean
 * of a round's ratios, a unit's value over the best one): sums of ratios with different
 * denominators would lose digits in 40-digit decimals. Results go back to the engine's Decimal
 * only to be shown or as a final quotient.
 */
import { Decimal, formatDecimal, type Ratio } from "./decimal.js";

/** n/d with d > 0, reduced. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A reduced fraction (d ≠ 0). */
export function fraction(n: bigint, d: bigint): Fraction {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** A decimal as a fraction, exactly. */
export function fromDecimal(value: Decimal): Fraction {
  const text = formatDecimal(value);
  const negative = text.startsWith("-");
  const [whole = "0", part = ""] = (negative ? text.slice(1) : text).split(".");
  const n = BigInt(whole + part) * (negative ? -1n : 1n);
  return fraction(n, 10n ** BigInt(part.length));
}

/** A ratio of two decimals as a fraction. */
export function fromRatio(r: Ratio): Fraction {
  const a = fromDecimal(r.n);
  const b = fromDecimal(r.d);
  return fraction(a.n * b.d, a.d * b.n);
}

/** a + b. */
export function add(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b. */
export function subtract(a: Fraction, b: Fraction): Fraction {
  return add(a, { n: -b.n, d: b.d });
}

/** a × b. */
export function multiply(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.n, a.d * b.d);
}

/** a ÷ b (b ≠ 0). */
export function divide(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d, a.d * b.n);
}

/** −1, 0 or 1. */
export function compare(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The mean of one or more fractions. */
export function mean(values: readonly Fraction[]): Fraction {
  let total: Fraction = { n: 0n, d: 1n };
  for (const v of values) total = add(total, v);
  return fraction(total.n, total.d * BigInt(values.length));
}

/** Whole steps of size `step` in `amount` (both ≥ 0), rounded up or down, exactly. */
export function wholeSteps(amount: Fraction, step: Fraction, up: boolean): bigint {
  const num = amount.n * step.d;
  const den = amount.d * step.n;
  const q = num / den;
  return up && q * den !== num ? q + 1n : q;
}

/** The fraction as the engine's Decimal (correctly rounded at 40 digits when it does not terminate). */
export function toDecimal(f: Fraction): Decimal {
  return new Decimal(f.n.toString()).dividedBy(new Decimal(f.d.toString()));
}

/** For JSON (the round context): "n/d". */
export function fractionText(f: Fraction): string {
  return `${f.n}/${f.d}`;
}

/** Reads `fractionText`; undefined for anything else. */
export function parseFraction(text: unknown): Fraction | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^(-?\d+)\/(\d+)$/.exec(text);
  if (m === null || m[2] === "0") return undefined;
  return fraction(BigInt(m[1] as string), BigInt(m[2] as string));
}

/** A fraction for a trace: exact when it terminates within 4 places, else "约" and 2 places. */
export function describeFraction(f: Fraction): string {
  const q = toDecimal(f);
  if (q.decimalPlaces() <= 4) return formatDecimal(q);
  return `约 ${formatDecimal(q.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))}`;
}
