// 直接计入总分 over a rule that deducts (decision 0316): the amount taken from the unit's total is
// what the rule deducts (末位扣2分 → 2), not its score (the item's points less the deduction, which
// on an item of 0 points is below 0 and took nothing). Rules that give an amount read as before.
import { explainRule, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, leafScheme, roundOf } from "./helpers.js";

const dec = { type: "decimal", unit: "", min: "-100000", scale: 10, label: "综合得分" };
const last = (points: string) => ({
  kind: "rank",
  fact: "v",
  order: "asc",
  mode: "deduct",
  awards: [{ upTo: 1, points }],
});
const unitsOf = (values: string[]) =>
  values.map((v, i) => ({ id: `u${i}`, name: `单位${i}`, facts: { "1": { v } } }));

describe("toTotal over a deducting rule", () => {
  it("takes a deducting rank's deduction from the total, on an item of 0 points or more", () => {
    for (const max of ["0", "2"]) {
      const scheme = leafScheme(max, [fact.int("v", dec)], {
        kind: "toTotal",
        sign: "minus",
        rule: last("2"),
      });
      const units = roundOf(scheme, unitsOf(["9", "8", "7"])).units as UnitResult[];
      expect(units.map((u) => [u.items[0]?.score, u.total])).toEqual([
        ["0", "0"],
        ["0", "0"],
        ["0", "-2"],
      ]);
      expect(units[2]?.items[0]?.trace.join("\n")).toContain(
        "排倒数第 1 名，扣 2 分\n上述扣分不计入本项，从单位总分中扣除",
      );
    }
  });

  it("takes a deducting count's deduction (每次扣1分) the same way", () => {
    const scheme = leafScheme("0", [fact.int("n")], {
      kind: "toTotal",
      sign: "minus",
      rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "n", points: "1" }] },
    });
    const units = roundOf(scheme, [{ id: "a", name: "甲", facts: { "1": { n: 3 } } }]).units;
    expect(units[0]?.total).toBe("-3");
  });

  it("says the deduction goes to the total, without 扣完为止", () => {
    const said = explainRule(
      { kind: "toTotal", sign: "minus", rule: last("2") },
      { code: "1", max: "0", facts: [fact.int("v", dec)] },
    );
    expect(said).toContain("倒数第 1 名扣 2 分，所扣分数不计入本项，从单位总分中扣除");
    expect(said).not.toContain("扣完为止");
  });
});

describe("toTotal minus over a rule that counts an amount", () => {
  const rule = {
    kind: "toTotal",
    sign: "minus",
    rule: { kind: "occurrences", mode: "award", terms: [{ fact: "n", points: "2" }] },
  };
  it("says the amounts it counts are deducted, not added", () => {
    const scheme = leafScheme("0", [fact.int("n")], rule);
    const units = roundOf(scheme, [{ id: "a", name: "甲", facts: { "1": { n: 2 } } }]).units;
    expect(units[0]?.total).toBe("-4");
    const trace = units[0]?.items[0]?.trace.join("\n") ?? "";
    expect(trace).toMatch(/每次扣 2 分/);
    expect(trace).not.toMatch(/加 \d/);
    const none = roundOf(scheme, [{ id: "b", name: "乙", facts: { "1": { n: 0 } } }]).units;
    expect(none[0]?.items[0]?.trace.join("\n")).not.toMatch(/加分/);
    const said = explainRule(rule, { code: "1", max: "0", facts: [fact.int("n")] });
    expect(said).toMatch(/每次扣 2 分/);
    expect(said).not.toMatch(/加 \d/);
  });
});
