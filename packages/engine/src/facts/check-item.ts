/**
 * Checking the facts of one item (`{ "rate": "99.65" }` for 4.1). The outcome depends on that
 * input alone, so within a round it is remembered by the input's id (input-ids.ts): a province round
 * repeats the same inputs (`{"met":true}`, `{"absences":0}`) thousands of times.
 */
import type { FactDeclaration } from "./declaration.js";
import { problem, type Problem } from "../problems.js";
import { InputIds, PairTable } from "./input-ids.js";
import { checkFactValue, checkScalarFact, type FactValue } from "./value.js";

/** The checked facts of one item: problems, whether it is invalid, and the valid values by slot. */
export interface ItemFacts {
  problems: Problem[];
  invalid: boolean;
  slots: number[];
  values: FactValue[];
}

/**
 * Per round: the inputs' ids (input-ids.ts) and checked facts by (item code slot, input id) —
 * `CompiledScheme.codeSlots` — in a pair table whose values index `facts`. The same ids key the
 * walk's memo (score/memo.ts).
 */
export interface CheckMemo {
  inputs: InputIds;
  table: PairTable;
  /** Index 0 unused (a pair table's value 0 means absent). */
  facts: (ItemFacts | undefined)[];
}

/**
 * A fresh check memo for a round of about `units` units: its tables start at the size such a round
 * fills (a province round's ids grew a table four times over, rehashing every entry each time).
 */
export function newCheckMemo(units = 0): CheckMemo {
  return {
    inputs: new InputIds(tableCapacity(units, 16)),
    table: new PairTable(tableCapacity(units, 4)),
    facts: [undefined],
  };
}

/**
 * A pair table's starting capacity for `units` units of about `perUnit` entries each: a power of
 * two, at least 4,096, at most 2²⁰ (a table still grows past it when it must).
 */
export function tableCapacity(units: number, perUnit: number): number {
  const wanted = Math.min(Math.max(units * perUnit * 2, 1 << 12), 1 << 20);
  return 2 ** Math.ceil(Math.log2(wanted));
}

/** The checked facts remembered for an item's input, if any. */
export function rememberedFacts(
  memo: CheckMemo,
  codeSlot: number,
  id: number,
): ItemFacts | undefined {
  const at = memo.table.get(codeSlot, id);
  return at === 0 ? undefined : memo.facts[at];
}

/** Remembers the checked facts of an item's input. */
export function rememberFacts(
  memo: CheckMemo,
  codeSlot: number,
  id: number,
  facts: ItemFacts,
): void {
  memo.facts.push(facts);
  memo.table.add(codeSlot, id, memo.facts.length - 1);
}

/** No problems: shared by every item checked without one (never pushed to). */
const noProblems: Problem[] = Object.freeze([]) as unknown as Problem[];

/** Checks the input of one item whose facts are declared (`byName`). */
export function checkItemFacts(
  code: string,
  byName: ReadonlyMap<string, { decl: FactDeclaration; slot: number }>,
  group: unknown,
): ItemFacts {
  if (group === null || typeof group !== "object" || Array.isArray(group)) {
    return {
      problems: [problem(code, "wrong_type", `${code} 的事实应为对象`)],
      invalid: true,
      slots: [],
      values: [],
    };
  }
  let problems = noProblems;
  const given = group as Record<string, unknown>;
  // Object.keys, not entries: no pair array per fact; each getter still runs once.
  const names = Object.keys(given);
  // Sized for every fact given (a pushed-to empty array gets room for 16): trimmed if fewer count.
  const slots = new Array<number>(names.length);
  const values = new Array<FactValue>(names.length);
  let count = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const value = given[name];
    const found = byName.get(name);
    if (found === undefined) {
      if (problems === noProblems) problems = [];
      problems.push(problem(`${code}.${name}`, "unknown_fact", `${code} 没有名为 ${name} 的事实`));
      continue;
    }
    if (value === null || value === undefined) continue;
    if (found.decl.type !== "list") {
      // Scalars (most facts) without checkFactValue's wrapper object.
      const checked = checkScalarFact(found.decl, value, code, name);
      if (Array.isArray(checked)) {
        if (problems === noProblems) problems = [];
        problems.push(...checked);
      } else {
        slots[count] = found.slot;
        values[count++] = checked;
      }
      continue;
    }
    const checked = checkFactValue(found.decl, value, code, name);
    if (!checked.ok) {
      if (problems === noProblems) problems = [];
      problems.push(...checked.problems);
    } else {
      slots[count] = found.slot;
      values[count++] = checked.value;
    }
  }
  if (count < names.length) {
    slots.length = count;
    values.length = count;
  }
  return { problems, invalid: problems.length > 0, slots, values };
}
