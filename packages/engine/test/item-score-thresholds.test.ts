// Threshold and step kinds on ANOTHER ITEM'S computed score (docs/decisions/0300): steps, bands,
// piecewise and proportional take `value: { itemScore }` as vsMean does; the referenced item is
// scored first, within one unit and without any cross-unit rule in the scheme.
import {
  findImprovements,
  scoreRound,
  scoreUnit,
  scoresReadByItem,
  validateScheme,
  type ItemResult,
} from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemeOf, scoresByCode } from "./helpers.js";

/** Item 2 「基金监管」 (an assessor's score out of 10) and item 3 with `rule` on 2's score. */
function onScore(rule: Record<string, unknown>, max = "4") {
  return schemeOf([
    {
      code: "1",
      title: "其他",
      max: "5",
      facts: [{ name: "x", type: "decimal", label: "其他得分", min: "0", max: "5" }],
      rule: { kind: "discretionary", fact: "x" },
    },
    {
      code: "2",
      title: "基金监管",
      max: "10",
      facts: [{ name: "s", type: "decimal", label: "检查得分", min: "0", max: "10" }],
      rule: { kind: "discretionary", fact: "s" },
    },
    { code: "3", title: "监管质量", max, rule: { ...rule, value: { itemScore: "2" } } },
  ]);
}

/** The same rule on an entered fact holding the score (the reference the score path must equal). */
function onFact(rule: Record<string, unknown>, max = "4") {
  return schemeOf([
    {
      code: "3",
      title: "监管质量",
      max,
      facts: [{ name: "v", type: "decimal", label: "得分" }],
      rule: { ...rule, value: { fact: "v" } },
    },
  ]);
}

const steps = {
  kind: "steps",
  direction: "below",
  from: "9",
  step: "1",
  points: "1",
  rounding: "up",
};
const bands = {
  kind: "bands",
  bands: [
    { gte: "9", points: "4" },
    { gte: "8", lt: "9", points: "2" },
  ],
};
const piecewise = {
  kind: "piecewise",
  direction: "above",
  mode: "award",
  pieces: [
    { from: "6", to: "8", step: "1", points: "1" },
    { from: "8", step: "0.5", points: "1" },
  ],
  rounding: "down",
};
const proportional = { kind: "proportional", of: "10" };

const unitWith = (s: string) => ({ id: "u", name: "甲", facts: { "1": { x: "5" }, "2": { s } } });
const item3 = (s: string, rule: Record<string, unknown>) =>
  scoreUnit(onScore(rule), unitWith(s)).items[2] as ItemResult;

describe("threshold and step kinds on another item's score", () => {
  // [rule, item 2's score, expected score of 3, its trace]
  it.each([
    [steps, "9.5", "4", "按第2项“基金监管”得分 9.5 分，达到 9 分，得 4 分"],
    [
      steps,
      "7.5",
      "2",
      "按第2项“基金监管”得分 7.5 分，低于 9 分 共 1.5 分，按每 1 分扣 1 分计 2 档（不足一档按一档），扣 2 分，得 2 分",
    ],
    [bands, "8", "2", "按第2项“基金监管”得分 8 分，在 8 分（含）至9 分（不含）之间，得 2 分"],
    [bands, "6", "0", "按第2项“基金监管”得分 6 分，不在任何计分档内，得 0 分"],
    [piecewise, "9", "4", undefined],
    [proportional, "7", "2.8", undefined],
  ])("%# %s on a score of %s", (rule, s, expected, trace) => {
    const three = item3(s, rule);
    expect(three.score).toBe(expected);
    expect(three.trace.join("")).toMatch(/^按第2项“基金监管”得分 \d/);
    if (trace !== undefined) expect(three.trace.join("")).toBe(trace);
  });

  it("leaves the item unscored while the referenced item is", () => {
    const result = scoreUnit(onScore(steps), { id: "u", name: "甲", facts: { "1": { x: "5" } } });
    expect(scoresByCode(result.items)["3"]).toBe(null);
    expect(result.items[2]?.trace).toEqual(["第2项“基金监管”未评分，本项暂不评分"]);
  });

  it("scores a round the same as one unit alone (no cross-unit rule in the scheme)", () => {
    const units = ["9.5", "7.5", "3"].map((s, i) => ({ ...unitWith(s), id: `u${i}` }));
    const round = scoreRound(onScore(steps), units);
    if (!round.ok) throw new Error(JSON.stringify(round.problems));
    expect(round.result.units.map((u) => scoresByCode(u.items)["3"])).toEqual(["4", "2", "0"]);
  });

  it("refuses a rule on its own score, on its group's, and an unknown item", () => {
    const problems = (items: unknown[]) => {
      const r = validateScheme({ id: "x", title: "x", items });
      return r.ok ? [] : r.problems;
    };
    const own = { ...steps, value: { itemScore: "1" } };
    expect(problems([{ code: "1", title: "甲", max: "4", rule: own }])[0]?.code).toBe("item_cycle");
    const group = {
      code: "1",
      title: "分组",
      max: "4",
      children: [{ code: "1.1", title: "乙", max: "4", rule: own }],
    };
    expect(problems([group])[0]?.path).toBe("items[0].children[0].rule.value.itemScore");
    const unknown = { ...bands, value: { itemScore: "9" } };
    expect(problems([{ code: "1", title: "甲", max: "4", rule: unknown }])[0]?.code).toBe(
      "unknown_item",
    );
  });

  it("offers to lift the referenced item's score, not facts of its own", () => {
    const [unit] = findImprovements(onScore(steps), [unitWith("7.5")]);
    expect(unit?.fixed.find((f) => f.code === "3")?.text).toBe(
      "此项按第2项“基金监管”得分计分，提高该项得分即可",
    );
    expect(unit?.improvements.some((i) => i.code === "3")).toBe(false);
  });
});

describe("scoresReadByItem (the 试算's inputs)", () => {
  it("names the items whose score a rule reads, with their points", () => {
    expect(scoresReadByItem(onScore(steps), "3")).toEqual([
      { code: "2", title: "基金监管", max: "10" },
    ]);
    expect(scoresReadByItem(onScore(steps), "2")).toEqual([]);
    expect(scoresReadByItem(onScore(steps), "99")).toEqual([]);
  });
});

describe("properties", () => {
  const tenths = fc.integer({ min: 0, max: 100 }).map((k) => (k / 10).toString());
  const rules = fc.constantFrom(steps, bands, piecewise, proportional);

  it("a rule on a score equals the same rule on an entered fact holding that score", () => {
    fc.assert(
      fc.property(rules, tenths, (rule, s) => {
        const byScore = item3(s, rule);
        const entered = scoreUnit(onFact(rule), {
          id: "u",
          name: "甲",
          facts: { "3": { v: s } },
        }).items[0] as ItemResult;
        expect(byScore.score).toBe(entered.score);
      }),
      { numRuns: 80 },
    );
  });
});
