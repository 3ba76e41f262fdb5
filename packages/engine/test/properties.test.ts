// Property tests (fast-check): bounds, group sums, monotonicity, exactness, and no exceptions on bad input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeRoundContext,
  getTemplate,
  scoreRound,
  scoreUnit,
  scoreUnits,
  validateFacts,
  validateScheme,
  type ItemResult,
  type Scheme,
} from "@kaoping/engine";
import { Decimal } from "../src/decimal.js";
import { count, dec, townshipFacts } from "./arbitraries.js";
import { scoresByCode } from "./helpers.js";

const township = getTemplate("township-2022") as Scheme;
const medical = getTemplate("medical-aid-2021") as Scheme;

/** Checks bounds and group sums over a result tree. */
function checkTree(items: ItemResult[], scheme: Scheme): void {
  const caps = new Map<string, string | undefined>();
  const walk = (list: Scheme["items"]) =>
    list.forEach((i) => (caps.set(i.code, i.cap), walk(i.children ?? [])));
  walk(scheme.items);
  const visit = (item: ItemResult) => {
    const score = new Decimal(item.score ?? "0");
    expect(
      score.greaterThanOrEqualTo(0) && score.lessThanOrEqualTo(item.max),
      `${item.code} ${item.score} in [0, ${item.max}]`,
    ).toBe(true);
    if (item.children.length > 0 && item.children.every((c) => c.score !== null)) {
      let sum = item.children.reduce((acc, c) => acc.plus(c.score as string), new Decimal(0));
      const cap = caps.get(item.code);
      if (cap !== undefined) sum = Decimal.min(sum, cap);
      expect(item.score, `group ${item.code}`).toBe(
        Decimal.max(0, Decimal.min(sum, item.max)).toFixed(),
      );
    }
    item.children.forEach(visit);
  };
  items.forEach(visit);
}

describe("properties on township-2022", () => {
  it("every item lies in [0, max] and every group is the clamped (capped) sum of its children", () => {
    fc.assert(
      fc.property(townshipFacts, (facts) => {
        expect(validateFacts(township, facts)).toEqual({ problems: [], missing: [] });
        const result = scoreUnit(township, { id: "u", name: "单位", facts });
        checkTree(result.items, township);
        expect(new Decimal(result.total).lessThanOrEqualTo(110)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const scoreOf = (facts: Record<string, unknown>, code: string) =>
    new Decimal(
      scoresByCode(scoreUnit(township, { id: "u", name: "单位", facts }).items)[code] ?? "NaN",
    );

  it("more absences never raise 1.3; more articles never lower 2.2", () => {
    fc.assert(
      fc.property(townshipFacts, count, count, (facts, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(
          scoreOf({ ...facts, "1.3": { absences: lo } }, "1.3").greaterThanOrEqualTo(
            scoreOf({ ...facts, "1.3": { absences: hi } }, "1.3"),
          ),
        ).toBe(true);
        expect(
          scoreOf({ ...facts, "2.2": { articles: lo } }, "2.2").lessThanOrEqualTo(
            scoreOf({ ...facts, "2.2": { articles: hi } }, "2.2"),
          ),
        ).toBe(true);
      }),
    );
  });

  it("a higher rate never lowers 4.1, 4.4, 9.1 or the total", () => {
    fc.assert(
      fc.property(townshipFacts, dec(100, 4), dec(100, 4), (facts, a, b) => {
        const [lo, hi] = new Decimal(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        for (const code of ["4.1", "9.1", "4"]) {
          expect(
            scoreOf({ ...facts, "4.1": { rate: lo } }, code).lessThanOrEqualTo(
              scoreOf({ ...facts, "4.1": { rate: hi } }, code),
            ),
          ).toBe(true);
        }
        expect(
          scoreOf({ ...facts, "4.4": { rate: lo } }, "4.4").lessThanOrEqualTo(
            scoreOf({ ...facts, "4.4": { rate: hi } }, "4.4"),
          ),
        ).toBe(true);
      }),
    );
  });

  it("4.1 is exactly 5 − 0.5 × ceil((99.8 − rate) / 0.1), computed here in whole hundredths", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const gap = Math.max(0, 9980 - hundredths);
        const expected = Math.max(0, 50 - 5 * Math.ceil(gap / 10)) / 10;
        expect(scoreOf({ "4.1": { rate: hundredths / 100 } }, "4.1").toFixed()).toBe(
          String(expected),
        );
      }),
    );
  });
});

describe("a round scores each unit as it would be scored alone with the round's context", () => {
  it("holds for random rounds (the round's leaf memo changes nothing)", () => {
    fc.assert(
      fc.property(fc.array(townshipFacts, { minLength: 1, maxLength: 6 }), (all) => {
        const units = all.flatMap((facts, i) => [
          { id: `u${i}`, name: `单位${i}`, facts },
          { id: `v${i}`, name: `单位${i}`, facts },
        ]);
        const round = scoreRound(township, units);
        expect(round.ok).toBe(true);
        if (!round.ok) return;
        const context = computeRoundContext(township, units);
        const batch = scoreUnits(township, units, context);
        round.result.units.forEach((u, i) => expect({ ...batch[i], rank: u.rank }).toEqual(u));
        round.result.units.forEach((u, i) =>
          expect({
            ...scoreUnit(township, units[i] as (typeof units)[0], context),
            rank: u.rank,
          }).toEqual(u),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe("properties on medical-aid-2021", () => {
  const medicalFacts = fc.record({
    "1.1": fc.record({ planIssued: fc.boolean(), oneStop: fc.boolean() }),
    "2.4": fc.record({ trained: fc.boolean() }),
    "2.6": fc.integer({ min: 1, max: 1000 }).chain((d) =>
      fc.record({
        majorDiseaseCases: fc.integer({ min: 0, max: d }),
        directAidCases: fc.constant(d),
      }),
    ),
    "2.7": fc
      .integer({ min: 1, max: 1000 })
      .chain((d) =>
        fc.record({ oneStopCases: fc.integer({ min: 0, max: d }), totalCases: fc.constant(d) }),
      ),
    "3.1": fc.oneof(
      fc.constant({ matching: "full" }),
      fc.constant({ matching: "none" }),
      dec(6, 2).map((x) => ({ matching: "partial", partialDeduction: x })),
    ),
    "4.3": fc.record({ handled: fc.boolean(), provincialPetitions: count }),
  });
  it("every item lies in [0, max] and groups are clamped sums", () => {
    fc.assert(
      fc.property(medicalFacts, (facts) => {
        expect(validateFacts(medical, facts).problems).toEqual([]);
        checkTree(scoreUnit(medical, { id: "u", name: "单位", facts }).items, medical);
      }),
      { numRuns: 200 },
    );
  });
});

describe("invalid input", () => {
  const numericPaths = [
    "1.3.absences",
    "2.2.articles",
    "4.1.rate",
    "4.4.rate",
    "5.1.missingWindows",
    "8.ratings",
  ];
  it("a wrong value anywhere gives a problem naming its path, never an exception", () => {
    const junk = fc.oneof(
      fc.string(),
      fc.constant(-1),
      fc.constant(0.123456),
      fc.constant("1e3"),
      fc.object(),
      fc.constant(null),
      fc.boolean(),
    );
    fc.assert(
      fc.property(townshipFacts, fc.constantFrom(...numericPaths), junk, (facts, path, value) => {
        const [code, name] = [
          path.slice(0, path.lastIndexOf(".")),
          path.slice(path.lastIndexOf(".") + 1),
        ];
        const bad = { ...facts, [code]: { [name]: value } };
        const run = () => scoreRound(township, [{ id: "u", name: "单位", facts: bad }]);
        expect(run).not.toThrow();
        const result = run();
        if (value === null) return; // null means "not given": missing, not invalid
        // A decimal string (as parseDecimal reads them: "+0", ".5" too) may well be valid.
        if (typeof value === "string" && /^\s*[+-]?(\d+(\.\d+)?|\.\d+)\s*$/.test(value)) return;
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems.some((p) => p.unit === "u" && p.path.startsWith(path))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary JSON as a round or as facts never throws", () => {
    // Facts of every JSON type, non-objects (strings, numbers, arrays, null) often.
    const anyFacts = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.jsonValue(), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), anyFacts, (units, facts) => {
        expect(() => scoreRound(township, units)).not.toThrow();
        expect(() => scoreRound(medical, [{ id: "u", name: "单位", facts }])).not.toThrow();
        expect(() => validateFacts(township, facts)).not.toThrow();
        for (const scheme of [township, medical]) {
          const unit = { id: "u", name: "单位", facts };
          expect(() => scoreUnit(scheme, unit)).not.toThrow();
          expect(() => scoreUnit(scheme, unit, {})).not.toThrow();
          expect(() => scoreUnits(scheme, [unit, { ...unit, id: "v" }])).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("facts that are not an object: a problem at path facts, every item with facts unscored", () => {
    const itemsWithFacts = (items: readonly ItemResult[]): ItemResult[] =>
      items.flatMap((i) => [i, ...itemsWithFacts(i.children)]);
    for (const facts of ["x", 3, [], [{ "4.1": { rate: "99" } }], true]) {
      const checked = validateFacts(township, facts);
      expect(checked.problems.map((p) => [p.path, p.code])).toEqual([["facts", "wrong_type"]]);
      expect(checked.problems[0]?.message).toContain("事实应为对象");
      const round = scoreRound(township, [{ id: "u", name: "单位", facts }]);
      expect(round.ok).toBe(false);
      if (!round.ok) expect(round.problems.map((p) => [p.unit, p.path])).toEqual([["u", "facts"]]);
      const unit = { id: "u", name: "单位", facts };
      const results = [scoreUnit(township, unit), ...scoreUnits(township, [unit, unit])];
      for (const r of results) {
        expect(r.complete).toBe(false);
        expect(r.missing).toEqual([]);
        const leaves = itemsWithFacts(r.items).filter((i) => i.children.length === 0);
        expect(leaves.length).toBeGreaterThan(0);
        for (const leaf of leaves) {
          expect(leaf.score).toBeNull();
          expect(leaf.trace).toEqual(["填写的事实有误，本项未评分"]);
        }
      }
    }
  });
});

describe("scheme documents", () => {
  it("validateScheme never throws, on junk or on a template with random parts replaced", () => {
    const base = JSON.parse(JSON.stringify(township)) as {
      items: { children?: unknown[]; rule?: unknown }[];
    };
    fc.assert(
      fc.property(fc.anything(), fc.nat(8), fc.jsonValue(), (junk, i, part) => {
        expect(() => validateScheme(junk)).not.toThrow();
        const doc = JSON.parse(JSON.stringify(base)) as typeof base;
        const item = doc.items[i] as { children?: unknown[]; rule?: unknown };
        if (item.children !== undefined) item.children[0] = part;
        else item.rule = part;
        const result = validateScheme(doc);
        if (!result.ok) for (const p of result.problems) expect(p.path).toMatch(/^items\[\d+\]/);
      }),
      { numRuns: 200 },
    );
  });
});
