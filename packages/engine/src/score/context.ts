/**
 * Phase one of cross-unit rules: every unit contributes (e.g. its date of reaching 70%) and the
 * round combines the contributions into a small JSON context (the earliest date). With it, one
 * unit can be scored alone — on the server or live in the browser — with the round's result.
 */
import { newCheckMemo, type CheckMemo } from "../facts/check-item.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import { checkUnitFacts } from "../facts/check-unit.js";
import type { CompiledScheme } from "../scheme/compile.js";
import { ruleEnv } from "./env.js";
import type { RoundContext } from "./result.js";

/** Builds the round context from units' checked facts; units with problems do not take part. */
export function contextFromChecked(
  compiled: CompiledScheme,
  units: readonly CheckedFacts[],
): RoundContext {
  const context: RoundContext = {};
  for (const { code, rule } of compiled.crossUnit) {
    const cross = rule.kind.crossUnit;
    if (cross === undefined) continue;
    const ci = findItem(compiled, code);
    const contributions: unknown[] = [];
    for (const facts of units) {
      if (facts.problems.length > 0 || ci.reads.some((r) => facts.missing.includes(r))) continue;
      contributions.push(cross.collect(rule.params, ruleEnv(compiled, ci, rule, facts, {})));
    }
    context[rule.key] = cross.combine(rule.params, contributions);
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
