// 得分提升: every proposed improvement, applied and rescored for the whole round, raises the
// unit's total by exactly its gain (county fixture, the medical-aid fixture and random rounds).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findImprovements,
  getTemplate,
  scoreRound,
  type Scheme,
  type UnitFacts,
} from "@kaoping/engine";
import { Decimal } from "../src/decimal.js";
import { townshipFacts } from "./arbitraries.js";
import { fact, schemeOf } from "./helpers.js";

const shared = fileURLToPath(new URL("../../../../shared/fixtures/", import.meta.url));
const fixture = (name: string) =>
  JSON.parse(readFileSync(`${shared}${name}`, "utf8")).input as {
    scheme: string;
    units: UnitFacts[];
  };

/** The unit's facts with `changes` (`4.1.rate` → value) applied, as a facts file writes them. */
function applied(facts: unknown, changes: Record<string, unknown>): Record<string, unknown> {
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

/** Applies every improvement of every unit, rescores the round, and checks the exact gain; returns how many. */
function checkEvery(scheme: Scheme, units: UnitFacts[]): number {
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
    }
    for (let k = 1; k < unit.improvements.length; k++) {
      const [a, b] = [unit.improvements[k - 1], unit.improvements[k]];
      expect(new Decimal(a?.gain ?? 0).greaterThanOrEqualTo(b?.gain ?? 0)).toBe(true);
    }
  });
  return checked;
}

describe("improvements on the shared fixtures", () => {
  const township = getTemplate("township-2022") as Scheme;

  it("county round: every improvement of every unit gains exactly what it says", () => {
    const round = fixture("township-2022/county-round.json");
    expect(checkEvery(township, round.units)).toBeGreaterThan(20);
  });

  it("lianshi (参保率 99.65%) has the 4.1 improvement: one step less short", () => {
    const round = fixture("township-2022/county-round.json");
    const lianshi = findImprovements(township, round.units)[0];
    const m = lianshi?.improvements.find((x) => x.code === "4.1");
    expect(m?.facts).toEqual({ "4.1.rate": "99.7" });
    expect(m?.gain).toBe("0.5");
    expect(m?.text).toBe("参保率由 99.65% 提高到 99.7%，可多得 0.5 分");
  });

  it("ratings and past events say in words that facts cannot lift them", () => {
    const round = fixture("township-2022/county-round.json");
    const lianshi = findImprovements(township, round.units)[0];
    expect(lianshi?.fixed.find((f) => f.code === "8")?.text).toContain("评议");
    expect(lianshi?.improvements.some((m) => m.code === "8")).toBe(false);
  });

  it("medical-aid round: every improvement gains exactly what it says", () => {
    const round = fixture("medical-aid-2021/three-districts.json");
    checkEvery(getTemplate("medical-aid-2021") as Scheme, round.units);
  });
});

describe("improvements on random rounds (fast-check)", () => {
  const township = getTemplate("township-2022") as Scheme;

  it("township-2022: every gain is exactly the rescored difference and > 0", () => {
    fc.assert(
      fc.property(fc.array(townshipFacts, { minLength: 1, maxLength: 3 }), (all) => {
        const units = all.map((facts, i) => ({ id: `u${i}`, name: `单位${i}`, facts }));
        checkEvery(township, units);
      }),
      { numRuns: 25 },
    );
  });

  const rounding = fc.constantFrom("up", "down", "exact");
  const direction = fc.constantFrom("below", "above", "over", "both");
  const amount = (max: number, places: number) =>
    fc
      .integer({ min: 1, max: max * 10 ** places })
      .map((n) => new Decimal(n).dividedBy(10 ** places).toFixed());

  it("steps, bands, quota and checklist under a capped group: exact gains", () => {
    fc.assert(
      fc.property(
        direction,
        rounding,
        amount(100, 1),
        amount(5, 1),
        amount(2, 1),
        fc.array(amount(100, 2), { minLength: 1, maxLength: 3 }),
        fc.nat(8),
        fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
        amount(6, 1),
        (dir, round, from, step, points, rates, have, flags, cap) => {
          const scheme = schemeOf([
            {
              code: "1",
              title: "组",
              max: "10",
              cap,
              children: [
                {
                  code: "1.1",
                  title: "阶梯",
                  max: "5",
                  facts: [fact.pct("rate", { scale: 2 })],
                  rule: {
                    kind: "steps",
                    value: { fact: "rate" },
                    direction: dir,
                    from,
                    step,
                    points,
                    rounding: round,
                  },
                },
                {
                  code: "1.2",
                  title: "分档",
                  max: "3",
                  facts: [fact.pct("rate", { scale: 2 })],
                  rule: {
                    kind: "bands",
                    value: { fact: "rate" },
                    bands: [
                      { gte: "90", points: "3" },
                      { gte: "60", lt: "90", points: "2" },
                      { gt: "30", points: "1" },
                    ],
                  },
                },
                {
                  code: "1.3",
                  title: "数量",
                  max: "2",
                  facts: [fact.int("n")],
                  rule: { kind: "quota", fact: "n", quota: "5", points: "0.5" },
                },
                {
                  code: "1.4",
                  title: "达标",
                  max: "2",
                  facts: [fact.bool("a"), fact.bool("b")],
                  rule: {
                    kind: "checklist",
                    mode: "award",
                    items: [
                      { fact: "a", points: "1" },
                      { fact: "b", points: "1" },
                    ],
                  },
                },
              ],
            },
          ]);
          const units = rates.map((rate, i) => ({
            id: `u${i}`,
            name: `单位${i}`,
            facts: {
              "1.1": { rate },
              "1.2": { rate },
              "1.3": { n: have },
              "1.4": { a: flags[0], b: flags[1] },
            },
          }));
          checkEvery(scheme, units);
        },
      ),
      { numRuns: 150 },
    );
  });
});
