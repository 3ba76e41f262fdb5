/**
 * Within one round, leaves whose facts are identical in two units score identically (scoring is
 * a pure function of the facts and the round context). Most facts of a province round repeat —
 * requirements met, zero counts — so the walk remembers each leaf's result by the values it
 * reads. The memo lives for one `scoreRound` call only, never across rounds.
 */
import type { Decimal } from "../decimal.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { CompiledItem } from "../scheme/compile.js";

/** A remembered leaf result: its score, its (frozen) trace, and the veto it raised if any. */
export interface LeafMemo {
  score: Decimal;
  trace: readonly string[];
  veto: string | undefined;
}

/** A leaf memo for one round. */
export type RoundMemo = Map<string, LeafMemo>;

/**
 * The memo key of a leaf for one unit: its code, then the unit's raw input for every item whose
 * facts it reads (JSON text is quick to make; equal input gives equal checked facts).
 */
export function leafKey(ci: CompiledItem, facts: CheckedFacts): string {
  let key = ci.item.code;
  for (const code of ci.readCodes) key += `|${JSON.stringify(facts.raw[code]) ?? "~"}`;
  return key;
}
