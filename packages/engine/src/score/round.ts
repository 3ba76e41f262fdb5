/** Scoring one unit and a whole round, and ranking. */
import { Decimal } from "../decimal.js";
import { NOT_SMALL, scaledOf } from "../scaled.js";
import { newCheckMemo, type CheckMemo } from "../facts/check-item.js";
import { checkUnitFacts, type CheckedFacts } from "../facts/check-unit.js";
import type { Problem, UnitProblem } from "../problems.js";
import { problem } from "../problems.js";
import type { CompiledScheme } from "../scheme/compile.js";
import type { Scheme } from "../scheme/schema.js";
import { compiledOf } from "../scheme/validate.js";
import { contextFromChecked } from "./context.js";
import type { RoundContext, RoundResult, UnitFacts, UnitResult } from "./result.js";
import { roundMemo, type RoundMemo } from "./memo.js";
import { walkScheme } from "./walk.js";

/** Builds a unit's result from its checked facts. */
export function resultOf(
  compiled: CompiledScheme,
  unit: UnitFacts,
  facts: CheckedFacts,
  context: RoundContext,
  memo?: RoundMemo,
): UnitResult {
  const walked = walkScheme(compiled, facts, context, memo);
  const result: UnitResult = {
    id: unit.id,
    name: unit.name,
    total: walked.total,
    rank: null,
    complete: facts.missing.length === 0 && facts.problems.length === 0,
    missing: facts.missing,
    items: walked.items,
  };
  if (walked.veto !== undefined) result.veto = walked.veto;
  if (walked.adjustments !== undefined) result.adjustments = walked.adjustments;
  if (walked.marks !== undefined) result.marks = walked.marks;
  return result;
}

/**
 * Scores one unit. Without a context the unit is a round of its own (it is then "first" in any
 * cross-unit rule it qualifies for). Items whose facts are invalid or missing score null.
 */
export function scoreUnit(scheme: Scheme, unit: UnitFacts, context?: RoundContext): UnitResult {
  const compiled = compiledOf(scheme);
  const facts = checkUnitFacts(compiled, unit.facts);
  return resultOf(compiled, unit, facts, context ?? contextFromChecked(compiled, [facts]));
}

/**
 * Scores one unit exactly as `scoreUnit` does and gives the problems of its facts, which are
 * `validateFacts(scheme, unit.facts).problems` — the facts checked once instead of twice (the
 * server's live score after every save needs both; issue 17, docs/decisions/0266).
 */
export function scoreUnitWithProblems(
  scheme: Scheme,
  unit: UnitFacts,
  context?: RoundContext,
): { result: UnitResult; problems: Problem[] } {
  const compiled = compiledOf(scheme);
  const facts = checkUnitFacts(compiled, unit.facts);
  const result = resultOf(compiled, unit, facts, context ?? contextFromChecked(compiled, [facts]));
  return { result, problems: facts.problems };
}

/**
 * Scores many units of one round, each as `scoreUnit` would (facts may be partial or invalid),
 * but sharing the round's leaf memo — the fast path for a province. Without a context, the
 * round context is computed from these units.
 */
export function scoreUnits(
  scheme: Scheme,
  units: readonly UnitFacts[],
  context?: RoundContext,
): UnitResult[] {
  const compiled = compiledOf(scheme);
  const checkMemo: CheckMemo = newCheckMemo(units.length);
  const checked = units.map((u) => checkUnitFacts(compiled, u.facts, checkMemo));
  const round = context ?? contextFromChecked(compiled, checked);
  const memo = roundMemo(compiled, checkMemo.inputs, units.length);
  return units.map((u, i) => resultOf(compiled, u, checked[i] as CheckedFacts, round, memo));
}

/**
 * A round's units with their facts checked once: the round context they make and the scoring of
 * any of them against it. `computeRoundContext` then `scoreUnits` check every unit's facts twice;
 * a caller that needs the context before it knows which units to score (to look results up in a
 * cache keyed by it, say) prepares the round instead.
 */
export interface PreparedRound {
  /** The round context of these units, as `computeRoundContext` gives it. */
  readonly context: RoundContext;
  /**
   * Scores the units at these positions (every unit when omitted), in that order, each exactly
   * as `scoreUnits(scheme, units, context)` would.
   */
  score(positions?: readonly number[]): UnitResult[];
  /**
   * Scores other facts against this round's context (a reviewed unit's own self facts, say),
   * each exactly as `scoreUnits(scheme, others, context)` would; shares the round's memos.
   */
  scoreOthers(others: readonly UnitFacts[]): UnitResult[];
}

/** Checks every unit's facts once and builds the round context (see `PreparedRound`). */
export function prepareRound(scheme: Scheme, units: readonly UnitFacts[]): PreparedRound {
  const compiled = compiledOf(scheme);
  const checkMemo: CheckMemo = newCheckMemo(units.length);
  const checked = units.map((u) => checkUnitFacts(compiled, u.facts, checkMemo));
  const context = contextFromChecked(compiled, checked);
  // Both memos live as long as the prepared round: every result is against the same context.
  let memo: RoundMemo | undefined;
  const memoOf = (): RoundMemo => (memo ??= roundMemo(compiled, checkMemo.inputs, units.length));
  return {
    context,
    score(positions) {
      const walkMemo = memoOf();
      const at = positions ?? units.map((_, i) => i);
      return at.map((i) => {
        const unit = units[i];
        if (unit === undefined) throw new RangeError(`no unit at position ${i}`);
        return resultOf(compiled, unit, checked[i] as CheckedFacts, context, walkMemo);
      });
    },
    scoreOthers(others) {
      const walkMemo = memoOf();
      return others.map((u) =>
        resultOf(compiled, u, checkUnitFacts(compiled, u.facts, checkMemo), context, walkMemo),
      );
    },
  };
}

/** Ranks by total, descending; equal totals share a rank and the next is skipped (1, 2, 2, 4). */
export function rankUnits<T extends { total: string }>(
  units: readonly T[],
): (T & { rank: number })[] {
  const ranks = rankOf(units.map((u) => u.total));
  return units.map((u, i) => Object.assign({}, u, { rank: ranks[i] as number }));
}

/** Ranks of totals, in input order. Sorted once (n log n), not counted per unit (n²: 2 million comparisons for a province). */
function rankOf(totalTexts: readonly string[]): number[] {
  // Totals in the scaled-integer domain (every real one) compare as exact integers; any other
  // text is compared by decimal.js, as before.
  const scaled = new Array<number>(totalTexts.length);
  for (let i = 0; i < totalTexts.length; i++) {
    const v = scaledOf(totalTexts[i] as string);
    if (v === NOT_SMALL) return rankByDecimal(totalTexts);
    scaled[i] = v;
  }
  const order = scaled
    .map((_, i) => i)
    .sort((a, b) => (scaled[b] as number) - (scaled[a] as number));
  return ranksOf(order, (a, b) => scaled[a] === scaled[b]);
}

function rankByDecimal(totalTexts: readonly string[]): number[] {
  const totals = totalTexts.map((t) => new Decimal(t));
  const order = totals
    .map((_, i) => i)
    .sort((a, b) => (totals[b] as Decimal).comparedTo(totals[a] as Decimal));
  return ranksOf(order, (a, b) => (totals[a] as Decimal).equals(totals[b] as Decimal));
}

/** Ranks from the order of units by total, descending: ties share the rank of the first. */
function ranksOf(order: readonly number[], tied: (a: number, b: number) => boolean): number[] {
  const ranks = new Array<number>(order.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] =
      previous !== undefined && tied(previous, index) ? (ranks[previous] as number) : position + 1;
  });
  return ranks;
}

/** Checks the shape of a round's units: array of `{ id, name, facts }` with unique ids. */
function checkUnits(units: unknown): { units: UnitFacts[]; problems: UnitProblem[] } {
  const problems: UnitProblem[] = [];
  if (!Array.isArray(units))
    return {
      units: [],
      problems: [{ unit: "", ...problem("units", "wrong_type", "units 应为单位数组") }],
    };
  const seen = new Set<string>();
  const out: UnitFacts[] = [];
  units.forEach((u: unknown, i) => {
    const where = `units[${i}]`;
    const rec = (u !== null && typeof u === "object" ? u : {}) as Record<string, unknown>;
    const id =
      typeof rec.id === "string" && rec.id.trim() !== "" && rec.id.length <= 100
        ? rec.id
        : undefined;
    if (id === undefined)
      return problems.push({
        unit: where,
        ...problem("id", "bad_unit_id", "单位 id 应为 1–100 字的文字"),
      });
    if (seen.has(id))
      return problems.push({ unit: id, ...problem("id", "duplicate_unit", `单位 id ${id} 重复`) });
    seen.add(id);
    const name = typeof rec.name === "string" && rec.name.trim() !== "" ? rec.name : undefined;
    if (name === undefined)
      problems.push({ unit: id, ...problem("name", "bad_unit_name", "缺少单位名称 name") });
    out.push({ id, name: name ?? id, facts: rec.facts });
  });
  return { units: out, problems };
}

/** Validates every unit's facts, builds the context, scores and ranks the round. */
export function scoreRound(
  scheme: Scheme,
  units: unknown,
): { ok: true; result: RoundResult } | { ok: false; problems: UnitProblem[] } {
  const compiled = compiledOf(scheme);
  const shaped = checkUnits(units);
  const problems: UnitProblem[] = [...shaped.problems];
  const checkMemo: CheckMemo = newCheckMemo(shaped.units.length);
  const checked = shaped.units.map((u) => checkUnitFacts(compiled, u.facts, checkMemo));
  checked.forEach((facts, i) =>
    problems.push(
      ...facts.problems.map((p: Problem) => ({ unit: shaped.units[i]?.id ?? "", ...p })),
    ),
  );
  if (problems.length > 0) return { ok: false, problems };
  const context = contextFromChecked(compiled, checked);
  const memo = roundMemo(compiled, checkMemo.inputs, shaped.units.length);
  const results = shaped.units.map((u, i) =>
    resultOf(compiled, u, checked[i] as CheckedFacts, context, memo),
  );
  const ranks = rankOf(results.map((r) => r.total));
  results.forEach((r, i) => (r.rank = ranks[i] as number));
  return { ok: true, result: { scheme: scheme.id, units: results } };
}
