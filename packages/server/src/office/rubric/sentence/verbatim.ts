/**
 * 依据原文 as written (decision 0331): a recogniser's phrase is made of pieces of the normalised
 * text (half-width punctuation, 百分之九十 as 90%, «达到目标值» with the stated target's figure), so
 * each piece is mapped back to its span of the source and the source's own text is shown — runs
 * that stand together in the source as one, runs apart joined by an ellipsis.
 */
import { toSource } from "./read.js";
import type { Mapped } from "./text.js";

/** What may stand between two pieces of one run: punctuation and line breaks. */
const BETWEEN = /^[\s，,；;。.、：:]*$/;

/**
 * The source text a phrase of the normalised text was read from. A phrase none of whose pieces
 * is in the text (an explanation given instead of a phrase, a line the table implied) is
 * returned as it is.
 */
export function verbatimPhrase(phrase: string, mapped: Mapped, source: string): string {
  const pieces = phrase
    .split(/[；;,，。]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const piece of pieces) {
    // In order first (a piece may recur), else anywhere.
    let at = mapped.text.indexOf(piece, from);
    if (at < 0) at = mapped.text.indexOf(piece);
    if (at < 0) continue;
    from = at + piece.length;
    const r = toSource(mapped, at, at + piece.length);
    // Text appended from another cell (a signed 分值 implied) maps past the source's end.
    const end = Math.min(r.end, source.length);
    if (r.start < end) ranges.push({ start: r.start, end });
  }
  if (ranges.length === 0) return phrase;
  ranges.sort((a, b) => a.start - b.start);
  const runs: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      (r.start <= last.end || BETWEEN.test(source.slice(last.end, r.start)))
    )
      last.end = Math.max(last.end, r.end);
    else runs.push({ ...r });
  }
  return runs.map((r) => source.slice(r.start, r.end)).join("……");
}

/**
 * A fact's label as the source writes its brackets: a label is read from the normalised text,
 * where （街道） became (街道); each bracketed run found there is given back as the source has it
 * (nothing typed is silently changed, 0347).
 */
export function verbatimLabel(label: string, mapped: Mapped, source: string): string {
  return label.replace(/\(([^()]*)\)/g, (whole: string, inner: string) => {
    const at = mapped.text.indexOf(whole);
    if (at < 0) return whole;
    const r = toSource(mapped, at, at + whole.length);
    const written = source.slice(r.start, r.end);
    return written.length === whole.length && written.slice(1, -1) === inner ? written : whole;
  });
}
