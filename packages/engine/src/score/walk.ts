/**
 * The tree walk: scores each leaf by its rule kind (looked up in the table), sums groups with
 * their cap and floor, applies gates, and clamps every item to [0, max] (扣完为止).
 */
import type { Decimal } from "../decimal.js";
import { parseDecimal, ZERO } from "../decimal.js";
import { MAX_FAST_TERMS, NOT_SMALL, scaledOf, scaledText, sumTexts } from "../scaled.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import { n } from "../text.js";
import { ruleEnv } from "./env.js";
import {
  extrasOf,
  failedGate,
  gatedResult,
  gatherExtras,
  type ItemExtras,
  type Scored,
  type UnitExtras,
} from "./extras.js";
import { itemKey, remember, remembered, type RoundMemo, type Walked } from "./memo.js";
import type { ItemResult, RoundContext, UnitAdjustment, UnitMark } from "./result.js";

/** What the walk found for the whole unit. */
export interface WalkResult {
  items: ItemResult[];
  /** The unit's total as canonical text, adjustments included (0 under a veto). */
  total: string;
  veto: string | undefined;
  adjustments: UnitAdjustment[] | undefined;
  marks: UnitMark[] | undefined;
}

/** Per unit: the veto raised, if any, and the items' extras; per round: the leaf memo (see memo.ts). */
interface WalkState extends UnitExtras {
  veto: string | undefined;
  memo: RoundMemo | undefined;
}

/** Scores every item of a unit; pass the same `memo` for all units of one round. */
export function walkScheme(
  compiled: CompiledScheme,
  facts: CheckedFacts,
  context: RoundContext,
  memo?: RoundMemo,
): WalkResult {
  const state: WalkState = { veto: undefined, memo, adjustments: undefined, marks: undefined };
  const items = new Array<ItemResult>(compiled.items.length);
  // Added as texts: a scored item's text is its score's canonical text (see sumTexts).
  const scores: string[] = [];
  for (let i = 0; i < compiled.items.length; i++) {
    const walked = walkItem(compiled, compiled.items[i] as CompiledItem, facts, context, state);
    items[i] = walked.result;
    const score = walked.result.score;
    if (score !== null) scores.push(score);
  }
  for (const a of state.adjustments ?? []) scores.push(a.points);
  const { veto, adjustments, marks } = state;
  return { items, total: veto === undefined ? sumTexts(scores) : "0", veto, adjustments, marks };
}

/**
 * Closes the last trace line with the final score, saying when it was clamped, and gives the
 * score's canonical text. The trace is the rule's own fresh array (see `Outcome`), so the line is
 * closed in place. With the max as a scaled integer (`CompiledItem.scaled.max`), a score in the
 * scaled domain is clamped on integers: the same text and wording without two decimal.js
 * comparisons (each copies its argument).
 */
export function close(trace: string[], raw: Decimal, max: Decimal, maxScaled = NOT_SMALL): string {
  if (maxScaled !== NOT_SMALL) {
    const rawText = n(raw);
    const value = scaledOf(rawText);
    if (value !== NOT_SMALL) {
      const below = value < 0;
      const above = !below && value > maxScaled;
      const text = below ? "0" : above ? scaledText(maxScaled) : rawText;
      endLine(trace, ending(raw, above, text));
      return text;
    }
  }
  // clamp(raw, 0, max), comparing once each way.
  const below = raw.lessThan(ZERO);
  const above = !below && raw.greaterThan(max);
  const text = below ? "0" : n(above ? max : raw);
  endLine(trace, ending(raw, above, text));
  return text;
}

/** The end of a closed line: 扣完为止 below 0, the cap at max, else the score. */
function ending(raw: Decimal, above: boolean, text: string): string {
  // isNegative also holds for -0, which is not below 0: the wording stays as it always was.
  return raw.isNegative()
    ? "，扣完为止，得 0 分"
    : above
      ? `，超过本项满分 ${text} 分，按 ${text} 分计`
      : `，得 ${text} 分`;
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
  trace[lastIndex] = last === "" ? ending.slice(1) : [last, ending].join("");
}

/** The children of every remembered leaf: one frozen empty array (results are never mutated). */
const noKids: ItemResult[] = Object.freeze([]) as unknown as ItemResult[];

/** An item's result; built with explicit properties (object spread here cost half the round's time). */
function made(
  ci: CompiledItem,
  children: readonly Walked[],
  trace: string[],
  text: string | null,
  veto: string | undefined,
  extras: ItemExtras | undefined = undefined,
): Walked {
  const kids: ItemResult[] = new Array<ItemResult>(children.length);
  for (let i = 0; i < children.length; i++) kids[i] = (children[i] as Walked).result;
  return {
    result: {
      code: ci.item.code,
      title: ci.item.title,
      max: ci.maxText,
      score: text,
      trace,
      children: kids,
    },
    veto,
    extras,
    scoreId: 0,
    part: undefined,
  };
}

const noChildren: readonly Walked[] = Object.freeze([]);

function walkItem(
  compiled: CompiledScheme,
  ci: CompiledItem,
  facts: CheckedFacts,
  context: RoundContext,
  state: WalkState,
): Walked {
  const count = ci.children.length;
  let children = noChildren;
  if (count > 0) {
    const walked = new Array<Walked>(count);
    for (let i = 0; i < count; i++)
      walked[i] = walkItem(compiled, ci.children[i] as CompiledItem, facts, context, state);
    children = walked;
  }
  // Also when a fact it reads from another item is invalid (9.1 reads 4.1.rate).
  if (
    facts.invalidCodes.size > 0 &&
    (facts.invalidCodes.has(ci.item.code) || ci.readCodes.some((c) => facts.invalidCodes.has(c)))
  ) {
    return made(ci, children, ["填写的事实有误，本项未评分"], null, undefined);
  }
  if (facts.missing.length > 0) {
    const missing = ci.reads.filter((r) => facts.missing.includes(r));
    if (missing.length > 0) {
      // By label; a fact of another item (9.1 reads 4.1's) names that item's code, never the fact's name.
      const labels = missing
        .map((r) => {
          const found = compiled.facts.get(r);
          if (found === undefined) return "所需事实";
          return found.code === ci.item.code
            ? found.decl.label
            : `${found.decl.label}（${found.code} 项）`;
        })
        .join("、");
      return made(ci, children, [`缺少${labels}，本项暂不评分`], null, undefined);
    }
  }

  const round = state.memo;
  const key = round === undefined ? undefined : itemKey(ci, facts, children, round.ids);
  if (round === undefined || key === undefined) {
    const walked = scoreItem(compiled, ci, facts, context, children);
    if (walked.veto !== undefined) state.veto = walked.veto;
    if (walked.extras !== undefined) gatherExtras(state, ci, walked.extras);
    return made(ci, children, walked.trace, walked.text, walked.veto, walked.extras);
  }
  let known = remembered(round, ci.index, key);
  if (known === undefined) {
    const walked = scoreItem(compiled, ci, facts, context, children);
    // Frozen: shared by every unit of the round with this input (see memo.ts).
    const trace = Object.freeze(walked.trace) as string[];
    known = made(ci, noChildren, trace, walked.text, walked.veto, walked.extras);
    known.result.children = noKids;
    known.scoreId = round.ids.stringId(walked.text);
    Object.freeze(known.result);
    remember(round, ci.index, key, known);
  }
  if (known.veto !== undefined) state.veto = known.veto;
  if (known.extras !== undefined) gatherExtras(state, ci, known.extras);
  // A leaf's whole result is shared; a group gets its own object around its children.
  if (count === 0) return known;
  const { score, trace } = known.result;
  const own = made(ci, children, trace, score, known.veto, known.extras);
  own.scoreId = known.scoreId;
  // The same code and score: the term is made once for all units sharing this group's result.
  own.part = partOf(known);
  return own;
}

/**
 * Scores one item whose facts are complete: its gate, then its rule or its children's sum and the
 * clamp, then its extras (amounts beyond its points, a grade veto).
 */
function scoreItem(
  compiled: CompiledScheme,
  ci: CompiledItem,
  facts: CheckedFacts,
  context: RoundContext,
  children: readonly Walked[],
): Scored {
  const gate = failedGate(compiled, ci, facts);
  if (gate !== undefined && (gate.effect === "zero" || gate.effect === "veto"))
    return gatedResult(gate);
  if (ci.rule === undefined) {
    const group = sumGroupScaled(ci, children);
    const trace = group?.trace ?? [];
    const text =
      group !== undefined
        ? closeScaled(trace, group.raw, ci.scaled.max)
        : closeSum(trace, ci, children);
    return { text, trace, veto: undefined, extras: extrasOf(trace, undefined, gate) };
  }
  const outcome = ci.rule.kind.evaluate(
    ci.rule.params,
    ruleEnv(compiled, ci, ci.rule, facts, context),
  );
  const trace = outcome.trace;
  const text = close(trace, outcome.score, ci.max, ci.scaled.max);
  return { text, trace, veto: undefined, extras: extrasOf(trace, outcome.beyond, gate) };
}

/** A group's sum on decimal.js, closed into `trace` (which must be empty). */
function closeSum(trace: string[], ci: CompiledItem, children: readonly Walked[]): string {
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
function partOf(child: Walked): string {
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
