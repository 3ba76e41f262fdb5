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

/** The memo of one round: per item (by `CompiledItem.index`), results by input key. */
export type RoundMemo = Map<string, Walked>[];

/** A fresh memo for a round, with one map per item of the scheme. */
export function roundMemo(compiled: CompiledScheme): RoundMemo {
  return Array.from({ length: compiled.itemCount }, () => new Map<string, Walked>());
}

/** The JSON text of a unit's raw facts for one item code, made once per unit (mostly while checking). */
function rawTextOf(code: string, slot: number, facts: CheckedFacts): string {
  let text = facts.texts[slot];
  if (text === undefined) facts.texts[slot] = text = JSON.stringify(facts.raw[code]) ?? "~";
  return text;
}

/**
 * The memo key of an item for one unit (the memo is per item, so the code is not needed): the
 * unit's raw input for every item whose facts it reads — JSON text is quick to make and equal
 * input gives equal checked facts — and for a group its children's scores.
 */
export function itemKey(
  ci: CompiledItem,
  facts: CheckedFacts,
  children: readonly Walked[],
): string {
  // Most leaves read one item's facts: the JSON text itself is the key, so its hash (cached in
  // the string) is shared by every item reading it and no new string is built.
  if (children.length === 0 && ci.readCodes.length === 1)
    return rawTextOf(ci.readCodes[0] as string, ci.readSlots[0] as number, facts);
  let key = "";
  for (let i = 0; i < ci.readCodes.length; i++)
    key += `|${rawTextOf(ci.readCodes[i] as string, ci.readSlots[i] as number, facts)}`;
  for (const child of children) key += `#${child.result.score ?? "-"}`;
  return key;
}
