/**
 * The text a scoring sentence is read from: normalised for matching (half-width punctuation, no
 * spaces, "O.5" read as 0.5) with a map back to the verbatim source, split into pieces at
 * commas, semicolons, full stops and line breaks outside brackets and quotes.
 */

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
  "~": "-",
  "〔": "(",
  "〕": ")",
  "【": "(",
  "】": ")",
  "［": "(",
  "］": ")",
  "！": "。",
  "？": "。",
};

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A Chinese numeral up to 一百 (九十五, 十, 百, 八十点五) as decimal text; undefined if not one. */
export function chineseNumber(written: string): string | undefined {
  const [whole = "", fraction] = written.split("点");
  let value = 0;
  let digit = 0;
  for (const ch of whole) {
    if (ch === "百") {
      value += (digit || 1) * 100;
      digit = 0;
    } else if (ch === "十") {
      value += (digit || 1) * 10;
      digit = 0;
    } else if (CN_DIGITS[ch] !== undefined) digit = CN_DIGITS[ch];
    else return undefined;
  }
  value += digit;
  if (fraction === undefined) return whole === "" ? undefined : String(value);
  const decimals = [...fraction].map((ch) => CN_DIGITS[ch]);
  if (decimals.length === 0 || decimals.some((d) => d === undefined)) return undefined;
  return `${value}.${decimals.join("")}`;
}

/** 百分之九十五 / 百分之95 at the start of a text: its length and its figure (95). */
function percentWords(text: string): { length: number; figure: string } | undefined {
  const m = /^百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)/.exec(text);
  if (m === null) return undefined;
  const written = m[1] ?? "";
  const figure = /^\d/.test(written) ? written : chineseNumber(written);
  return figure === undefined ? undefined : { length: m[0].length, figure };
}

/** Normalises `source` keeping a map from each normalised character to its source index. */
export function mapNormalise(source: string): Mapped {
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    // 百分之九十五 is written as 95%: every character of it maps to the words' first character,
    // the % to their last.
    const pct = ch === "百" ? percentWords(source.slice(i)) : undefined;
    if (pct !== undefined) {
      for (const d of pct.figure) {
        text += d;
        at.push(i);
      }
      text += "%";
      at.push(i + pct.length - 1);
      i += pct.length - 1;
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

/** Splits at , ; 。 outside quotes, 《》 and brackets; empty pieces are dropped. */
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
    else if (depth === 0 && ",;。".includes(ch)) {
      push(i, ch);
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
