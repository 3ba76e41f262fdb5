/**
 * Checks one unit's facts object against a compiled scheme: unknown items and facts, wrong
 * values, inconsistent pairs (problems), and required facts not given (missing, not problems).
 */
import { Decimal } from "../decimal.js";
import { problem, type Problem } from "../problems.js";
import { resolveRef, type CompiledScheme } from "../scheme/compile.js";
import { checkFactValue, type FactValue } from "./value.js";

/** The checked facts of one unit. */
export interface CheckedFacts {
  problems: Problem[];
  /** Paths of required facts not given, in scheme order. */
  missing: string[];
  /** Checked values by full ref, defaults filled in for absent optional facts. */
  values: Map<string, FactValue | undefined>;
  /** Full refs actually present in the input. */
  present: Set<string>;
  /** Item codes with a problem in their facts (those items cannot be scored). */
  invalidCodes: Set<string>;
  /** The input as given, by item code (for the round memo's keys). */
  raw: Record<string, unknown>;
}

/** Checks a unit's facts object. `null` values count as absent (a cleared form field). */
export function checkUnitFacts(compiled: CompiledScheme, raw: unknown): CheckedFacts {
  const given = raw === undefined || raw === null ? {} : raw;
  const out: CheckedFacts = {
    problems: [],
    missing: [],
    // Start from the optional facts' defaults (a native copy); given values overwrite them.
    values: new Map(compiled.optionalDefaults),
    present: new Set(),
    invalidCodes: new Set(),
    raw: given as Record<string, unknown>,
  };
  if (typeof given !== "object" || Array.isArray(given)) {
    out.problems.push(
      problem("facts", "wrong_type", '事实应为对象：{ "项目编号": { "事实名称": 值 } }'),
    );
    return out;
  }
  const fail = (code: string, p: Problem[]) => {
    out.problems.push(...p);
    out.invalidCodes.add(code);
  };
  for (const [code, group] of Object.entries(given as Record<string, unknown>)) {
    const decls = compiled.factCodes.get(code);
    if (decls === undefined) {
      fail(code, [problem(code, "unknown_item", `方案中没有编号为 ${code} 且需要填写事实的项目`)]);
      continue;
    }
    if (group === null || typeof group !== "object" || Array.isArray(group)) {
      fail(code, [problem(code, "wrong_type", `${code} 的事实应为对象`)]);
      continue;
    }
    for (const [name, value] of Object.entries(group as Record<string, unknown>)) {
      const path = `${code}.${name}`;
      const decl = decls.find((d) => d.name === name);
      if (decl === undefined) {
        fail(code, [problem(path, "unknown_fact", `${code} 没有名为 ${name} 的事实`)]);
        continue;
      }
      if (value === null || value === undefined) continue;
      const checked = checkFactValue(decl, value, path);
      if (!checked.ok) fail(code, checked.problems);
      else {
        out.values.set(path, checked.value);
        out.present.add(path);
      }
    }
  }
  for (const [ref, code] of compiled.requiredFacts) {
    if (!out.present.has(ref) && !out.invalidCodes.has(code)) out.missing.push(ref);
  }
  applyChecks(compiled, out);
  return out;
}

/** Consistency checks between facts of one item (≤, given together, one of, required when). */
function applyChecks(compiled: CompiledScheme, out: CheckedFacts): void {
  for (const { code, check } of compiled.checks) {
    if (out.invalidCodes.has(code)) continue;
    const r = (ref: string) => resolveRef(code, ref);
    const label = (ref: string) => compiled.facts.get(r(ref))?.decl.label ?? ref;
    if (check.check === "lte") {
      const a = out.values.get(r(check.fact));
      const b = out.values.get(r(check.other));
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
      const given = check.facts.filter((f) => out.present.has(r(f)));
      if (given.length > 0 && given.length < check.facts.length) {
        const absent = check.facts.filter((f) => !out.present.has(r(f)));
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
      if (!check.sets.some((set) => set.every((f) => out.present.has(r(f))))) {
        for (const f of check.sets[0] ?? [])
          if (!out.present.has(r(f)) && !out.missing.includes(r(f))) out.missing.push(r(f));
      }
    } else if (
      out.values.get(r(check.when)) === check.equals &&
      !out.present.has(r(check.fact)) &&
      !out.missing.includes(r(check.fact))
    ) {
      out.missing.push(r(check.fact));
    }
  }
  // Scheme order, so `missing` reads like the score sheet.
  if (out.missing.length > 1)
    out.missing.sort((a, b) => (compiled.order.get(a) ?? 0) - (compiled.order.get(b) ?? 0));
}
