// A unit scorer keeps its memos between calls (the live score after every save, decision 0306):
// every call must give exactly what scoreUnitWithProblems gives, and the memos must stay capped.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeRoundContext,
  getTemplate,
  scoreUnitWithProblems,
  unitScorer,
  UNIT_SCORER_CAP,
  type Scheme,
} from "@kaoping/engine";
import { townshipFacts } from "./arbitraries.js";

const township = getTemplate("township-2022") as Scheme;

/** One save: an item's facts replaced by a random value, junk included. */
const edit = fc.record({
  code: fc.constantFrom("1.1", "1.3", "4.1", "5.6", "7", "8", "9.3", "9.9"),
  name: fc.constantFrom("met", "absences", "rate", "volume", "findings", "ratings", "reached70On"),
  value: fc.oneof(
    fc.constantFrom(0, 1, 3, "1", "99.65", true, null, undefined, Number.NaN, [], "2022-03-01"),
    fc.anything(),
  ),
});

describe("unitScorer", () => {
  it("gives what scoreUnitWithProblems gives, call after call, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(townshipFacts, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(9), fc.option(edit, { nil: undefined })), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.constantFrom(UNIT_SCORER_CAP, 200, 0),
        (start, calls, cap) => {
          const facts: Record<string, unknown>[] = start.map((f) => ({ ...f }));
          const context = computeRoundContext(
            township,
            facts.map((f, i) => ({ id: `u${i}`, name: `单位${i}`, facts: f })),
          );
          const scorer = unitScorer(township, context, cap);
          for (const [pick, change] of calls) {
            const at = pick % facts.length;
            // A save replaces one item's facts (a new object, as the server parses each row).
            if (change !== undefined)
              facts[at] = { ...facts[at], [change.code]: { [change.name]: change.value } };
            const unit = { id: `u${at}`, name: `单位${at}`, facts: facts[at] };
            expect(scorer.score(unit)).toEqual(scoreUnitWithProblems(township, unit, context));
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it("shares frozen leaf results between calls, and never its problems", () => {
    const unit = { id: "a", name: "甲", facts: { "1.3": { absences: 2 }, "9.9": { x: 1 } } };
    const scorer = unitScorer(township, computeRoundContext(township, [unit]));
    const first = scorer.score(unit);
    const again = scorer.score({ ...unit, facts: JSON.parse(JSON.stringify(unit.facts)) });
    const leaf = (r: typeof first) => r.result.items[0]?.children.find((i) => i.code === "1.3");
    expect(leaf(again)).toBe(leaf(first));
    expect(Object.isFrozen(leaf(first))).toBe(true);
    expect(first.problems).toEqual([
      { path: "9.9", code: "unknown_item", message: "方案中没有编号为 9.9 且需要填写事实的项目" },
    ]);
    expect(again.problems[0]).not.toBe(first.problems[0]);
  });

  it("keeps its memos under the cap plus one unit's entries, starting fresh ones", () => {
    const cap = 2000;
    const scorer = unitScorer(township, {}, cap);
    const unit = (i: number) => ({
      id: `u${i}`,
      name: `单位${i}`,
      // Every unit new everywhere: nothing is a memo hit, every call adds entries.
      facts: {
        "1.3": { absences: i },
        "2.2": { articles: i + 1 },
        "4.1": { rate: `${i % 100}.${i}` },
        "7": { findings: [{ level: "city" }, { level: "county", note: `n${i}` }] },
        "8": { ratings: [String(i % 15), "12.5"] },
      },
    });
    expect(scorer.size).toBe(0);
    scorer.score(unit(0));
    const perUnit = scorer.size;
    expect(perUnit).toBeGreaterThan(10);
    const sizes: number[] = [];
    for (let i = 1; i <= 400; i++) {
      const u = unit(i);
      expect(scorer.score(u)).toEqual(scoreUnitWithProblems(township, u, {}));
      sizes.push(scorer.size);
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(cap + 2 * perUnit);
    // Fresh memos were started (the size fell back) more than once over 400 new units.
    const resets = sizes.filter((s, i) => i > 0 && s < (sizes[i - 1] as number)).length;
    expect(resets).toBeGreaterThanOrEqual(2);
  });
});
