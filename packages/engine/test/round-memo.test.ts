// The round's memos (facts checked once per distinct input, item results shared between units)
// must change nothing: a unit of a round is exactly that unit checked and scored alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeRoundContext,
  getTemplate,
  prepareRound,
  scoreRound,
  scoreUnit,
  scoreUnits,
  validateFacts,
  type ItemResult,
  type Scheme,
} from "@kaoping/engine";

const township = getTemplate("township-2022") as Scheme;

/** Valid facts of a few items, small ranges so that units of a round repeat inputs. */
const base = {
  "1.1": { met: true },
  "1.3": { absences: 1 },
  "4.1": { rate: "99.65" },
  "7": { findings: [{ level: "city" }] },
  "8": { ratings: ["12.5", "13", "14"] },
};

/** Inputs that JSON text would blur (dropped, turned into null, or turned into a string). */
const blurred: [string, unknown][] = [
  ["an undefined unknown fact", { "1.3": { absences: 1, other: undefined } }],
  ["an undefined declared fact", { "1.3": { absences: undefined } }],
  ["NaN", { "1.3": { absences: Number.NaN } }],
  ["Infinity", { "1.3": { absences: Number.POSITIVE_INFINITY } }],
  ["a function", { "1.3": { absences: () => 1 } }],
  ["a boxed number", { "1.3": { absences: Object(1) as unknown } }],
  ["a Date for a date fact", { "9.3": { reached70On: new Date("2022-03-01T00:00:00Z") } }],
  ["a sparse list", { "7": { findings: Object.assign(new Array(2), { 1: { level: "city" } }) } }],
  ["a list with null", { "7": { findings: [null, { level: "city" }] } }],
  ["a record with an undefined field", { "7": { findings: [{ level: "city", x: undefined }] } }],
  ["a Map as an item's facts", { "1.3": new Map([["absences", 1]]) }],
  ["a bigint", { "1.3": { absences: 1n } }],
];

describe("the round memo changes nothing", () => {
  it.each(blurred)("%s: the round's problems are the unit's own", (_, extra) => {
    const odd = { ...base, ...(extra as object) };
    const units = [
      { id: "a", name: "甲", facts: base },
      { id: "b", name: "乙", facts: odd },
      {
        id: "c",
        name: "丙",
        facts: JSON.parse(
          JSON.stringify(odd, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
        ) as unknown,
      },
    ];
    const round = scoreRound(township, units);
    const alone = units.flatMap((u) =>
      validateFacts(township, u.facts).problems.map((p) => ({ unit: u.id, ...p })),
    );
    if (round.ok) expect(alone).toEqual([]);
    else expect(round.problems).toEqual(alone);
    const context = computeRoundContext(township, units);
    const batch = scoreUnits(township, units, context);
    units.forEach((u, i) => expect(batch[i]).toEqual(scoreUnit(township, u, context)));
  });

  it("holds for random rounds with junk anywhere (problems, missing, scores, traces)", () => {
    const value = fc.oneof(
      fc.constantFrom(0, 1, "1", "99.65", true, null, undefined, Number.NaN, [], {}, "2022-03-01"),
      fc.anything(),
    );
    const facts = fc.record({
      code: fc.constantFrom("1.1", "1.3", "4.1", "7", "8", "9.3", "9.9"),
      name: fc.constantFrom("met", "absences", "rate", "findings", "ratings", "reached70On", "x"),
      value,
    });
    fc.assert(
      fc.property(
        fc.array(facts, { maxLength: 4 }),
        fc.array(fc.nat(5), { minLength: 2, maxLength: 8 }),
        (edits, picks) => {
          const variants = [
            base,
            ...edits.map(({ code, name, value: v }) => ({ ...base, [code]: { [name]: v } })),
          ];
          const units = picks.map((p, i) => ({
            id: `u${i}`,
            name: `单位${i}`,
            facts: variants[p % variants.length],
          }));
          const context = computeRoundContext(township, units);
          const batch = scoreUnits(township, units, context);
          units.forEach((u, i) => expect(batch[i]).toEqual(scoreUnit(township, u, context)));
          // Checked once: the same context, and the same result for any unit, in any order.
          const prepared = prepareRound(township, units);
          expect(prepared.context).toEqual(context);
          const backwards = units.map((_, i) => units.length - 1 - i);
          expect(prepared.score(backwards)).toEqual(backwards.map((i) => batch[i]));
          expect(prepared.score()).toEqual(batch);
          const others = variants.map((facts, i) => ({ id: `o${i}`, name: `其他${i}`, facts }));
          expect(prepared.scoreOthers(others)).toEqual(scoreUnits(township, others, context));
          const round = scoreRound(township, units);
          const alone = units.flatMap((u) =>
            validateFacts(township, u.facts).problems.map((p) => ({ unit: u.id, ...p })),
          );
          if (!round.ok) expect(round.problems).toEqual(alone);
          else
            units.forEach((u, i) =>
              expect({ ...round.result.units[i], rank: null }).toEqual(batch[i]),
            );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("shared results", () => {
  const units = [
    { id: "a", name: "甲", facts: base },
    { id: "b", name: "乙", facts: JSON.parse(JSON.stringify(base)) as unknown },
  ];
  const leaf = (items: ItemResult[], code: string): ItemResult =>
    items.flatMap((i) => [i, ...i.children]).find((i) => i.code === code) as ItemResult;

  it("units with the same input share one frozen leaf result; mutating it throws", () => {
    const round = scoreRound(township, units);
    if (!round.ok) throw new Error("invalid");
    const [a, b] = round.result.units as unknown as [
      { items: ItemResult[] },
      { items: ItemResult[] },
    ];
    expect(leaf(b.items, "1.3")).toBe(leaf(a.items, "1.3"));
    expect(Object.isFrozen(leaf(a.items, "1.3"))).toBe(true);
    expect(Object.isFrozen(leaf(a.items, "1.3").trace)).toBe(true);
    expect(() => leaf(a.items, "1.3").trace.push("x")).toThrow(TypeError);
    // Groups and units are each unit's own objects (ranks are written into them).
    expect(b.items[0]).not.toBe(a.items[0]);
  });

  it("a unit scored alone gets results of its own, not frozen", () => {
    const alone = scoreUnit(township, units[0] as (typeof units)[0]);
    expect(Object.isFrozen(leaf(alone.items, "1.3"))).toBe(false);
  });
});
