// Ranking and comparing on ANOTHER ITEM'S computed score (按第3项得分排名, docs/decisions/0293):
// the referenced item is scored first for every unit, cycles are scheme problems, and ranking on
// a score equals ranking on an entered fact holding that score.
import {
  computeRoundContext,
  explainScheme,
  itemsReadByRoundContext,
  scoreRound,
  scoreUnit,
  validateScheme,
  type UnitResult,
} from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemeOf, scoresByCode } from "./helpers.js";

const awards = [
  { upTo: 1, points: "3" },
  { upTo: 3, points: "1" },
];

/** 3 基金监管 (a group: an assessor's score plus a rank on cases), 5 ranks on 3's score. */
function fundScheme(on: unknown = { itemScore: "3" }) {
  return schemeOf([
    {
      code: "3",
      title: "基金监管",
      max: "12",
      children: [
        {
          code: "3.1",
          title: "检查",
          max: "10",
          facts: [{ name: "s", type: "decimal", label: "检查得分", min: "0", max: "10" }],
          rule: { kind: "discretionary", fact: "s" },
        },
        {
          code: "3.2",
          title: "查处",
          max: "2",
          facts: [{ name: "cases", type: "int", label: "查处案件数", unit: "件" }],
          rule: { kind: "rank", fact: "cases", order: "desc", awards: [{ upTo: 1, points: "2" }] },
        },
      ],
    },
    {
      code: "5",
      title: "排名加分",
      max: "3",
      facts: [{ name: "v", type: "decimal", label: "得分", required: false, default: "0" }],
      rule: { kind: "rank", ...(on as object), order: "desc", awards },
    },
  ]);
}

const unit = (id: string, s: string, cases: number) => ({
  id,
  name: `单位${id}`,
  facts: { "3.1": { s }, "3.2": { cases } },
});

function scored(units: ReturnType<typeof unit>[], scheme = fundScheme()): UnitResult[] {
  const r = scoreRound(scheme, units);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.result.units;
}

describe("rank on another item's score", () => {
  // [unit facts of a round, expected scores of 3 and 5 per unit]: 3 = 3.1 + 3.2 (rank on cases).
  it.each([
    [
      [unit("a", "9", 1), unit("b", "8", 5), unit("c", "7", 0)],
      ["9", "10", "7"],
      ["1", "3", "1"],
    ],
    [
      [unit("a", "10", 0), unit("b", "9.5", 0), unit("c", "8", 9)],
      ["10", "9.5", "10"],
      ["3", "1", "3"],
    ],
    [
      [unit("a", "6", 0), unit("b", "6", 0), unit("c", "6", 0), unit("d", "5", 0)],
      ["8", "8", "8", "7"],
      ["3", "3", "3", "0"],
    ],
  ])("round %#", (units, three, five) => {
    const results = scored(units);
    expect(results.map((u) => scoresByCode(u.items)["3"])).toEqual(three);
    expect(results.map((u) => scoresByCode(u.items)["5"])).toEqual(five);
  });

  it("says in Chinese which item's score, where it ranks and what it earns", () => {
    const [, b] = scored([unit("a", "9", 1), unit("b", "8", 5), unit("c", "7", 0)]);
    const five = (b as UnitResult).items[1];
    expect(five?.trace.join("")).toBe(
      "按第3项“基金监管”得分 10 分，在本轮 3 个单位中排第 1 名，加 3 分",
    );
    const lines = explainScheme(fundScheme()).map((l) => l.sentence);
    expect(lines.at(-1)).toContain("按第3项“基金监管”得分在本轮所有单位中排名");
  });

  it("leaves the item unscored when the referenced item cannot be scored", () => {
    const missing = { id: "b", name: "乙", facts: { "3.2": { cases: 2 } } };
    const results = scored([unit("a", "9", 1), missing as never], fundScheme({ itemScore: "3.1" }));
    const b = scoresByCode((results[1] as UnitResult).items);
    expect(b["3.1"]).toBe(null);
    expect(b["5"]).toBe(null);
    expect((results[1] as UnitResult).items[1]?.trace).toEqual([
      "第3.1项“检查”未评分，本项暂不评分",
    ]);
    // The unscored unit takes no part: a ranks alone.
    expect(scoresByCode((results[0] as UnitResult).items)["5"]).toBe("3");
  });

  it("scores one unit alone against the round context as the round does", () => {
    const units = [unit("a", "9", 1), unit("b", "8", 5), unit("c", "7", 0)];
    const scheme = fundScheme();
    const context = computeRoundContext(scheme, units);
    const alone = units.map((u) => scoreUnit(scheme, u, context));
    expect(alone.map((u) => u.total)).toEqual(scored(units).map((u) => u.total));
  });

  it("names the items whose facts the round context depends on", () => {
    // 5 ranks on 3's score: 3.1's facts matter to the other units as much as 3.2's.
    expect(itemsReadByRoundContext(fundScheme())).toEqual(["3.1", "3.2"]);
    expect(itemsReadByRoundContext(fundScheme({ fact: "v" }))).toEqual(["3.2", "5"]);
  });

  it("compares an item's score with the round's mean (vsMean)", () => {
    const scheme = schemeOf([
      fundScheme().items[0],
      {
        code: "6",
        title: "均分比较",
        max: "2",
        rule: {
          kind: "vsMean",
          value: { itemScore: "3" },
          direction: "below",
          step: "1",
          points: "0.5",
          rounding: "up",
        },
      },
    ]);
    // 3 scores 9, 10, 7: mean 26/3; c is 5/3 below it, two steps of 1 → 1 point off.
    const results = scored([unit("a", "9", 1), unit("b", "8", 5), unit("c", "7", 0)], scheme);
    expect(results.map((u) => scoresByCode(u.items)["6"])).toEqual(["2", "2", "1"]);
    expect((results[2] as UnitResult).items[1]?.trace[0]).toContain("第3项“基金监管”得分 7 分");
  });
});

describe("scheme problems of score references", () => {
  const leaf = (code: string, rule: unknown) => ({
    code,
    title: `项目${code}`,
    max: "3",
    rule,
  });
  const rankOn = (code: string) => ({ kind: "rank", itemScore: code, order: "desc", awards });
  const problemsOf = (items: unknown[]) => {
    const r = validateScheme({ id: "x", title: "x", items });
    return r.ok ? [] : r.problems;
  };

  it("refuses two items ranking on each other's score, naming both", () => {
    const problems = problemsOf([leaf("1", rankOn("2")), leaf("2", rankOn("1"))]);
    expect(problems.map((p) => p.code)).toEqual(["item_cycle"]);
    expect(problems[0]?.message).toContain("第1项“项目1” → 第2项“项目2” → 第1项“项目1”");
  });

  it("refuses a rule on its own score and on its group's score", () => {
    expect(problemsOf([leaf("1", rankOn("1"))])[0]?.message).toContain("按本项自己的得分");
    const group = { code: "2", title: "分组", max: "3", children: [leaf("2.1", rankOn("2"))] };
    const problems = problemsOf([group]);
    expect(problems[0]?.code).toBe("item_cycle");
    expect(problems[0]?.message).toContain("第2项“分组” → 第2.1项“项目2.1” → 第2项“分组”");
    expect(problems[0]?.path).toBe("items[0].children[0].rule.itemScore");
  });

  it("names an unknown item and wants exactly one source", () => {
    expect(problemsOf([leaf("1", rankOn("9"))])[0]?.message).toContain("“9”不存在");
    const both = { ...rankOn("1"), fact: "x" };
    expect(problemsOf([leaf("1", both)])[0]?.message).toContain("二者选一");
  });
});

describe("properties", () => {
  const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 });
  const tenths = (k: number) => (k / 10).toString();

  it("ranking on a score equals ranking on an entered fact holding that score", () => {
    fc.assert(
      fc.property(scores, (ks) => {
        const units = ks.map((k, i) => unit(`u${i}`, tenths(k), 0));
        const results = scored(units);
        const byScore = results.map((u) => scoresByCode(u.items)["5"]);
        const entered = scored(
          units.map((u, i) => ({
            ...u,
            facts: { ...u.facts, "5": { v: results[i]?.items[0]?.score } },
          })),
          fundScheme({ fact: "v" }),
        ).map((u) => scoresByCode(u.items)["5"]);
        expect(byScore).toEqual(entered);
      }),
      { numRuns: 40 },
    );
  });

  it("does not depend on the order of the units", () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.nat(5), fc.integer());
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const units = rows.map(([k, c], i) => ({
          ...unit(`u${i}`, tenths(k), c),
          key: rows[i]?.[2],
        }));
        // The same units in the order of a random key.
        const shuffled = [...units].sort((a, b) => (a.key as number) - (b.key as number));
        const totals = (list: typeof units) =>
          Object.fromEntries(scored(list).map((u) => [u.id, u.total]));
        expect(totals(shuffled)).toEqual(totals(units));
      }),
      { numRuns: 40 },
    );
  });
});
