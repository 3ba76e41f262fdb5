/** Test helper: applies every improvement of every unit and checks the exact gain by rescoring. */
import { expect } from "vitest";
import { findImprovements, scoreRound, type Scheme, type UnitFacts } from "@kaoping/engine";
import { Decimal } from "../src/decimal.js";

/** The unit's facts with `changes` (`4.1.rate` → value) applied, as a facts file writes them. */
export function applied(facts: unknown, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = structuredClone(
    (facts ?? {}) as Record<string, Record<string, unknown>>,
  );
  for (const [path, value] of Object.entries(changes)) {
    const at = path.lastIndexOf(".");
    const code = path.slice(0, at);
    out[code] = { ...(out[code] ?? {}), [path.slice(at + 1)]: value };
  }
  return out;
}

/** Total of unit `i` when scored in the round as given. */
function totalOf(scheme: Scheme, units: UnitFacts[], i: number): string {
  const scored = scoreRound(scheme, units);
  if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
  return scored.result.units[i]?.total as string;
}

/**
 * Applies every improvement of every unit, rescores the round, and checks the exact gain; returns
 * how many, and counts them by item code in `codes` when given.
 */
export function checkEvery(
  scheme: Scheme,
  units: UnitFacts[],
  codes?: Map<string, number>,
): number {
  const found = findImprovements(scheme, units);
  let checked = 0;
  found.forEach((unit, i) => {
    const before = totalOf(scheme, units, i);
    expect(unit.total).toBe(before);
    for (const m of unit.improvements) {
      const changed = units.map((u, j) =>
        j === i ? { ...u, facts: applied(u.facts, m.facts) } : u,
      );
      const after = totalOf(scheme, changed, i);
      expect(new Decimal(m.gain).greaterThan(0), `${unit.id} ${m.code} gain ${m.gain}`).toBe(true);
      expect(new Decimal(after).minus(before).toFixed(), `${unit.id} ${m.code} ${m.text}`).toBe(
        m.gain,
      );
      expect(m.text).toContain(`可多得 ${m.gain} 分`);
      checked++;
      codes?.set(m.code, (codes.get(m.code) ?? 0) + 1);
    }
    for (let k = 1; k < unit.improvements.length; k++) {
      const [a, b] = [unit.improvements[k - 1], unit.improvements[k]];
      expect(new Decimal(a?.gain ?? 0).greaterThanOrEqualTo(b?.gain ?? 0)).toBe(true);
    }
  });
  return checked;
}
