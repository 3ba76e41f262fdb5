// Kinds given no value, an unlisted value or a best value of 0 (issue 15: mutants no engine test
// ran). No ratings count 0; an option value without a listed option scores 0. A unit that filled nothing is not ranked: 按名次加分 adds nothing, 按名次扣分 deducts
// nothing, and the others rank among the filled units only. 按最优单位比例得分
// gives nothing when the best is 0 (desc) and full points to a unit whose 0 is the best (asc).
import type { UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, leafScheme, roundOf, scoreLeaf } from "./helpers.js";

const roundOfFacts = (scheme: ReturnType<typeof leafScheme>, facts: Record<string, unknown>[]) =>
  roundOf(
    scheme,
    facts.map((f, i) => ({ id: `u${i}`, name: `单位${i}`, facts: { "1": f } })),
  ).units.map((u: UnitResult) => ({
    score: u.items[0]?.score,
    trace: u.items[0]?.trace.join("\n"),
  }));

describe("rank with a unit that filled nothing", () => {
  const ranked = (mode: "award" | "deduct") =>
    leafScheme("3", [fact.int("cases", { required: false })], {
      kind: "rank",
      fact: "cases",
      order: "desc",
      mode,
      awards: [{ upTo: 1, points: "3" }],
      rest: "1",
    });
  it.each([
    ["award", ["3", "1", "0"]],
    ["deduct", ["0", "2", "3"]], // deduct: first place loses 3, second 1, the unfilled unit nothing
  ] as const)("%s: the unfilled unit is not ranked", (mode, scores) => {
    const units = roundOfFacts(ranked(mode), [{ cases: 9 }, { cases: 4 }, {}]);
    expect(units.map((u) => u.score)).toEqual(scores);
    expect(units[2]?.trace).toContain("不参与排名");
    // The others rank among the two filled units only.
    expect(units[1]?.trace).toContain("在本轮 2 个单位中排第 2 名");
  });
});

describe("bestRatio when the best value is 0", () => {
  const ratio = (order: "desc" | "asc") =>
    leafScheme("6", [fact.int("v", { type: "decimal", unit: "" })], {
      kind: "bestRatio",
      value: { fact: "v" },
      order,
    });
  it("desc: every value is 0, nobody scores", () => {
    const units = roundOfFacts(ratio("desc"), [{ v: "0" }, { v: "0" }]);
    expect(units.map((u) => u.score)).toEqual(["0", "0"]);
    expect(units[0]?.trace).toContain("最优值为 0，不得分");
  });
  it("asc: the unit at 0 is the best and scores in full, the others nothing", () => {
    const units = roundOfFacts(ratio("asc"), [{ v: "0" }, { v: "5" }]);
    expect(units.map((u) => u.score)).toEqual(["6", "0"]);
    expect(units[0]?.trace).toContain("为最优");
  });
});

describe("ratings with an empty list", () => {
  const scheme = leafScheme(
    "15",
    [
      {
        name: "r",
        type: "list",
        label: "评议",
        element: { type: "score", label: "评分", min: "0", max: "15" },
      },
    ],
    { kind: "ratings", groups: [{ fact: "r" }], drop: "highLow" },
  );
  it("scores 0 and says there were no ratings", () => {
    const { score, trace } = scoreLeaf(scheme, { r: [] });
    expect(score).toBe("0");
    expect(trace).toContain("评议：无评分，计 0 分");
  });
});

describe("option with a value no option lists", () => {
  const scheme = leafScheme(
    "6",
    [
      {
        name: "matching",
        type: "enum",
        label: "配套资金",
        values: [
          { value: "full", label: "足额" },
          { value: "none", label: "未配套" },
        ],
      },
    ],
    { kind: "option", fact: "matching", options: [{ value: "full", points: "6" }] },
  );
  it.each([
    ["full", "6"],
    ["none", "0"],
  ])("%s scores %s", (matching, expected) => {
    expect(scoreLeaf(scheme, { matching }).score).toBe(expected);
  });
  it("says no option applies", () => {
    expect(scoreLeaf(scheme, { matching: "none" }).trace).toContain("配套资金：未配套，无对应计分");
  });
});
