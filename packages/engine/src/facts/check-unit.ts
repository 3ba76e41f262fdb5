/**
 * Checks one unit's facts object against a compiled scheme: unknown items and facts, wrong
 * values, inconsistent pairs (problems), and required facts not given (missing, not problems).
 */
import { Decimal } from "../decimal.js";
import { problem, type Problem } from "../problems.js";
import { resolveRef, type CompiledScheme } from "../scheme/compile.js";
import {
  checkItemFacts,
  rememberedFacts,
  rememberFacts,
  type CheckMemo,
  type ItemFacts,
} from "./check-item.js";
import type { FactDeclaration } from "./declaration.js";
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

/** A fact a check reads, resolved once per scheme: full ref, slot, label for messages. */
interface CheckRef {
  ref: string;
  slot: number;
  label: string;
}

/** A consistency check with its refs resolved (the scheme is compiled, so every ref is declared). */
type PlannedCheck =
  | { check: "lte"; code: string; fact: CheckRef; other: CheckRef }
  | { check: "together"; code: string; facts: CheckRef[] }
  | { check: "anyOf"; code: string; sets: CheckRef[][] }
  | {
      check: "requiredWhen";
      code: string;
      fact: CheckRef;
      when: CheckRef;
      equals: string | boolean;
    };

/**
 * What checking a unit needs from the scheme beyond the compiled form, by slot: required facts
 * and consistency checks with their refs, slots and labels resolved once (per unit, resolving
 * them — strings built, maps searched, closures made — cost more than the checks).
 */
interface CheckPlan {
  required: { ref: string; slot: number; code: string }[];
  checks: PlannedCheck[];
  /** Per item code: its facts by name and its code slot, in one lookup. */
  codes: Map<
    string,
    { byName: ReadonlyMap<string, { decl: FactDeclaration; slot: number }>; slot: number }
  >;
}

const plans = new WeakMap<CompiledScheme, CheckPlan>();

function planOf(compiled: CompiledScheme): CheckPlan {
  let plan = plans.get(compiled);
  if (plan !== undefined) return plan;
  const refOf = (code: string, local: string): CheckRef => {
    const ref = resolveRef(code, local);
    return {
      ref,
      slot: compiled.order.get(ref) ?? -1,
      label: compiled.facts.get(ref)?.decl.label ?? local,
    };
  };
  const checks = compiled.checks.map(({ code, check }): PlannedCheck => {
    switch (check.check) {
      case "lte":
        return {
          check: "lte",
          code,
          fact: refOf(code, check.fact),
          other: refOf(code, check.other),
        };
      case "together":
        return { check: "together", code, facts: check.facts.map((f) => refOf(code, f)) };
      case "anyOf":
        return {
          check: "anyOf",
          code,
          sets: check.sets.map((set) => set.map((f) => refOf(code, f))),
        };
      default:
        return {
          check: "requiredWhen",
          code,
          fact: refOf(code, check.fact),
          when: refOf(code, check.when),
          equals: check.equals,
        };
    }
  });
  const codes: CheckPlan["codes"] = new Map();
  for (const [code, byName] of compiled.codeFacts)
    codes.set(code, { byName, slot: compiled.codeSlots.get(code) as number });
  plan = {
    required: compiled.requiredFacts.map(([ref, code]) => ({
      ref,
      slot: compiled.order.get(ref) ?? -1,
      code,
    })),
    checks,
    codes,
  };
  plans.set(compiled, plan);
  return plan;
}

/** The empty set of invalid codes most units have; a unit gets its own set at its first invalid item. */
const noCodes: ReadonlySet<string> = new Set<string>();

function markInvalid(out: CheckedFacts, code: string): void {
  if (out.invalidCodes === noCodes) out.invalidCodes = new Set([code]);
  else out.invalidCodes.add(code);
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
    invalidCodes: noCodes as Set<string>,
    raw: given as Record<string, unknown>,
    ids: new Int32Array(compiled.codeSlots.size),
  };
  const plan = planOf(compiled);
  if (typeof given !== "object" || Array.isArray(given)) {
    out.problems.push(
      problem("facts", "wrong_type", '事实应为对象：{ "项目编号": { "事实名称": 值 } }'),
    );
    // No fact can be read from it: every item with facts is invalid (scored null as "填写的事实
    // 有误"), none is missing — the walk must never read a required fact neither given nor missing.
    out.raw = {};
    out.invalidCodes = new Set(plan.codes.keys());
    return out;
  }
  const record = given as Record<string, unknown>;
  // Object.keys, not entries: no pair array per item; each getter still runs once.
  for (const code of Object.keys(record)) {
    const group = record[code];
    const known = plan.codes.get(code);
    let checked: ItemFacts;
    if (known === undefined) {
      checked = {
        problems: [problem(code, "unknown_item", `方案中没有编号为 ${code} 且需要填写事实的项目`)],
        invalid: true,
        slots: [],
        values: [],
      };
    } else if (memo === undefined) {
      checked = checkItemFacts(code, known.byName, group);
      out.ids[known.slot] = -1;
    } else {
      const id = memo.inputs.idOf(group);
      const seen = id < 0 ? undefined : rememberedFacts(memo, known.slot, id);
      if (seen !== undefined) {
        checked = seen;
      } else {
        checked = checkItemFacts(code, known.byName, group);
        if (id >= 0) rememberFacts(memo, known.slot, id, checked);
      }
      out.ids[known.slot] = id;
    }
    if (checked.problems.length > 0) out.problems.push(...checked.problems);
    if (checked.invalid) markInvalid(out, code);
    const slots = checked.slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      out.values[slot] = checked.values[i];
      out.present[slot] = 1;
    }
  }
  const present = out.present;
  const required = plan.required;
  for (let i = 0; i < required.length; i++) {
    const r = required[i] as CheckPlan["required"][number];
    if (present[r.slot] !== 1 && !out.invalidCodes.has(r.code)) out.missing.push(r.ref);
  }
  applyChecks(plan, compiled.order, out);
  return out;
}

/** Consistency checks between facts of one item (≤, given together, one of, required when). */
function applyChecks(plan: CheckPlan, order: ReadonlyMap<string, number>, out: CheckedFacts): void {
  const present = out.present;
  const has = (r: CheckRef) => present[r.slot] === 1;
  let added = false;
  for (const check of plan.checks) {
    if (out.invalidCodes.has(check.code)) continue;
    if (check.check === "lte") {
      const a = out.values[check.fact.slot];
      const b = out.values[check.other.slot];
      if (a instanceof Decimal && b instanceof Decimal && a.greaterThan(b)) {
        out.problems.push(
          problem(
            check.fact.ref,
            "inconsistent",
            `${check.fact.label} ${a.toFixed()} 不应大于${check.other.label} ${b.toFixed()}`,
          ),
        );
        markInvalid(out, check.code);
      }
    } else if (check.check === "together") {
      let given = 0;
      for (const f of check.facts) if (has(f)) given++;
      if (given > 0 && given < check.facts.length) {
        const absent = check.facts.find((f) => !has(f)) ?? check.facts[0];
        out.problems.push(
          problem(
            absent?.ref ?? "",
            "incomplete_pair",
            `${check.facts.map((f) => f.label).join("与")}须同时填写`,
          ),
        );
        markInvalid(out, check.code);
      }
    } else if (check.check === "anyOf") {
      if (!check.sets.some((set) => set.every(has))) {
        for (const f of check.sets[0] ?? [])
          if (!has(f) && !out.missing.includes(f.ref)) {
            out.missing.push(f.ref);
            added = true;
          }
      }
    } else if (
      out.values[check.when.slot] === check.equals &&
      !has(check.fact) &&
      !out.missing.includes(check.fact.ref)
    ) {
      out.missing.push(check.fact.ref);
      added = true;
    }
  }
  // Scheme order, so `missing` reads like the score sheet. The required facts were listed in that
  // order already (slots are scheme order), so only facts added by checks need sorting.
  if (added && out.missing.length > 1)
    out.missing.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
