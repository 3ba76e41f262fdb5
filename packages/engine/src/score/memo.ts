/**
 * Within one round, items whose inputs are identical in two units score identically (scoring is
 * a pure function of the facts and the round context). Most facts of a province round repeat —
 * requirements met, zero counts — so the walk remembers each item's result by its inputs.
 * The memo lives for one `scoreRound`/`scoreUnits` call only, never across rounds.
 *
 * A remembered leaf keeps its whole result object, frozen, and every unit with the same input
 * gets that same object (docs/decisions/0007): results are plain JSON that nobody may mutate,
 * and sharing them spares the allocation (and the garbage collection) of ~50,000 item results
 * per province round. A group's children differ between units, so a remembered group keeps its
 * score and its frozen trace, and each unit gets its own group object around them.
 */
import type { Decimal } from "../decimal.js";
import type { CheckedFacts } from "../facts/check-unit.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import type { ItemResult } from "./result.js";

/** An item scored for one unit: its result, its score as a Decimal, and the veto it raised if any. */
export interface Walked {
  result: ItemResult;
  score: Decimal | null;
  veto: string | undefined;
}

/**
 * The memo of one round: per item (by `CompiledItem.index`), results by input key — a number
 * for a leaf reading one item's facts (the input's id, see `CheckedFacts.ids`), else a short
 * string of ids and children's scores.
 */
export type RoundMemo = Map<number | string, Walked>[];

/** A fresh memo for a round, with one map per item of the scheme. */
export function roundMemo(compiled: CompiledScheme): RoundMemo {
  return Array.from({ length: compiled.itemCount }, () => new Map<number | string, Walked>());
}

/**
 * The memo key of an item for one unit (the memo is per item, so the code is not needed): the
 * ids of the unit's inputs for every item whose facts it reads — equal id means equal plain input,
 * and equal input gives equal checked facts — and for a group its children's scores. Undefined
 * when an input has no id: the item is then scored for this unit alone.
 */
export function itemKey(
  ci: CompiledItem,
  facts: CheckedFacts,
  children: readonly Walked[],
): number | string | undefined {
  const reads = ci.readSlots;
  // Most leaves read one item's facts: the id itself is the key (no string is built).
  if (children.length === 0 && reads.length === 1) {
    const id = facts.ids[reads[0] as number] as number;
    return id < 0 ? undefined : id;
  }
  let key = "";
  for (let i = 0; i < reads.length; i++) {
    const id = facts.ids[reads[i] as number] as number;
    if (id < 0) return undefined;
    key += `|${id}`;
  }
  for (const child of children) key += `#${child.result.score ?? "-"}`;
  return key;
}
