/**
 * 得分提升: for every item where a unit lost points, the smallest change of the unit's own facts
 * that recovers points, and the exact gain in the unit's total. Each rule kind proposes its "next
 * better facts" (RuleKind.improve); every candidate is then scored for the whole round — caps,
 * bonus caps, gates, vetoes and cross-unit rules included, nothing estimated — and kept only if
 * the unit's total rises. Items no change of facts can lift say why in words (docs/decisions/0230).
 */
import { Decimal } from "../decimal.js";
import { newCheckMemo, type CheckMemo } from "../facts/check-item.js";
import { checkUnitFacts, type CheckedFacts } from "../facts/check-unit.js";
import type { Candidate, ImproveEnv } from "../rules/kind.js";
import { showValue } from "../text.js";
import { resolveRef, type CompiledItem, type CompiledScheme } from "../scheme/compile.js";
import type { Scheme } from "../scheme/schema.js";
import { compiledOf } from "../scheme/validate.js";
import { scoredForOthers } from "../scheme/item-order.js";
import { combineContributions, contextFromChecked, contributionsOf } from "./context.js";
import { improveEnv, noFactsLift, splitRef } from "./env.js";
import { roundMemo, type RoundMemo } from "./memo.js";
import type { ItemResult, RoundContext, UnitFacts, UnitResult } from "./result.js";
import { resultOf } from "./round.js";

/** One improvement: set `facts` (paths `item.fact`, values as in a facts file) and the total rises by `gain`. */
export interface Improvement {
  code: string;
  title: string;
  /** Exact rise of the unit's total, a canonical decimal > 0. */
  gain: string;
  facts: Record<string, unknown>;
  /** "参保率由 99.65% 提高到 99.8%，可多得 1 分". */
  text: string;
  /** Size of the change within its item (for ordering: smaller first at equal gain). */
  size: number;
}

/** An item where the unit lost points that no change of its facts lifts, and why. */
export interface FixedItem {
  code: string;
  title: string;
  /** Points lost on the item. */
  lost: string;
  text: string;
}

/** A unit's improvements (by gain, then size of change) and the items facts cannot lift. */
export interface UnitImprovements {
  id: string;
  total: string;
  improvements: Improvement[];
  fixed: FixedItem[];
}

/** At most this many candidates are scored per item (kinds list the smallest changes first). */
const CANDIDATES_PER_ITEM = 8;

/** The facts object of a unit with some facts set (a copy: the input is never changed). */
function withChanges(
  raw: Record<string, unknown>,
  changes: Map<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const [full, value] of changes) {
    const [code, name] = splitRef(full);
    const item = out[code];
    const base = item !== null && typeof item === "object" && !Array.isArray(item) ? item : {};
    out[code] = { ...(base as Record<string, unknown>), [name]: value };
  }
  return out;
}

/**
 * Leaves with a rule that lost points — a score below their max, or an amount taken from the
 * total (从总分扣, `taken` by item code) — paired with their results and the points lost.
 */
function losingLeaves(
  items: readonly CompiledItem[],
  results: readonly ItemResult[],
  taken: ReadonlyMap<string, Decimal>,
  out: [CompiledItem, ItemResult, Decimal][],
) {
  items.forEach((ci, i) => {
    const r = results[i];
    if (r === undefined) return;
    if (ci.children.length > 0) return losingLeaves(ci.children, r.children, taken, out);
    if (ci.rule === undefined || r.score === null) return;
    const lost = ci.max.minus(r.score).plus(taken.get(ci.item.code) ?? 0);
    if (lost.greaterThan(0)) out.push([ci, r, lost]);
  });
  return out;
}

/** Points each item takes from the total beyond its own (追加扣除, 从总分扣), by item code. */
function takenFromTotal(result: UnitResult): Map<string, Decimal> {
  const taken = new Map<string, Decimal>();
  for (const a of result.adjustments ?? [])
    if (a.points.startsWith("-"))
      taken.set(a.code, (taken.get(a.code) ?? new Decimal(0)).minus(a.points));
  return taken;
}

/** Fact refs read by cross-unit items: changing one of them changes the round context. */
function crossReads(compiled: CompiledScheme): Set<string> {
  const codes = new Set(compiled.crossUnit.map((c) => c.code));
  for (const ci of scoredForOthers(compiled)) codes.add(ci.item.code);
  const reads = new Set<string>();
  const stack = [...compiled.items];
  for (let ci = stack.pop(); ci !== undefined; ci = stack.pop()) {
    if (codes.has(ci.item.code)) for (const r of ci.reads) reads.add(r);
    stack.push(...ci.children);
  }
  return reads;
}

/** The round as checked once, and the scoring of one unit's changed facts against it. */
interface Round {
  compiled: CompiledScheme;
  units: readonly UnitFacts[];
  checked: CheckedFacts[];
  checkMemo: CheckMemo;
  context: RoundContext;
  memo: RoundMemo;
  cross: Set<string>;
  /** Every unit's contributions to the cross-unit rules, collected once (on first need). */
  contributions?: unknown[][];
}

/** Scores unit `i` with changed facts; undefined when the changed facts would be refused. */
function rescore(round: Round, i: number, changes: Map<string, unknown>): UnitResult | undefined {
  const unit = round.units[i] as UnitFacts;
  const base = round.checked[i] as CheckedFacts;
  const facts = withChanges(base.raw, changes);
  const checked = checkUnitFacts(round.compiled, facts, round.checkMemo);
  if (checked.problems.length > 0) return undefined;
  const changed = { ...unit, facts };
  if (![...changes.keys()].some((ref) => round.cross.has(ref)))
    return resultOf(round.compiled, changed, checked, round.context, round.memo);
  if (round.compiled.stages > 1) {
    // Other items' scores feed the context in stages: it is built again, in full.
    const all = [...round.checked];
    all[i] = checked;
    return resultOf(round.compiled, changed, checked, contextFromChecked(round.compiled, all));
  }
  // Only the changed unit's contribution is collected again; the others' are reused.
  round.contributions ??= round.checked.map((f) => contributionsOf(round.compiled, f));
  const all = [...round.contributions];
  all[i] = contributionsOf(round.compiled, checked);
  return resultOf(round.compiled, changed, checked, combineContributions(round.compiled, all));
}

/** The item's gate turned round when it holds (本项不得分 for 未开展): one candidate, else undefined. */
function gateTurned(ci: CompiledItem, env: ImproveEnv): Candidate | undefined {
  const gate = ci.gate;
  if (gate === undefined || gate.effect !== "zero") return undefined;
  const value = env.get(gate.fact) === true;
  if (value === gate.pass) return undefined;
  const decl = env.decl(gate.fact);
  return {
    changes: [{ ref: gate.fact, value: gate.pass }],
    size: 1,
    words: `${decl.label}由“${showValue(decl, value)}”改为“${showValue(decl, gate.pass)}”`,
  };
}

/** The improvements of one unit of a prepared round. */
function improveUnit(round: Round, i: number): UnitImprovements {
  const unit = round.units[i] as UnitFacts;
  const facts = round.checked[i] as CheckedFacts;
  const base = resultOf(round.compiled, unit, facts, round.context, round.memo);
  const out: UnitImprovements = { id: unit.id, total: base.total, improvements: [], fixed: [] };
  if (facts.problems.length > 0) return out;
  const total = new Decimal(base.total);
  for (const [ci, , points] of losingLeaves(
    round.compiled.items,
    base.items,
    takenFromTotal(base),
    [],
  )) {
    const rule = ci.rule;
    if (rule === undefined) continue;
    const lost = points.toFixed();
    const env = improveEnv(round.compiled, ci, rule, facts, round.context);
    const offer = rule.kind.improve?.(rule.params as never, env) ?? {
      reason: noFactsLift(rule.kind.name),
    };
    const where = { code: ci.item.code, title: ci.item.title, lost };
    // A 本项不得分 gate that holds is lifted by turning its fact round, whatever the rule offers.
    const gated = gateTurned(ci, env);
    if ("reason" in offer && gated === undefined) {
      out.fixed.push({ ...where, text: offer.reason });
      continue;
    }
    const offered = "reason" in offer ? [] : offer.candidates.slice(0, CANDIDATES_PER_ITEM);
    let best: { c: Candidate; gain: Decimal; facts: Map<string, unknown> } | undefined;
    for (const c of gated === undefined ? offered : [gated, ...offered]) {
      const changes = new Map(
        c.changes.map((ch) => [ci.refs.get(ch.ref) ?? resolveRef(ci.item.code, ch.ref), ch.value]),
      );
      const after = rescore(round, i, changes);
      if (after === undefined) continue;
      const gain = new Decimal(after.total).minus(total);
      if (!gain.greaterThan(0)) continue;
      if (
        best === undefined ||
        c.size < best.c.size ||
        (c.size === best.c.size && gain.greaterThan(best.gain))
      )
        best = { c, gain, facts: changes };
    }
    if (best === undefined) {
      out.fixed.push({
        ...where,
        text: "按本项规则，改变本单位填报的数据也不能使总分提高（可能已达加分上限或受其他项目限制）",
      });
      continue;
    }
    const gain = best.gain.toFixed();
    out.improvements.push({
      code: ci.item.code,
      title: ci.item.title,
      gain,
      facts: Object.fromEntries(best.facts),
      text: `${best.c.words}，可多得 ${gain} 分`,
      size: best.c.size,
    });
  }
  // The same change proposed under two items (a rate read by 4.4 and 9.3) is one improvement.
  const seen = new Set<string>();
  out.improvements = out.improvements.filter((m) => {
    const key = JSON.stringify(m.facts);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  out.improvements.sort((a, b) => new Decimal(b.gain).comparedTo(a.gain) || a.size - b.size);
  return out;
}

/**
 * The improvements of the units of a round (all, or those at `positions`), each checked by
 * scoring the changed facts for the whole round. Units whose facts have problems get none.
 */
export function findImprovements(
  scheme: Scheme,
  units: readonly UnitFacts[],
  positions?: readonly number[],
): UnitImprovements[] {
  const compiled = compiledOf(scheme);
  const checkMemo = newCheckMemo(units.length);
  const checked = units.map((u) => checkUnitFacts(compiled, u.facts, checkMemo));
  const round: Round = {
    compiled,
    units,
    checked,
    checkMemo,
    context: contextFromChecked(compiled, checked),
    memo: roundMemo(compiled, checkMemo.inputs, units.length),
    cross: crossReads(compiled),
  };
  return (positions ?? units.map((_, i) => i)).map((i) => improveUnit(round, i));
}
