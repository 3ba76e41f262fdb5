/**
 * Closing an item's score: the clamp to [0, max] with its wording (扣完为止, 超过本项满分), and a
 * group's sum of its children with its cap and floor — on scaled integers where every value is
 * in that domain, else on decimal.js (split from walk.ts).
 */
import type { Decimal } from "../decimal.js";
import { parseDecimal, ZERO } from "../decimal.js";
import { MAX_FAST_TERMS, NOT_SMALL, scaledOf, scaledText, sumTexts } from "../scaled.js";
import type { CompiledItem } from "../scheme/compile.js";
import { n } from "../text.js";
import type { Walked } from "./memo.js";

/**
 * Closes the last trace line with the final score, saying when it was clamped, and gives the
 * score's canonical text. The trace is the rule's own fresh array (see `Outcome`), so the line is
 * closed in place. With the max as a scaled integer (`CompiledItem.scaled.max`), a score in the
 * scaled domain is clamped on integers: the same text and wording without two decimal.js
 * comparisons (each copies its argument). `verb` is the item's award verb (`awardVerb`): a 加分
 * item's leaf closes «…，加 2 分» (decision 0346), any other item and every group «…，得 2 分».
 */
export function close(
  trace: string[],
  raw: Decimal,
  max: Decimal,
  maxScaled = NOT_SMALL,
  verb: "得" | "加" = "得",
): string {
  if (maxScaled !== NOT_SMALL) {
    const rawText = n(raw);
    const value = scaledOf(rawText);
    if (value !== NOT_SMALL) {
      const below = value < 0;
      const above = !below && value > maxScaled;
      const text = below ? "0" : above ? scaledText(maxScaled) : rawText;
      endLine(trace, ending(raw, above, text, verb));
      return text;
    }
  }
  // clamp(raw, 0, max), comparing once each way.
  const below = raw.lessThan(ZERO);
  const above = !below && raw.greaterThan(max);
  const text = below ? "0" : n(above ? max : raw);
  endLine(trace, ending(raw, above, text, verb));
  return text;
}

/** A 加分 item's leaf that earned nothing closes «…，不加分» («加 0 分» reads like an award). */
const NO_AWARD = "，不加分";

/** The end of a closed line: 扣完为止 below 0, the cap at max, else the score. */
function ending(raw: Decimal, above: boolean, text: string, verb: "得" | "加"): string {
  // isNegative also holds for -0, which is not below 0: the wording stays as it always was.
  return raw.isNegative()
    ? "，扣完为止，得 0 分"
    : above
      ? `，超过本项满分 ${text} 分，按 ${text} 分计`
      : verb === "加" && text === "0"
        ? NO_AWARD
        : `，${verb} ${text} 分`;
}

/**
 * Appends the ending to the trace's last line (or makes it the line, without its comma). The line
 * is joined into one flat string: a line built by `+` is a tree of string pieces, and every line
 * lives as long as the round's result, so one flat string each is much less for the garbage
 * collector to copy.
 */
function endLine(trace: string[], ending: string): void {
  if (trace.length === 0) trace.push("");
  const lastIndex = trace.length - 1;
  const last = trace[lastIndex] as string;
  // A rule that already said «不加分» (获得荣誉 0 项，不加分) is not told it twice.
  if (ending === NO_AWARD && last.endsWith(NO_AWARD.slice(1))) return;
  trace[lastIndex] = last === "" ? ending.slice(1) : [last, ending].join("");
}

/** A group's sum on decimal.js, closed into `trace` (which must be empty). */
export function closeSum(trace: string[], ci: CompiledItem, children: readonly Walked[]): string {
  const group = sumGroup(ci, children);
  trace.push(...group.trace);
  return close(trace, group.raw, ci.max, ci.scaled.max);
}

/**
 * `close` on a scaled integer (src/scaled.ts): the same clamp, wording and text, for a group
 * whose sum, cap, floor and max are all in the scaled domain (so the value is never −0).
 */
export function closeScaled(trace: string[], raw: number, max: number): string {
  const below = raw < 0;
  const above = !below && raw > max;
  const text = below ? "0" : scaledText(above ? max : raw);
  const ending = below
    ? "，扣完为止，得 0 分"
    : above
      ? `，超过本项满分 ${text} 分，按 ${text} 分计`
      : `，得 ${text} 分`;
  endLine(trace, ending);
  return text;
}

/**
 * `sumGroup` on scaled integers, without decimal.js: the same trace, and the bounded sum as a
 * scaled integer. Undefined (the caller takes decimal.js) when a child's score, the cap, the floor
 * or the max is outside the scaled domain, or there are more than MAX_FAST_TERMS children, so
 * every value and partial sum is an exact integer below 2⁵³.
 */
export function sumGroupScaled(
  ci: CompiledItem,
  children: readonly Walked[],
): { raw: number; trace: string[] } | undefined {
  const { max, cap, floor } = ci.scaled;
  if (
    max === NOT_SMALL ||
    cap === NOT_SMALL ||
    floor === NOT_SMALL ||
    children.length > MAX_FAST_TERMS
  )
    return undefined;
  let parts = "";
  let skipped = "";
  let raw = 0;
  for (let i = 0; i < children.length; i++) {
    const result = (children[i] as Walked).result;
    const score = result.score;
    if (score === null) {
      skipped = skipped === "" ? result.code : `${skipped}、${result.code}`;
      continue;
    }
    const value = scaledOf(score);
    if (value === NOT_SMALL) return undefined;
    raw += value;
    const part = partOf(children[i] as Walked);
    parts = parts === "" ? part : `${parts} + ${part}`;
  }
  const overCap = cap !== undefined && raw > cap;
  const bounded = overCap || (floor !== undefined && raw < floor);
  const trace = [
    `各子项合计：${parts === "" ? "无" : parts}${bounded ? ` = ${scaledText(raw)} 分` : ""}`,
  ];
  if (skipped !== "") trace.unshift(`${skipped} 未评分，暂不计入`);
  if (overCap) {
    const text = scaledText(cap);
    trace.push(`超过上限 ${text} 分，按 ${text} 分计`);
    raw = cap;
  }
  if (floor !== undefined && raw < floor) {
    const text = scaledText(floor);
    trace.push(`低于保底 ${text} 分，按 ${text} 分计`);
    raw = floor;
  }
  return { raw, trace };
}

/** A scored child's term in its group's sum: "code（score 分）", made once per `Walked`. */
export function partOf(child: Walked): string {
  return (child.part ??= `${child.result.code}（${child.result.score as string} 分）`);
}

/** A group: the sum of its scored children, then its cap and floor (one pass, no arrays but the trace). */
export function sumGroup(
  ci: CompiledItem,
  children: readonly Walked[],
): { raw: Decimal; trace: string[] } {
  let parts = "";
  let skipped = "";
  const texts: string[] = [];
  for (let i = 0; i < children.length; i++) {
    const result = (children[i] as Walked).result;
    const score = result.score;
    if (score === null) {
      skipped = skipped === "" ? result.code : `${skipped}、${result.code}`;
      continue;
    }
    texts.push(score);
    const part = partOf(children[i] as Walked);
    parts = parts === "" ? part : `${parts} + ${part}`;
  }
  const rawText = sumTexts(texts);
  // Canonical text always parses; the Decimal is shared (immutable) with other equal sums.
  let raw = parseDecimal(rawText) as Decimal;
  const overCap = ci.cap !== undefined && raw.greaterThan(ci.cap);
  const bounded = overCap || (ci.floor !== undefined && raw.lessThan(ci.floor));
  const trace = [`各子项合计：${parts === "" ? "无" : parts}${bounded ? ` = ${rawText} 分` : ""}`];
  if (skipped !== "") trace.unshift(`${skipped} 未评分，暂不计入`);
  if (overCap) {
    trace.push(`超过上限 ${n(ci.cap as Decimal)} 分，按 ${n(ci.cap as Decimal)} 分计`);
    raw = ci.cap as Decimal;
  }
  if (ci.floor !== undefined && raw.lessThan(ci.floor)) {
    trace.push(`低于保底 ${n(ci.floor)} 分，按 ${n(ci.floor)} 分计`);
    raw = ci.floor;
  }
  return { raw, trace };
}
