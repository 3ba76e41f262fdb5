// 按名次计分 with points for the rest (其余得N分): the places after the listed ones earn `rest`
// (decision 0294). A table of cases, the trace and explanation in Chinese, a property, and the
// refusal of `rest` beside `perPlace`.
import { explainRule, validateScheme, type UnitResult } from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/decimal.js";
import { fact, leafScheme, roundOf } from "./helpers.js";

const dec = { type: "decimal", unit: "", min: "-100000", scale: 10 };
/** 第1名得5分，第2-3名得4分，其余得2分. */
const rule = {
  kind: "rank",
  fact: "v",
  order: "desc",
  awards: [
    { upTo: 1, points: "5" },
    { upTo: 3, points: "4" },
  ],
  rest: "2",
};
const scheme = leafScheme("5", [fact.int("v", dec)], rule);
const round = (values: (string | undefined)[]) =>
  roundOf(
    scheme,
    values.map((v, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": v === undefined ? {} : { v } },
    })),
  ).units.map((u: UnitResult) => u.items[0]);

describe("rank with points for the rest (其余得N分)", () => {
  it.each([
    [
      ["9", "8", "7", "6", "5"],
      ["5", "4", "4", "2", "2"],
    ],
    [
      ["9", "9", "7", "6"],
      ["5", "5", "4", "2"],
    ],
    [
      ["1.5", "1.25", "1.1", "1.1", "0.3"],
      ["5", "4", "4", "4", "2"],
    ],
    [["3"], ["5"]],
  ])("%j scores %j", (values, expected) => {
    expect(round(values).map((i) => i?.score)).toEqual(expected);
  });

  it("gives exact decimals for the rest", () => {
    const half = leafScheme("5", [fact.int("v", dec)], { ...rule, rest: "0.35" });
    const scores = roundOf(
      half,
      ["4", "3", "2", "1"].map((v, i) => ({
        id: `u${i}`,
        name: `单位${i}`,
        facts: { "1": { v } },
      })),
    ).units.map((u: UnitResult) => u.items[0]?.score);
    expect(scores).toEqual(["5", "4", "4", "0.35"]);
  });

  it("says in Chinese that a place earned the rest's points", () => {
    const items = round(["9", "8", "7", "6"]);
    // Not a 加分 item: the place's points are the item's score, said once (decision 0343).
    expect(items[3]?.trace.join("\n")).toContain("排第 4 名（其余名次），得 2 分");
    expect(items[0]?.trace.join("\n")).not.toContain("其余名次");
    expect(explainRule(rule, { code: "1", max: "5", facts: [fact.int("v", dec)] })).toContain(
      "，其余名次得 2 分",
    );
  });

  it("refuses rest beside perPlace", () => {
    const both = validateScheme({
      id: "s",
      title: "测试方案",
      items: [
        {
          code: "1",
          title: "测试项",
          max: "5",
          facts: [fact.int("v", dec)],
          rule: { ...rule, perPlace: "0.5" },
        },
      ],
    });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(JSON.stringify(both.problems)).toContain("只能填一项");
  });

  it("never gives a worse place more when the rest earns no more than the last place", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (values, rest10) => {
          const rest = new Decimal(rest10).dividedBy(10).toFixed();
          const s = leafScheme("5", [fact.int("v", dec)], { ...rule, rest });
          const items = roundOf(
            s,
            values.map((v, i) => ({
              id: `u${i}`,
              name: `单位${i}`,
              facts: { "1": { v: String(v) } },
            })),
          ).units.map((u: UnitResult) => new Decimal(u.items[0]?.score ?? "0"));
          values.forEach((v1, i) =>
            values.forEach((v2, j) => {
              if (v1 > v2) expect(items[i]!.gte(items[j]!)).toBe(true);
            }),
          );
          // Places after the third earn exactly the rest.
          const sorted = [...values].sort((a, b) => b - a);
          values.forEach((v, i) => {
            const place = 1 + sorted.filter((o) => o > v).length;
            if (place > 3) expect(items[i]!.toFixed()).toBe(rest);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
