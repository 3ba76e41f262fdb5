// 基础分 (sum with `base`, docs/decisions/0299): the item starts from a base, each part adds its
// addition or takes its deduction, and the result stays within [0, points]. One line per case.
import { explainRule, findImprovements, validateScheme, type Scheme } from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/decimal.js";
import { checkEvery } from "./improve-check.js";
import { fact, leafScheme, scoreLeaf } from "./helpers.js";

/** 基础分60分；获省级表彰的每次加2分；被通报批评的每次扣1分；本项 100 分. */
const rule = (base: string, extra: Record<string, unknown> = {}) => ({
  kind: "sum",
  base,
  parts: [
    { kind: "occurrences", mode: "award", terms: [{ fact: "honours", points: "2" }] },
    { kind: "occurrences", mode: "deduct", terms: [{ fact: "notices", points: "1" }] },
  ],
  ...extra,
});
const facts = [
  fact.int("honours", { label: "获省级表彰" }),
  fact.int("notices", { label: "被通报批评" }),
];
const sixty = leafScheme("100", facts, rule("60"));
const small = leafScheme("10", facts, rule("8.5"));

describe("sum with a base (基础分)", () => {
  it.each([
    [sixty, { honours: 0, notices: 0 }, "60"],
    [sixty, { honours: 2, notices: 2 }, "62"],
    [sixty, { honours: 0, notices: 7 }, "53"],
    [sixty, { honours: 25, notices: 0 }, "100"], // 110 → 本项分值
    [sixty, { honours: 0, notices: 61 }, "0"], // −1 → 0
    [small, { honours: 1, notices: 0 }, "10"], // 10.5 → 10
    [small, { honours: 0, notices: 3 }, "5.5"],
    [small, { honours: 3, notices: 14 }, "0.5"],
  ] as const)("case %#", (scheme, given, expected) => {
    expect(scoreLeaf(scheme, given).score).toBe(expected);
  });

  it("says the base, what was added and what was taken, in Chinese", () => {
    const { trace } = scoreLeaf(sixty, { honours: 2, notices: 2 });
    expect(trace).toContain("基础分 60 分，加 4 分，扣 2 分，得 62 分");
    expect(trace).toContain("此项加 4 分");
    expect(trace).toContain("此项扣 2 分");
    expect(trace).not.toMatch(/[A-Za-z]/);
    expect(scoreLeaf(sixty, { honours: 0, notices: 0 }).trace).toContain(
      "基础分 60 分，无加减分，得 60 分",
    );
    expect(scoreLeaf(sixty, { honours: 0, notices: 61 }).trace).toContain("扣完为止，得 0 分");
  });

  it("scores the part of each kind from where that kind starts", () => {
    // A deduction kind takes from the item's points (checklist, steps below), an addition kind
    // adds from 0 (bands, checklist award): under a base only the change counts.
    const mixed = leafScheme("20", [fact.bool("late"), fact.pct("rate"), fact.bool("model")], {
      kind: "sum",
      base: "12",
      parts: [
        { kind: "checklist", mode: "deduct", items: [{ fact: "late", when: true, points: "3" }] },
        {
          kind: "steps",
          value: { fact: "rate" },
          from: "95",
          step: "1",
          points: "0.5",
          direction: "below",
          rounding: "up",
        },
        { kind: "checklist", mode: "award", items: [{ fact: "model", points: "4" }] },
      ],
    });
    expect(scoreLeaf(mixed, { late: true, rate: "92.5", model: true }).score).toBe("11.5");
    expect(scoreLeaf(mixed, { late: false, rate: "96", model: true }).score).toBe("16");
    expect(scoreLeaf(mixed, { late: false, rate: "95", model: false }).score).toBe("12");
  });

  it("explains the rule in Chinese from its base", () => {
    const item = sixty.items[0] as Scheme["items"][number];
    const text = explainRule(item.rule, item);
    expect(text).toContain("基础分 60 分");
    expect(text).toContain("每次加 2 分");
    expect(text).toContain("每次扣 1 分");
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it("refuses a base outside [0, 本项分值] and a part that neither adds nor deducts", () => {
    const problems = (doc: unknown) => {
      const r = validateScheme({
        id: "s",
        title: "测试方案",
        items: [{ code: "1", title: "测试项", max: "50", facts, rule: doc }],
      });
      return r.ok ? [] : r.problems;
    };
    expect(problems(rule("60"))).toEqual([
      expect.objectContaining({
        path: "items[0].rule.base",
        message: "基础分 60 分超过本项分值 50 分",
      }),
    ]);
    expect(problems(rule("-1"))).toEqual([
      expect.objectContaining({ path: "items[0].rule.base", message: "基础分不能小于 0 分" }),
    ]);
    const proportional = {
      kind: "sum",
      base: "30",
      parts: [{ kind: "proportional", value: { fact: "honours" }, of: "10" }],
    };
    expect(problems(proportional)).toEqual([
      expect.objectContaining({ path: "items[0].rule.parts[0]" }),
    ]);
    expect(JSON.stringify(problems(proportional))).toContain("基础分");
    // One part is enough with a base; without one, a sum still needs two.
    expect(problems({ ...rule("30"), parts: [rule("30").parts[0]] })).toEqual([]);
    expect(problems({ kind: "sum", parts: [rule("30").parts[0]] })).not.toEqual([]);
  });

  it("offers improvements that gain exactly, and none that cannot", () => {
    const units = [
      { id: "a", name: "甲", facts: { "1": { honours: 1, notices: 3 } } },
      { id: "b", name: "乙", facts: { "1": { honours: 50, notices: 0 } } },
    ];
    expect(checkEvery(sixty, units)).toBeGreaterThan(0);
    // 乙 is at 本项分值 already: nothing to gain.
    expect(findImprovements(sixty, units)[1]?.improvements).toEqual([]);
  });

  it("stays within [0, 本项分值] and equals the base when no part moves (property)", () => {
    const scheme = (base: string, max: string): Scheme => leafScheme(max, facts, rule(base));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.nat(60),
        fc.nat(60),
        (a, b, honours, notices) => {
          const [base, max] = a <= b ? [a, b] : [b, a];
          const s = scheme(String(base / 2), String(max / 2));
          const score = new Decimal(scoreLeaf(s, { honours, notices }).score as string);
          expect(score.greaterThanOrEqualTo(0) && score.lessThanOrEqualTo(max / 2)).toBe(true);
          const raw = new Decimal(base / 2).plus(honours * 2).minus(notices);
          const clamped = Decimal.min(max / 2, Decimal.max(0, raw));
          expect(score.toFixed()).toBe(clamped.toFixed());
          expect(scoreLeaf(s, { honours: 0, notices: 0 }).score).toBe(
            new Decimal(base / 2).toFixed(),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
