/**
 * Phase one of cross-unit rules: every unit contributes (e.g. its date of reaching 70%) and the
 * round combines the contributions into a small JSON context (the earliest date). With it, one
 * unit can be scored alone — on the server or live in the browser — with the round's result.
 */
import { newCheckMemo, type CheckMemo } from "../facts/check-item.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import { checkUnitFacts } from "../facts/check-unit.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import { ruleEnv } from "./env.js";
import type { RoundContext } from "./result.js";

/** A unit's contribution to a cross-unit rule when it takes no part (problems, facts missing). */
export const NO_PART: unique symbol = Symbol("no part");

/** The compiled items of the cross-unit rules, in `compiled.crossUnit` order, found once per scheme. */
const crossItems = new WeakMap<CompiledScheme, ReturnType<typeof findItem>[]>();

/** One unit's contribution to each cross-unit rule (in `compiled.crossUnit` order), or NO_PART. */
export function contributionsOf(compiled: CompiledScheme, facts: CheckedFacts): unknown[] {
  let items = crossItems.get(compiled);
  if (items === undefined) {
    items = compiled.crossUnit.map(({ code }) => findItem(compiled, code));
    crossItems.set(compiled, items);
  }
  const found = items;
  return compiled.crossUnit.map(({ rule }, r) => {
    const cross = rule.kind.crossUnit;
    const ci = found[r] as CompiledItem;
    if (cross === undefined) return NO_PART;
    if (facts.problems.length > 0 || ci.reads.some((ref) => facts.missing.includes(ref)))
      return NO_PART;
    return cross.collect(rule.params, ruleEnv(compiled, ci, rule, facts, {}));
  });
}

/** The round context from every unit's contributions (`contributionsOf`), in unit order. */
export function combineContributions(
  compiled: CompiledScheme,
  perUnit: readonly (readonly unknown[])[],
): RoundContext {
  const context: RoundContext = {};
  compiled.crossUnit.forEach(({ rule }, r) => {
    const cross = rule.kind.crossUnit;
    if (cross === undefined) return;
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
  return combineContributions(
    compiled,
    units.map((facts) => contributionsOf(compiled, facts)),
  );
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
