/**
 * The text a scoring sentence is read from: normalised for matching (half-width punctuation, no
 * spaces, "O.5" read as 0.5) with a map back to the verbatim source, split into pieces at
 * commas, semicolons, full stops and line breaks outside brackets and quotes.
 */

import {
  CHINESE_NUMERAL_CHARS,
  parseChineseFraction,
  parseChineseNumber,
} from "../../chinese-number.js";

/** A normalised text and, for each of its characters, the index of that character in the source. */
export interface Mapped {
  text: string;
  at: number[];
}

const widths: Readonly<Record<string, string>> = {
  "，": ",",
  "；": ";",
  "：": ":",
  "（": "(",
  "）": ")",
  "％": "%",
  "．": ".",
  "－": "-",
  "—": "-",
  "～": "-",
  "〜": "-",
  "~": "-",
  "〔": "(",
  "〕": ")",
  "【": "(",
  "】": ")",
  "［": "(",
  "］": ")",
  "＝": "=",
  "／": "/",
  "！": "。",
  "？": "。",
};

/** A number of a percentage: digits or a Chinese numeral (百分之百 is 100%). */
const figureOf = (written: string) =>
  /^\d/.test(written) ? written : written === "百" ? "100" : parseChineseNumber(written);
const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+|\\d+(?:\\.\\d+)?`;
const PER_HUNDRED = new RegExp(`^(百|千)分之(${NUMERAL})`);
const FRACTION = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]+)分之(${NUMERAL})`);
const RUN = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);

/**
 * A number written in Chinese at the start of a text, as it is read: 百分之九十五 → 95%,
 * 千分之五 → 5‰, 十分之一 → 0.1, 二十五 → 25, 零点五 → 0.5, 两百 → 200. A single character (一, 十,
 * 两) is left as written — the patterns read it where it is a number, and 一票否决, 两定机构,
 * 十分重要 stay words; so are runs of bare digits (一一对应, 十三五 is read only where it is a number).
 */
export function numberWords(text: string): { length: number; figure: string } | undefined {
  const pct = PER_HUNDRED.exec(text);
  if (pct !== null) {
    const figure = figureOf(pct[2] ?? "");
    if (figure === undefined) return undefined;
    return { length: pct[0].length, figure: `${figure}${pct[1] === "百" ? "%" : "‰"}` };
  }
  const frac = FRACTION.exec(text);
  if (frac !== null) {
    const figure = parseChineseFraction(frac[1] ?? "", frac[2] ?? "");
    if (figure !== undefined) return { length: frac[0].length, figure };
  }
  const run = RUN.exec(text)?.[0] ?? "";
  // The longest prefix that is a number (二十五分 → 二十五; 一百零五点五 → all).
  for (let n = run.length; n >= 2; n--) {
    const written = run.slice(0, n);
    if (!/[十拾百佰千仟万亿点〇]/.test(written) || /点$/.test(written)) continue;
    const figure = parseChineseNumber(written);
    if (figure !== undefined) return { length: n, figure };
  }
  return undefined;
}

/** A target figure stated once («目标值：≥97%», «目标值为85%», a 目标值 column's line). */
const DECLARED =
  /(目标值|指标值)\s*(?:[:：]|为|是)?\s*(?:≥|>=|不低于|不少于|达到)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/** A comparison with the target (达到目标值, 每低于目标值): the stated figure is meant. */
const COMPARED = /(?:达到|达|低于|高于|超过|超出|不足|不低于|未达到|÷|\/|除以)$/;

/**
 * Where the text compares with a target stated once in it as a percentage: each such «目标值»
 * (after 达到/低于/超过 …) and the figure read in its place. A task's 目标值 with no figure stated
 * stays a completion rate (measured.ts).
 */
function targetsOf(source: string): Map<number, { length: number; figure: string }> {
  const declared = [...source.matchAll(DECLARED)];
  const figures = new Set(declared.map((m) => m[2]));
  const out = new Map<number, { length: number; figure: string }>();
  if (figures.size !== 1) return out;
  const figure = `${[...figures][0] ?? ""}%`;
  const inDeclaration = (i: number) =>
    declared.some((m) => i >= (m.index ?? 0) && i < (m.index ?? 0) + m[0].length);
  for (const m of source.matchAll(/目标值|指标值/g)) {
    const i = m.index ?? 0;
    if (inDeclaration(i) || !COMPARED.test(source.slice(Math.max(0, i - 3), i))) continue;
    if (/^完成率/.test(source.slice(i + m[0].length))) continue;
    out.set(i, { length: m[0].length, figure });
  }
  return out;
}

/** Normalises `source` keeping a map from each normalised character to its source index. */
export function mapNormalise(source: string): Mapped {
  let text = "";
  const at: number[] = [];
  const targets = targetsOf(source);
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    // 达到目标值 with «目标值：97%» stated: read as 达到97%, mapped back to the words.
    const target = targets.get(i);
    if (target !== undefined) {
      [...target.figure].forEach((d, k) => {
        text += d;
        at.push(k === target.figure.length - 1 ? i + target.length - 1 : i);
      });
      i += target.length - 1;
      continue;
    }
    // 百分之九十五 is written as 95%, 二十五 as 25: every character of the figure maps to the
    // words' first character, its last to their last. Not inside a run of numerals (十五 of 二十五).
    const words = CHINESE_NUMERAL_CHARS.includes(source[i - 1] ?? "")
      ? undefined
      : numberWords(source.slice(i));
    if (words !== undefined) {
      [...words.figure].forEach((d, k) => {
        text += d;
        at.push(k === words.figure.length - 1 ? i + words.length - 1 : i);
      });
      i += words.length - 1;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      // A line break inside a cell ends a sentence.
      if (text !== "" && !/[;。,]$/.test(text)) {
        text += "。";
        at.push(i);
      }
      continue;
    }
    if (/\s/.test(ch)) continue;
    let out = widths[ch] ?? ch;
    const code = out.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out = String.fromCharCode(code - 0xff10 + 48);
    if ((out === "O" || out === "o") && source[i + 1] === "." && /\d/.test(source[i + 2] ?? ""))
      out = "0";
    text += out;
    at.push(i);
  }
  at.push(source.length);
  return { text, at };
}

/** A piece of the normalised text between separators: [start, end) in the normalised text. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** The separator that ended it (",", ";", "。" or "" at the end). */
  stop: string;
}

/**
 * "80%以上计2分、60%-80%计1分", "“好”等次得3分、“较好”等次得2分": a 、 after points that starts
 * another threshold or quoted grade with its own points separates two clauses (a list of amounts,
 * 分别加3分、2分, does not).
 */
function bandAfter(text: string, i: number): boolean {
  if (text[i] !== "、" || text[i - 1] !== "分") return false;
  const next = /^[^,;。、]*/.exec(text.slice(i + 1))?.[0] ?? "";
  if (
    /^[“"][^”"]{1,6}[”"](?:等次|等级|档次)?(?:的|为)?(?:得|计|记|赋)(?:\d|满分)|^[“"][^”"]{1,6}[”"](?:等次|等级|档次)?(?:的)?不得分/.test(
      next,
    )
  )
    return true;
  return (
    /^(?:\d|达到|达|不低于|不足|低于|高于|超过|≥|>|<|≤|在\d)/.test(next) &&
    /\d(?:%|‰|个百分点|元|万元|人|户|家|件|次|天|日)?[^分]*?(?:得|计|记|扣|减|加|赋)\d+(?:\.\d+)?分|不得分|不计分/.test(
      next,
    )
  );
}

/** A base score ending right before a colon (以6分为基数: …, 基础分8分: …): the lines after it are its own. */
const BASE_BEFORE =
  /(?:(?:基础分|基本分|基准分|起评分|底分)(?:值)?(?:为|是)?\d+(?:\.\d+)?分|以\d+(?:\.\d+)?分为(?:基数|基础分?|基准分?|起评分|起点))$/;

/** Splits at , ; 。 outside quotes, 《》 and brackets (and 、 between bands); empty pieces are dropped. */

export function splitPieces(text: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, stop: string) => {
    let s = start;
    const e = end;
    while (s < e && /[、:]/.test(text[s] ?? "")) s++;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), stop });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if ('“《("‘「'.includes(ch)) depth++;
    else if ('”》)"’」'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (
      (depth === 0 && ",;。".includes(ch)) ||
      (depth === 0 && bandAfter(text, i)) ||
      (depth === 0 && ch === ":" && BASE_BEFORE.test(text.slice(0, i)))
    ) {
      push(i, ch === "、" ? "," : ch);
      start = i + 1;
    }
  }
  push(text.length, "");
  return out;
}

const digits: Readonly<Record<string, string>> = {
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
  十: "10",
  半: "0.5",
};

/** A number as written: decimal digits, or one Chinese numeral (一…十, 两, 半). */
export const NUMBER = "(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半])";

/** The decimal text of a number matched by NUMBER. */
export function numberOf(written: string | undefined): string {
  if (written === undefined) return "1";
  return digits[written] ?? written.replace(/^0+(?=\d)/, "");
}
