/**
 * Phase one of cross-unit rules: every unit contributes (e.g. its date of reaching 70%) and the
 * round combines the contributions into a small JSON context (the earliest date). With it, one
 * unit can be scored alone — on the server or live in the browser — with the round's result.
 * Rules that read other items' scores (按第3项得分排名) collect in stages: the units' scores of
 * those items are walked against the context of the earlier stages (docs/decisions/0293).
 */
import { newCheckMemo, type CheckMemo } from "../facts/check-item.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import { checkUnitFacts } from "../facts/check-unit.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import { ruleEnv } from "./env.js";
import { itemScorer } from "./walk.js";
import type { RoundContext } from "./result.js";

/** A unit's contribution to a cross-unit rule when it takes no part (problems, facts missing). */
export const NO_PART: unique symbol = Symbol("no part");

/** The compiled items of the cross-unit rules, in `compiled.crossUnit` order, found once per scheme. */
const crossItems = new WeakMap<CompiledScheme, ReturnType<typeof findItem>[]>();

/**
 * One unit's contribution to each cross-unit rule (in `compiled.crossUnit` order), or NO_PART;
 * with a `stage`, only to that stage's rules, reading other items' scores against `context`.
 */
export function contributionsOf(
  compiled: CompiledScheme,
  facts: CheckedFacts,
  context: RoundContext = {},
  stage?: number,
): unknown[] {
  let items = crossItems.get(compiled);
  if (items === undefined) {
    items = compiled.crossUnit.map(({ code }) => findItem(compiled, code));
    crossItems.set(compiled, items);
  }
  const found = items;
  const scores =
    compiled.stages > 0 && facts.problems.length === 0
      ? itemScorer(compiled, facts, context)
      : undefined;
  return compiled.crossUnit.map(({ rule, stage: s }, r) => {
    const cross = rule.kind.crossUnit;
    const ci = found[r] as CompiledItem;
    if (cross === undefined || (stage !== undefined && s !== stage)) return NO_PART;
    if (facts.problems.length > 0 || ci.reads.some((ref) => facts.missing.includes(ref)))
      return NO_PART;
    return cross.collect(rule.params, ruleEnv(compiled, ci, rule, facts, {}, scores));
  });
}

/** The round context from every unit's contributions (`contributionsOf`), in unit order. */
export function combineContributions(
  compiled: CompiledScheme,
  perUnit: readonly (readonly unknown[])[],
  context: RoundContext = {},
  stage?: number,
): RoundContext {
  compiled.crossUnit.forEach(({ rule, stage: s }, r) => {
    const cross = rule.kind.crossUnit;
    if (cross === undefined || (stage !== undefined && s !== stage)) return;
    const contributions = perUnit.map((u) => u[r]).filter((c) => c !== NO_PART);
    context[rule.key] = cross.combine(rule.params, contributions);
  });
  return context;
}

/** Builds the round context from units' checked facts; units with problems do not take part. */
export function contextFromChecked(
  compiled: CompiledScheme,
  units: readonly CheckedFacts[],
): RoundContext {
  if (compiled.stages <= 1)
    return combineContributions(
      compiled,
      units.map((facts) => contributionsOf(compiled, facts)),
    );
  const context: RoundContext = {};
  for (let stage = 0; stage < compiled.stages; stage++) {
    const perUnit = units.map((facts) => contributionsOf(compiled, facts, context, stage));
    combineContributions(compiled, perUnit, context, stage);
  }
  return context;
}

/** The compiled item with this code (it exists: cross-unit rules were found on it). */
function findItem(compiled: CompiledScheme, code: string) {
  const stack = [...compiled.items];
  for (let ci = stack.pop(); ci !== undefined; ci = stack.pop()) {
    if (ci.item.code === code) return ci;
    stack.push(...ci.children);
  }
  throw new Error(`no item ${code}`);
}

/** Checks each unit's facts and builds the round context. */
export function contextOfUnits(
  compiled: CompiledScheme,
  units: readonly { facts: unknown }[],
): RoundContext {
  const memo: CheckMemo = newCheckMemo(units.length);
  return contextFromChecked(
    compiled,
    units.map((u) => checkUnitFacts(compiled, u.facts, memo)),
  );
}
