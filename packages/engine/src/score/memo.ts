/**
 * Within one round, items whose inputs are identical in two units score identically (scoring is
 * a pure function of the facts and the round context). Most facts of a province round repeat —
 * requirements met, zero counts — so the walk remembers each item's result by its inputs.
 * The memo lives for one `scoreRound` call only, never across rounds.
 */
import type { Decimal } from "../decimal.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { CompiledItem } from "../scheme/compile.js";

/** A remembered item result: its score (and as text), its trace (a private copy), and the veto it raised if any. */
export interface LeafMemo {
  score: Decimal;
  text: string;
  trace: readonly string[];
  veto: string | undefined;
}

/** A leaf memo for one round. */
export type RoundMemo = Map<string, LeafMemo>;

/**
 * The memo key of an item for one unit: its code, the unit's raw input for every item whose
 * facts it reads (JSON text is quick to make; equal input gives equal checked facts), and for a
 * group its children's scores.
 */
export function itemKey(
  ci: CompiledItem,
  facts: CheckedFacts,
  children: readonly { result: { score: string | null } }[],
): string {
  let key = ci.item.code;
  for (const code of ci.readCodes) key += `|${JSON.stringify(facts.raw[code]) ?? "~"}`;
  for (const child of children) key += `#${child.result.score ?? "-"}`;
  return key;
}
