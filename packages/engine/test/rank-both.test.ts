// A rank line that awards the top and deducts the bottom (第1名加2分，第2-3名加1分，末位扣2分,
// decision 0313): a 多项合计 from a base of a descending award rank and an ascending deduct rank on
// the same fact. Ties share a place in each ranking; a unit both at the top and at the bottom (one
// unit, or every unit tied) gets both moves.
import { explainRule, findImprovements, type UnitResult } from "@kaoping/engine";
import { checkEvery } from "./improve-check.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/decimal.js";
import { fact, leafScheme, roundOf } from "./helpers.js";

const dec = { type: "decimal", unit: "", min: "-100000", scale: 10, label: "综合得分" };
const both = (base: string) => ({
  kind: "sum",
  base,
  parts: [
    {
      kind: "rank",
      fact: "v",
      order: "desc",
      awards: [
        { upTo: 1, points: "2" },
        { upTo: 3, points: "1" },
      ],
    },
    { kind: "rank", fact: "v", order: "asc", mode: "deduct", awards: [{ upTo: 1, points: "2" }] },
  ],
});
const round = (points: string, base: string, values: (string | undefined)[]) =>
  roundOf(
    leafScheme(points, [fact.int("v", dec)], both(base)),
    values.map((v, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": v === undefined ? {} : { v } },
    })),
  ).units.map((u: UnitResult) => u.items[0]);

describe("a rank that awards the top and deducts the bottom", () => {
  it.each([
    ["5", "3", ["9", "8", "7", "6", "5"], ["5", "4", "4", "3", "1"]],
    ["5", "3", ["9", "9", "7", "5", "5"], ["5", "5", "4", "1", "1"]],
    ["5", "3", ["9", "8"], ["5", "2"]],
    ["5", "3", ["9"], ["3"]],
    ["5", "3", ["4", "4", "4"], ["3", "3", "3"]],
    ["2", "0", ["9", "8", "7", "6", "5"], ["2", "1", "1", "0", "0"]],
  ] as const)("on %s points from %s, %j scores %j", (points, base, values, expected) => {
    expect(round(points, base, [...values]).map((i) => i?.score)).toEqual(expected);
  });

  it("says both places in Chinese, the bottom's place counted from the bottom (倒数)", () => {
    const items = round("5", "3", ["9", "8", "7", "6", "5"]);
    const bottom = items[4]?.trace.join("\n") ?? "";
    expect(bottom).toContain("在本轮 5 个单位中排第 5 名，不在计分名次内；此项不加减分");
    expect(bottom).toContain("在本轮 5 个单位中排倒数第 1 名，扣 2 分；此项扣 2 分");
    expect(bottom).toContain("基础分 3 分，扣 2 分，得 1 分");
    const top = items[0]?.trace.join("\n") ?? "";
    expect(top).toContain("排第 1 名；此项加 2 分");
    expect(top).toContain("排倒数第 5 名，不扣分");
    expect(`${bottom}\n${top}`).not.toMatch(/[A-Za-z]/);
    const said = explainRule(both("3"), { code: "1", max: "5", facts: [fact.int("v", dec)] });
    expect(said).toContain("基础分 3 分，在此基础上加分、扣分");
    expect(said).toContain("（数值高者在前，并列同名次），第 1 名加 2 分、第 2–3 名加 1 分");
    // Both parts rank the same way; the deduction counts its places from the bottom (0316).
    expect(said).toContain("（数值高者在前，并列同名次），倒数第 1 名扣 2 分");
    expect(said).not.toContain("数值低者在前");
  });

  it("says a deducting rank from the bottom with 倒数第 N 名 and 倒数第 a–b 名, its linear tail and its rest", () => {
    const env = { code: "1", max: "5", facts: [fact.int("v", dec)] };
    const bottom = (extra: object) => ({
      kind: "rank",
      fact: "v",
      order: "asc",
      mode: "deduct",
      awards: [
        { upTo: 1, points: "2" },
        { upTo: 3, points: "1" },
      ],
      ...extra,
    });
    expect(explainRule(bottom({}), env)).toContain(
      "（数值高者在前，并列同名次），倒数第 1 名扣 2 分、倒数第 2–3 名扣 1 分，扣完为止",
    );
    expect(explainRule(bottom({ perPlace: "0.5" }), env)).toContain(
      "倒数第 2–3 名扣 1 分，此后名次每靠前 1 名少扣 0.5 分（最少 0 分）",
    );
    expect(explainRule(bottom({ rest: "0.5" }), env)).toContain("，其余名次扣 0.5 分");
    // A rank from the lowest value that awards (投诉件数最少者得分) still says so; the item is
    // not a 加分 item, so its places earn (得) the points (decision 0343).
    const fewest = { kind: "rank", fact: "v", order: "asc", awards: [{ upTo: 1, points: "2" }] };
    expect(explainRule(fewest, env)).toContain("（数值低者在前，并列同名次），第 1 名得 2 分");
    const trace = roundOf(
      leafScheme("5", [fact.int("v", dec)], bottom({ perPlace: "0.5" })),
      ["1", "2", "3", "4", "5", "6"].map((v, i) => ({
        id: `u${i}`,
        name: `单位${i}`,
        facts: { "1": { v } },
      })),
    ).units.map((u: UnitResult) => u.items[0]);
    expect(trace.map((i) => i?.score)).toEqual(["3", "4", "4", "4.5", "5", "5"]);
    expect(trace[3]?.trace.join("\n")).toContain(
      "排倒数第 4 名，扣 0.5 分（倒数第 3 名扣 1 分，此后名次每靠前 1 名少扣 0.5 分）",
    );
  });

  it("never leaves [0, points], and a unit's score falls as its place falls (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("0", "1", "3"),
        (values, base) => {
          const items = round("5", base, values.map(String));
          const scored = values.map((v, i) => ({ v, s: new Decimal(items[i]?.score ?? "0") }));
          for (const a of scored) {
            expect(a.s.greaterThanOrEqualTo(0) && a.s.lessThanOrEqualTo(5)).toBe(true);
            for (const b of scored) if (a.v > b.v) expect(a.s.greaterThanOrEqualTo(b.s)).toBe(true);
            for (const b of scored) if (a.v === b.v) expect(a.s.equals(b.s)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("improvements of a rank at both ends", () => {
  it("every improvement found is a real gain when rescored", () => {
    const scheme = leafScheme("5", [fact.int("v", dec)], both("3"));
    const units = ["9", "8", "7", "6", "5"].map((v, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": { v } },
    }));
    expect(checkEvery(scheme, units)).toBeGreaterThan(0);
    // The bottom unit climbing to the third place both earns 1 and leaves the bottom's −2.
    // The bottom unit's nearest gain is leaving the bottom (−2 no more) by passing the unit above
    // it, at the fact's 10 places (0316; before, the deducting part offered nothing and the
    // nearest was climbing to the third place, +3).
    const bottom = findImprovements(scheme, units)[4]?.improvements.map((m) => m.text);
    expect(bottom).toEqual(["综合得分由 5 提高到 6.0000000001（可排倒数第 2 名），可多得 2 分"]);
  });
});

describe("improvements of a deducting rank (decision 0316)", () => {
  it("finds the way out of the deducted places, counted from the bottom, as real gains", () => {
    for (const [order, values, text] of [
      ["asc", ["9", "8", "7"], "事实v由 7 次 提高到 9 次（可排倒数第 2 名），可多得 2 分"],
      ["desc", ["1", "2", "3"], "事实v由 3 次 降低到 1 次（可排第 2 名），可多得 2 分"],
    ] as const) {
      const scheme = leafScheme("5", [fact.int("v")], {
        kind: "rank",
        fact: "v",
        order,
        mode: "deduct",
        awards: [{ upTo: 1, points: "2" }],
      });
      const units = values.map((v, i) => ({
        id: `u${i}`,
        name: `单位${i}`,
        facts: { "1": { v } },
      }));
      expect(checkEvery(scheme, units)).toBeGreaterThan(0);
      const last = findImprovements(scheme, units)[2]?.improvements.map((m) => m.text);
      expect(last).toContain(text);
    }
  });
});
