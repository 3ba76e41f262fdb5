/**
 * The scaled-integer fast path (docs/decisions/0008): sums and rater means of canonical decimal
 * texts with few places, computed on JS integers where that is exact, else by decimal.js. Each
 * function gives exactly the text the decimal.js computation gives (test/decimal-fast.test.ts).
 */
import {
  compareRatio,
  constant,
  Decimal,
  formatDecimal,
  ONE,
  type Ratio,
  ZERO,
} from "./decimal.js";

/** Scaled integers count ten-thousandths; 900 terms of < 10⁹ stay below 2⁵³, so JS adds them exactly. */
const SCALE = 10_000;
export const MAX_FAST_TERMS = 900;

/**
 * Canonical text of the sum of canonical decimal texts ("12.5", "3", "0.25"), as
 * `formatDecimal(sum(texts.map(t => new Decimal(t))))` but without decimal.js in the usual case:
 * item scores have few places, so they are added as scaled integers (exact, see SCALE). Any text
 * outside that domain (more places, larger values, too many terms) takes decimal.js.
 */
export function sumTexts(texts: readonly string[]): string {
  if (texts.length > MAX_FAST_TERMS) return formatDecimal(sumSlow(texts));
  let total = 0;
  for (let i = 0; i < texts.length; i++) {
    const scaled = scaledOf(texts[i] as string);
    if (scaled === NOT_SMALL) return formatDecimal(sumSlow(texts));
    total += scaled;
  }
  return scaledText(total);
}

/** What `scaledOf` returns for a text outside the fast domain (not an integer, so never a value). */
export const NOT_SMALL = 0.5;

/**
 * A decimal text in the fast domain — `^-?\d{1,9}(\.\d{1,4})?$`: at most 9 integer digits and
 * 4 places — as an integer count of ten-thousandths (exact: below 10¹³); NOT_SMALL otherwise.
 * Read character by character (a regular expression's match array per score was a tenth of a
 * round's allocations).
 */
export function scaledOf(text: string): number {
  const length = text.length;
  let i = 0;
  const negative = length > 0 && text.charCodeAt(0) === 45; // "-"
  if (negative) i = 1;
  const wholeStart = i;
  let whole = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits < 1 || wholeDigits > 9) return NOT_SMALL;
  let part = 0;
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return NOT_SMALL; // "."
    const partStart = ++i;
    for (; i < length; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return NOT_SMALL;
      part = part * 10 + c;
    }
    const places = i - partStart;
    if (places < 1 || places > 4) return NOT_SMALL;
    for (let p = places; p < 4; p++) part *= 10;
  }
  const scaled = whole * SCALE + part;
  return negative ? -scaled : scaled;
}

function sumSlow(texts: readonly string[]): Decimal {
  let total = ZERO;
  for (const text of texts) total = total.plus(new Decimal(text));
  return total;
}

/** Canonical text of an integer count of 1/scale (scale a power of ten; −0 is written "0"). */
export function scaledText(scaled: number, scale = SCALE): string {
  const abs = Math.abs(scaled);
  const whole = Math.floor(abs / scale);
  const part = abs - whole * scale;
  const sign = scaled < 0 ? "-" : "";
  if (part === 0) return `${sign}${whole}`;
  // The fraction's digits without trailing zeros: drop them from the integer first (no RegExp).
  let digits = String(scale).length - 1;
  let fraction = part;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  return `${sign}${whole}.${String(fraction).padStart(digits, "0")}`;
}

/** a / b rounded half-up for safe integers a ≥ 0, b > 0 (the float quotient is corrected, so exact). */
function divideHalfUp(a: number, b: number): number {
  let q = Math.floor(a / b);
  let r = a - q * b;
  if (r < 0) {
    q -= 1;
    r += b;
  } else if (r >= b) {
    q += 1;
    r -= b;
  }
  return 2 * r >= b ? q + 1 : q;
}

/**
 * A rater mean (docs/spec/templates.md rule 6) from the ratings' canonical texts: the mean rounded to 2
 * places half-up, and — only when that differs from the exact mean — the exact mean rounded to
 * 6 places half-up, as `round2(sum ÷ k)` and `(sum ÷ k).toDecimalPlaces(6)` give them. Scaled
 * integers for up to 900 ratings of ≤ 9 integer digits and ≤ 4 places whose sum stays below
 * 10⁹ (so sum × 100 is a safe integer); undefined outside that, and the caller uses decimal.js.
 * (decimal.js divides at 40 digits first; a mean of such ratings is a fraction with denominator
 * ≤ 9·10⁶, never within 10⁻³⁰ of a rounding boundary it is not on, so that changes nothing.)
 */
export function meanTexts(
  texts: readonly string[],
): { mean: string; exact: string | undefined } | undefined {
  const k = texts.length;
  if (k === 0 || k > MAX_FAST_TERMS) return undefined;
  let total = 0;
  for (let i = 0; i < k; i++) {
    const scaled = scaledOf(texts[i] as string);
    if (scaled === NOT_SMALL) return undefined;
    total += scaled;
  }
  const abs = Math.abs(total);
  if (abs >= 1e9 * SCALE) return undefined;
  const sign = total < 0 ? -1 : 1;
  // Half-up rounds half away from zero: round the magnitude, then put the sign back.
  const hundredths = sign * divideHalfUp(abs, 100 * k);
  const mean = scaledText(hundredths, 100);
  if (abs % (100 * k) === 0) return { mean, exact: undefined };
  return { mean, exact: scaledText(sign * divideHalfUp(abs * 100, k), 1_000_000) };
}

/**
 * `compareRatio(r, constant(text))` for a scheme literal: a plain value (d = 1) and a literal both
 * in the scaled domain (scaled.ts) compare as integers, without decimal.js (whose comparison
 * copies its argument into a new Decimal every time); anything else takes `compareRatio`.
 */
export function compareRatioText(r: Ratio, text: string): number {
  if (r.d === ONE) {
    const a = scaledOf(formatDecimal(r.n));
    const b = a === NOT_SMALL ? NOT_SMALL : scaledOf(text);
    if (b !== NOT_SMALL) return a < b ? -1 : a > b ? 1 : 0;
  }
  return compareRatio(r, constant(text));
}
