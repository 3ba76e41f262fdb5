/**
 * Checks one unit's facts object against a compiled scheme: unknown items and facts, wrong
 * values, inconsistent pairs (problems), and required facts not given (missing, not problems).
 */
import { Decimal } from "../decimal.js";
import { problem, type Problem } from "../problems.js";
import { resolveRef, type CompiledScheme } from "../scheme/compile.js";
import { checkItemFacts, type CheckMemo, type ItemFacts } from "./check-item.js";
import type { FactValue } from "./value.js";

/** The checked facts of one unit. */
export interface CheckedFacts {
  problems: Problem[];
  /** Paths of required facts not given, in scheme order. */
  missing: string[];
  /** Checked values by fact slot (`CompiledScheme.order`), defaults for absent optional facts. */
  values: (FactValue | undefined)[];
  /** Per fact slot: 1 when the input actually contains the fact. */
  present: Uint8Array;
  /** Item codes with a problem in their facts (those items cannot be scored). */
  invalidCodes: Set<string>;
  /** The input as given, by item code. */
  raw: Record<string, unknown>;
  /**
   * Per code slot (`CompiledScheme.codeSlots`), the round memo's id of the item's input: 0 when
   * the input has no such item, ≥ 1 its id (`CheckMemo.inputs`), −1 when it has none
   * (input JSON would blur, or no memo): such an item is never remembered by the walk.
   */
  ids: Int32Array;
}

/** The value of a fact by full ref (`4.1.rate`); undefined for an undeclared ref. */
export function factValue(
  compiled: CompiledScheme,
  facts: CheckedFacts,
  ref: string,
): FactValue | undefined {
  const slot = compiled.order.get(ref);
  return slot === undefined ? undefined : facts.values[slot];
}

/** True when the unit's input contains the fact (full ref). */
function isPresent(compiled: CompiledScheme, facts: CheckedFacts, ref: string): boolean {
  const slot = compiled.order.get(ref);
  return slot !== undefined && facts.present[slot] === 1;
}

/**
 * Checks a unit's facts object. `null` values count as absent (a cleared form field). With a
 * round's `memo`, an item whose input is plain JSON already seen in the round is not checked
 * again (its checked facts are a pure function of that input).
 */
export function checkUnitFacts(
  compiled: CompiledScheme,
  raw: unknown,
  memo?: CheckMemo,
): CheckedFacts {
  const given = raw === undefined || raw === null ? {} : raw;
  const out: CheckedFacts = {
    problems: [],
    missing: [],
    // Start from the defaults (a native copy); given values overwrite them.
    values: compiled.defaults.slice(),
    present: new Uint8Array(compiled.defaults.length),
    invalidCodes: new Set(),
    raw: given as Record<string, unknown>,
    ids: new Int32Array(compiled.codeSlots.size),
  };
  if (typeof given !== "object" || Array.isArray(given)) {
    out.problems.push(
      problem("facts", "wrong_type", '事实应为对象：{ "项目编号": { "事实名称": 值 } }'),
    );
    return out;
  }
  const record = given as Record<string, unknown>;
  // Object.keys, not entries: no pair array per item; each getter still runs once.
  for (const code of Object.keys(record)) {
    const group = record[code];
    const byName = compiled.codeFacts.get(code);
    let checked: ItemFacts;
    if (byName === undefined) {
      checked = {
        problems: [problem(code, "unknown_item", `方案中没有编号为 ${code} 且需要填写事实的项目`)],
        invalid: true,
        slots: [],
        values: [],
      };
    } else if (memo === undefined) {
      checked = checkItemFacts(code, byName, group);
      out.ids[compiled.codeSlots.get(code) as number] = -1;
    } else {
      const slot = compiled.codeSlots.get(code) as number;
      const id = memo.inputs.idOf(group);
      const byId = memo.items[slot] as Map<number, ItemFacts>;
      const known = id < 0 ? undefined : byId.get(id);
      if (known !== undefined) {
        checked = known;
      } else {
        checked = checkItemFacts(code, byName, group);
        if (id >= 0) byId.set(id, checked);
      }
      out.ids[slot] = id;
    }
    if (checked.problems.length > 0) out.problems.push(...checked.problems);
    if (checked.invalid) out.invalidCodes.add(code);
    for (let i = 0; i < checked.slots.length; i++) {
      const slot = checked.slots[i] as number;
      out.values[slot] = checked.values[i];
      out.present[slot] = 1;
    }
  }
  for (const [ref, code] of compiled.requiredFacts) {
    if (!isPresent(compiled, out, ref) && !out.invalidCodes.has(code)) out.missing.push(ref);
  }
  applyChecks(compiled, out);
  return out;
}

/** Consistency checks between facts of one item (≤, given together, one of, required when). */
function applyChecks(compiled: CompiledScheme, out: CheckedFacts): void {
  for (const { code, check } of compiled.checks) {
    if (out.invalidCodes.has(code)) continue;
    const r = (ref: string) => resolveRef(code, ref);
    const has = (ref: string) => isPresent(compiled, out, r(ref));
    const label = (ref: string) => compiled.facts.get(r(ref))?.decl.label ?? ref;
    if (check.check === "lte") {
      const a = factValue(compiled, out, r(check.fact));
      const b = factValue(compiled, out, r(check.other));
      if (a instanceof Decimal && b instanceof Decimal && a.greaterThan(b)) {
        out.problems.push(
          problem(
            r(check.fact),
            "inconsistent",
            `${label(check.fact)} ${a.toFixed()} 不应大于${label(check.other)} ${b.toFixed()}`,
          ),
        );
        out.invalidCodes.add(code);
      }
    } else if (check.check === "together") {
      const given = check.facts.filter(has);
      if (given.length > 0 && given.length < check.facts.length) {
        const absent = check.facts.filter((f) => !has(f));
        out.problems.push(
          problem(
            r(absent[0] ?? check.facts[0] ?? ""),
            "incomplete_pair",
            `${check.facts.map(label).join("与")}须同时填写`,
          ),
        );
        out.invalidCodes.add(code);
      }
    } else if (check.check === "anyOf") {
      if (!check.sets.some((set) => set.every(has))) {
        for (const f of check.sets[0] ?? [])
          if (!has(f) && !out.missing.includes(r(f))) out.missing.push(r(f));
      }
    } else if (
      factValue(compiled, out, r(check.when)) === check.equals &&
      !has(check.fact) &&
      !out.missing.includes(r(check.fact))
    ) {
      out.missing.push(r(check.fact));
    }
  }
  // Scheme order, so `missing` reads like the score sheet.
  if (out.missing.length > 1)
    out.missing.sort((a, b) => (compiled.order.get(a) ?? 0) - (compiled.order.get(b) ?? 0));
}
