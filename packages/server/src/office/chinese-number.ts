/**
 * Reading numbers written in Chinese (考核细则 write 十五、二十五、一百、两百、零点五、一千零五十、
 * 三万, 十分之一, 百分之九十五, 千分之五): one parser for the rubric reader, exact decimal text
 * out (never a binary float). Searched first: the npm packages `nzh` and
 * `chinese-numbers-converter` convert to JavaScript numbers (0.1 + 0.2 …) and neither reads 分之
 * fractions into exact decimals, so the few lines are kept here (decision 0294).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const LARGE: Readonly<Record<string, bigint>> = { 万: 10_000n, 亿: 100_000_000n };

/** The characters a Chinese numeral is written with (digits, 十百千万亿, 点). */
export const CHINESE_NUMERAL_CHARS = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点";

/** A whole number written with units (一百零五, 二十, 十五, 三万五千) or digit by digit (二〇二四). */
function wholeOf(written: string): bigint | undefined {
  if (written === "") return undefined;
  const chars = [...written];
  if (chars.every((c) => DIGITS[c] !== undefined))
    return BigInt(chars.map((c) => DIGITS[c]).join(""));
  let total = 0n;
  let section = 0n;
  let digit: number | undefined;
  let lastSmall = Infinity;
  let lastLarge: bigint | undefined;
  for (const c of chars) {
    const d = DIGITS[c];
    const small = SMALL[c];
    const large = LARGE[c];
    if (d !== undefined) {
      // With units, two digits in a row only around 零 (一百零五): "五百五五" is not a number.
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined;
      digit = d;
    } else if (small !== undefined) {
      // Units fall within a section (三千五百, not 五百三千); a bare 十 is 一十.
      if (small >= lastSmall) return undefined;
      // A bare 十 is 一十 (十五, 五万零十); a bare 百 or 千 (零百) is not a number.
      if (small !== 10 && (digit === undefined || digit === 0)) return undefined;
      section += BigInt(digit === undefined || digit === 0 ? 1 : digit) * BigInt(small);
      digit = undefined;
      lastSmall = small;
    } else if (large !== undefined) {
      if (lastLarge !== undefined && large >= lastLarge) return undefined;
      const part = section + BigInt(digit ?? 0);
      if (part === 0n) return undefined;
      total += part * large;
      section = 0n;
      digit = undefined;
      lastSmall = Infinity;
      lastLarge = large;
    } else return undefined;
  }
  return total + section + BigInt(digit ?? 0);
}

/**
 * A Chinese numeral as decimal text: 十五 → "15", 两百 → "200", 一百零五 → "105", 零点五 → "0.5",
 * 八十点五 → "80.5", 三万五千 → "35000", 二〇二四 → "2024"; undefined when it is not one.
 */
export function parseChineseNumber(written: string): string | undefined {
  const [whole = "", fraction, more] = written.split("点");
  if (more !== undefined) return undefined;
  const value = wholeOf(whole);
  if (value === undefined) return undefined;
  if (fraction === undefined) return value.toString();
  const decimals = [...fraction].map((c) => DIGITS[c]);
  if (decimals.length === 0 || decimals.some((d) => d === undefined)) return undefined;
  return `${value.toString()}.${decimals.join("")}`;
}

/** numerator / denominator as exact decimal text, or undefined when it does not terminate (三分之一). */
function exactQuotient(numerator: string, denominator: bigint): string | undefined {
  if (denominator <= 0n) return undefined;
  const [int = "0", frac = ""] = numerator.split(".");
  let n = BigInt(int + frac);
  const d = denominator * 10n ** BigInt(frac.length);
  let places = 0;
  while (n % d !== 0n) {
    if (places > 12) return undefined;
    n *= 10n;
    places++;
  }
  const digits = (n / d).toString().padStart(places + 1, "0");
  if (places === 0) return digits;
  const text = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, "");
  return text;
}

/** A number of a fraction: digits or a Chinese numeral. */
const numberText = (s: string): string | undefined =>
  /^\d+(?:\.\d+)?$/.test(s) ? s : parseChineseNumber(s);

/**
 * A fraction written N分之M: 十分之一 → "0.1", 四分之三 → "0.75", 五分之2 → "0.4"; undefined for
 * a quotient that does not end (三分之一) and for 百分之 / 千分之, which are percentages.
 */
export function parseChineseFraction(denominator: string, numerator: string): string | undefined {
  const d = numberText(denominator);
  const m = numberText(numerator);
  if (d === undefined || m === undefined || d.includes(".")) return undefined;
  return exactQuotient(m, BigInt(d));
}
