/**
 * Checking the facts of one item (`{ "rate": "99.65" }` for 4.1). The outcome depends on that
 * input alone, so within a round it is remembered by the input's JSON text: a province round
 * repeats the same inputs (`{"met":true}`, `{"absences":0}`) thousands of times.
 */
import type { FactDeclaration } from "./declaration.js";
import { problem, type Problem } from "../problems.js";
import { checkFactValue, type FactValue } from "./value.js";

/** The checked facts of one item: problems, whether it is invalid, and the valid values by slot. */
export interface ItemFacts {
  problems: Problem[];
  invalid: boolean;
  slots: number[];
  values: FactValue[];
}

/**
 * Per round: per item code, checked facts by the input's JSON text, each with a small id (≥ 1,
 * distinct per code) that stands for that text in the walk's memo keys (see score/memo.ts).
 */
export type CheckMemo = Map<string, Map<string, { id: number; facts: ItemFacts }>>;

/** Checks the input of one item whose facts are declared (`byName`). */
export function checkItemFacts(
  code: string,
  byName: ReadonlyMap<string, { decl: FactDeclaration; slot: number }>,
  group: unknown,
): ItemFacts {
  const out: ItemFacts = { problems: [], invalid: false, slots: [], values: [] };
  if (group === null || typeof group !== "object" || Array.isArray(group)) {
    out.problems.push(problem(code, "wrong_type", `${code} 的事实应为对象`));
    out.invalid = true;
    return out;
  }
  for (const [name, value] of Object.entries(group as Record<string, unknown>)) {
    const path = `${code}.${name}`;
    const found = byName.get(name);
    if (found === undefined) {
      out.problems.push(problem(path, "unknown_fact", `${code} 没有名为 ${name} 的事实`));
      out.invalid = true;
      continue;
    }
    if (value === null || value === undefined) continue;
    const checked = checkFactValue(found.decl, value, path);
    if (!checked.ok) {
      out.problems.push(...checked.problems);
      out.invalid = true;
    } else {
      out.slots.push(found.slot);
      out.values.push(checked.value);
    }
  }
  return out;
}

/** True for a value JSON text represents faithfully: what `JSON.stringify` would change is refused. */
function isPlain(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      // NaN and ±Infinity become "null" in JSON, but are invalid facts, not absent ones.
      return Number.isFinite(value);
    case "object": {
      if (value === null) return true;
      if (depth > 2) return false;
      if (Array.isArray(value)) {
        // A hole reads as undefined: refused (JSON writes null, the checker skips it).
        for (let i = 0; i < value.length; i++) if (!isPlain(value[i], depth + 1)) return false;
        return Object.getPrototypeOf(value) === Array.prototype;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) {
        // Inherited enumerable keys cannot exist here (plain prototype), so `in` sees own keys only.
        if (!isPlain((value as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      // undefined, functions, symbols and bigints vanish from (or break) JSON text.
      return false;
  }
}

/**
 * The memo key of an item's input: its JSON text, when that text determines the outcome of the
 * check (plain JSON data: objects, arrays, strings, finite numbers, booleans, null); otherwise
 * undefined and the input is checked without the memo. Equal text means equal input: numbers
 * are written in their shortest round-trip form, the same `String(n)` the checker reads.
 */
export function itemFactsKey(group: unknown): string | undefined {
  return isPlain(group, 0) ? JSON.stringify(group) : undefined;
}
