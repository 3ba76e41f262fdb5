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
import type { CheckedFacts } from "../facts/check-unit.js";
import type { CompiledItem, CompiledScheme } from "../scheme/compile.js";
import { tableCapacity } from "../facts/check-item.js";
import { InputIds, NULL_ID, PairTable } from "../facts/input-ids.js";
import type { ItemExtras } from "./extras.js";
import type { ItemResult } from "./result.js";

/** An item scored for one unit: its result (its score is `result.score`) and the veto it raised if any. */
export interface Walked {
  result: ItemResult;
  veto: string | undefined;
  /** Amounts beyond its points and grade vetoes it raised (extras.ts), if any. */
  extras?: ItemExtras | undefined;
  /**
   * The round's id of the score text (`InputIds.stringId`, `NULL_ID` for null), so a parent's memo
   * key needs no lookup per unit; 0 when not yet known.
   */
  scoreId: number;
  /**
   * "code（score 分）", this item's term in its parent's sum (walk.ts), made on first use: a
   * remembered leaf is shared by every unit with its input, so most terms are made once a round.
   */
  part?: string;
}

/**
 * The memo of one round: results by (item, input key) — `CompiledItem.index` and the input's id
 * for a leaf reading one item's facts (see `CheckedFacts.ids`), else an id of the sequence of the
 * ids it reads and its children's scores, from the round's `InputIds` (no string is built) — in a
 * pair table whose values index `entries`.
 */
export interface RoundMemo {
  table: PairTable;
  /** Index 0 unused (a pair table's value 0 means absent). */
  entries: (Walked | undefined)[];
  ids: InputIds;
}

/** A fresh memo for a round of about `units` units, keyed through the round's ids. */
export function roundMemo(
  _compiled: CompiledScheme,
  ids: InputIds = new InputIds(),
  units = 0,
): RoundMemo {
  return { table: new PairTable(tableCapacity(units, 8)), entries: [undefined], ids };
}

/** The result remembered for an item and key, if any. */
export function remembered(memo: RoundMemo, index: number, key: number): Walked | undefined {
  const at = memo.table.get(index, key);
  return at === 0 ? undefined : memo.entries[at];
}

/** Remembers an item's result for a key. */
export function remember(memo: RoundMemo, index: number, key: number, walked: Walked): void {
  memo.entries.push(walked);
  memo.table.add(index, key, memo.entries.length - 1);
}

/**
 * The memo key of an item for one unit (the memo is per item, so the code is not needed): the
 * ids of the unit's inputs for every item whose facts it reads — equal id means equal plain input,
 * and equal input gives equal checked facts — and for a group its children's scores, folded into
 * one id by `InputIds.pairs` (an item always has the same reads and children, so the fold is
 * injective). Undefined when an input has no id: the item is then scored for this unit alone.
 */
export function itemKey(
  ci: CompiledItem,
  facts: CheckedFacts,
  children: readonly Walked[],
  ids: InputIds,
): number | undefined {
  const reads = ci.readSlots;
  // Most leaves read one item's facts: the id itself is the key.
  if (children.length === 0 && reads.length === 1) {
    const id = facts.ids[reads[0] as number] as number;
    return id < 0 ? undefined : id;
  }
  const pairs = ids.pairs;
  let key = 0;
  for (let i = 0; i < reads.length; i++) {
    const id = facts.ids[reads[i] as number] as number;
    if (id < 0) return undefined;
    key = pairs.idOf(key, id);
  }
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Walked;
    let scoreId = child.scoreId;
    if (scoreId === 0) {
      const score = child.result.score;
      child.scoreId = scoreId = score === null ? NULL_ID : ids.stringId(score);
    }
    key = pairs.idOf(key, scoreId);
  }
  return key;
}
