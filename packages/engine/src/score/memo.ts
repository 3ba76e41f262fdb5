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

/** The memo of one round: per item, results by input key. */
export type RoundMemo = Map<CompiledItem, Map<string, LeafMemo>>;

/** A fresh memo for a round, with one map per item of the scheme. */
export function roundMemo(items: readonly CompiledItem[]): RoundMemo {
  const memo: RoundMemo = new Map();
  const add = (list: readonly CompiledItem[]) =>
    list.forEach((ci) => (memo.set(ci, new Map()), add(ci.children)));
  add(items);
  return memo;
}

/** The JSON text of a unit's raw facts for one item code, made once per unit. */
function rawTextOf(code: string, facts: CheckedFacts, rawText: Map<string, string>): string {
  let text = rawText.get(code);
  if (text === undefined) rawText.set(code, (text = JSON.stringify(facts.raw[code]) ?? "~"));
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
  children: readonly { result: { score: string | null } }[],
  rawText: Map<string, string>,
): string {
  // Most leaves read one item's facts: the JSON text itself is the key, so its hash (cached in
  // the string) is shared by every item reading it and no new string is built.
  if (children.length === 0 && ci.readCodes.length === 1)
    return rawTextOf(ci.readCodes[0] as string, facts, rawText);
  let key = "";
  for (const code of ci.readCodes) key += `|${rawTextOf(code, facts, rawText)}`;
  for (const child of children) key += `#${child.result.score ?? "-"}`;
  return key;
}
