/**
 * Text of a PDF page as the rubric reader needs it: pdfjs's runs placed (baseline, left, right,
 * size), the characters some producers write as CJK radicals (⼯ for 工, ⻄ for 西) read as the
 * ideographs they print, runs joined into lines and lines into a cell's or a paragraph's text.
 * A space a PDF puts between two Chinese characters is layout, not text: it is dropped. Full-width
 * and half-width characters are kept as printed (the sentence reader matches both, text.ts).
 */
import type { PdfRun } from "./extract.js";

/** A run of text on the page: its text, baseline, left and right edges and font size. */
export interface Run {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A line: runs on one baseline, left to right. */
export interface Line {
  runs: Run[];
  x: number;
  right: number;
  y: number;
  size: number;
}

/**
 * CJK Radicals Supplement forms that print as whole simplified characters and that Unicode's
 * compatibility mapping leaves alone (the Kangxi radicals, U+2F00–U+2FD5, it maps itself).
 */
const RADICALS: Readonly<Record<string, string>> = {
  "\u2E8C": "小",
  "\u2EA0": "民",
  "\u2EA7": "牛",
  "\u2EAE": "竹",
  "\u2EB3": "网",
  "\u2EBC": "月",
  "\u2EC4": "西",
  "\u2EC5": "见",
  "\u2EC6": "角",
  "\u2EC8": "讠",
  "\u2EC9": "贝",
  "\u2ECB": "车",
  "\u2ED3": "长",
  "\u2ED4": "门",
  "\u2ED8": "青",
  "\u2ED9": "韦",
  "\u2EDA": "页",
  "\u2EDB": "风",
  "\u2EDC": "飞",
  "\u2EDD": "食",
  "\u2EE2": "马",
  "\u2EE3": "骨",
  "\u2EE4": "鬼",
  "\u2EE5": "鱼",
  "\u2EE6": "鸟",
  "\u2EE7": "卤",
  "\u2EE8": "麦",
  "\u2EE9": "黄",
  "\u2EEC": "齐",
  "\u2EEE": "齿",
  "\u2EF0": "龙",
  "\u2EF3": "龟",
};

/** Radical and compatibility forms read as the ideographs they print; nothing else changed. */
export function printedText(text: string): string {
  return text.replace(
    /[\u2E80-\u2FDF\uF900-\uFAFF]/g,
    (ch) => RADICALS[ch] ?? ch.normalize("NFKC"),
  );
}

/** A Chinese character or full-width punctuation: no space is read beside one. */
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Spaces between two wide characters dropped. */
function withoutCjkSpaces(text: string): string {
  return text.replace(/(?<=\S)[ \u00A0\u3000]+(?=\S)/gu, (spaces, at: number, all: string) =>
    WIDE.test(all[at - 1] ?? "") && WIDE.test(all[at + spaces.length] ?? "") ? "" : spaces,
  );
}

/** The placed runs of a page; runs drawn rotated or skewed are not read. */
export function placedRuns(runs: readonly PdfRun[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = r.transform;
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
    const text = printedText(r.text);
    if (text.trim() === "") continue;
    out.push({ text, x: e, right: e + r.width, y: f, size: Math.abs(d) || r.height || 10 });
  }
  return out;
}

/** Estimated share of a run's width up to each character: a wide character counts two. */
function weightOf(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

/** A run cut where it crosses `x` (a column boundary); one run when it does not. */
export function splitRunAt(run: Run, x: number): Run[] {
  if (x <= run.x + 0.5 || x >= run.right - 0.5) return [run];
  const chars = [...run.text];
  const total = chars.reduce((n, ch) => n + weightOf(ch), 0);
  const unit = (run.right - run.x) / total;
  let at = run.x;
  let k = 0;
  while (k < chars.length && at + (weightOf(chars[k] ?? "") * unit) / 2 < x) {
    at += weightOf(chars[k] ?? "") * unit;
    k++;
  }
  if (k === 0 || k === chars.length) return [run];
  return [
    { ...run, text: chars.slice(0, k).join(""), right: at },
    { ...run, text: chars.slice(k).join(""), x: at },
  ];
}

/** Runs grouped into lines by baseline (top to bottom), each line left to right. */
export function linesOf(runs: readonly Run[]): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= 0.4 * Math.min(l.size, run.size));
    if (line === undefined) {
      lines.push({ runs: [run], x: run.x, right: run.right, y: run.y, size: run.size });
      continue;
    }
    line.runs.push(run);
    line.x = Math.min(line.x, run.x);
    line.right = Math.max(line.right, run.right);
    line.size = Math.max(line.size, run.size);
  }
  for (const l of lines) l.runs.sort((p, q) => p.x - q.x);
  return lines.sort((p, q) => q.y - p.y);
}

/**
 * A line's text: runs joined; a gap wider than a third of the font between two Latin letters or
 * digits is a space, any other gap is none (a Chinese line has no spaces).
 */
export function lineText(line: Line): string {
  let out = "";
  let right = Number.NEGATIVE_INFINITY;
  for (const run of line.runs) {
    const gap = run.x - right;
    const before = out[out.length - 1] ?? "";
    const after = run.text[0] ?? "";
    if (
      out !== "" &&
      gap > line.size / 3 &&
      /[A-Za-z0-9%.]/.test(before) &&
      /[A-Za-z0-9]/.test(after)
    )
      out += " ";
    out += run.text;
    right = run.right;
  }
  return withoutCjkSpaces(out.replace(/\s+/g, " ").trim());
}

/** A numbered start (1. 2、 （1） 一、 ① …): a new paragraph, a new line in a cell. */
export const NUMBERED =
  /^(?:\d+(?:\.\d+)*[、.．](?!\d)|[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+[、.．]|[①-⑳]|第[一二三四五六七八九十]+[部项章条])/;

/**
 * The text of lines in a cell: a line printed on after the last (a wrap) is joined to it; one
 * starting with a number (1. （2） ③) starts a new line as the writer's own would.
 */
export function joinLines(texts: readonly string[]): string {
  let out = "";
  for (const t of texts) {
    if (t === "") continue;
    if (out === "") out = t;
    else if (NUMBERED.test(t)) out += `\n${t}`;
    else out += /[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test(t) ? ` ${t}` : t;
  }
  return out;
}
