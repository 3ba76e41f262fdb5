// Boundaries that hand mutation testing found untested (issue 15): each case sits exactly on a
// limit, so an off-by-one in the engine (`>` for `>=`, `<=` for `<`) changes its answer.
import { describe, expect, it } from "vitest";
import { validateFacts } from "@kaoping/engine";
import { leafScheme, roundOf, schemeOf, scoreLeaf, scoresByCode } from "./helpers.js";

const ratingsList = (extra: Record<string, unknown> = {}) => ({
  name: "r",
  type: "list",
  label: "评议",
  element: { type: "score", label: "评分", min: "0", max: "15" },
  ...extra,
});

describe("去最高最低 with exactly three ratings", () => {
  const trimmed = leafScheme("15", [ratingsList()], {
    kind: "ratings",
    groups: [{ fact: "r" }],
    drop: "highLow",
  });
  it("drops the highest and the lowest of three, leaving the middle one", () => {
    const { score, trace } = scoreLeaf(trimmed, { r: [15, 9, 12] });
    expect(score).toBe("12");
    expect(trace).toContain("去掉最高 15 分和最低 9 分");
    expect(trace).toContain("1 人平均 12 分");
  });
  it("drops nothing from two ratings", () => {
    expect(scoreLeaf(trimmed, { r: [15, 9] }).score).toBe("12");
    expect(scoreLeaf(trimmed, { r: [15, 9] }).trace).not.toContain("去掉");
  });
});

describe("首个完成 with a qualifying value exactly at the target", () => {
  const scheme = schemeOf([
    {
      code: "1",
      title: "达标",
      max: "2",
      facts: [
        { name: "rate", type: "pct", label: "完成率" },
        { name: "on", type: "date", label: "达到日期", required: false },
      ],
      rule: {
        kind: "firstToReach",
        date: "on",
        qualify: { fact: "rate", gte: "70" },
        points: "2",
      },
    },
  ]);
  const unit = (id: string, rate: string, on: string) => ({
    id,
    name: id,
    facts: { "1": { rate, on } },
  });
  const scores = (units: ReturnType<typeof unit>[]) =>
    Object.fromEntries(roundOf(scheme, units).units.map((u) => [u.id, scoresByCode(u.items)["1"]]));

  it("counts a unit at exactly 70 as a candidate (and the earliest one wins)", () => {
    expect(scores([unit("at", "70", "2022-03-01"), unit("above", "75", "2022-04-01")])).toEqual({
      at: "2",
      above: "0",
    });
  });
  it("does not count a unit just below the target, even if it is earliest", () => {
    expect(
      scores([unit("below", "69.99", "2022-03-01"), unit("above", "75", "2022-04-01")]),
    ).toEqual({ below: "0", above: "2" });
  });
});

describe("a list's item limits, exactly at the limit", () => {
  const scheme = leafScheme("15", [ratingsList({ minItems: 2, maxItems: 3 })], {
    kind: "ratings",
    groups: [{ fact: "r" }],
  });
  const codes = (r: number[]) =>
    validateFacts(scheme, { "1": { r } }).problems.map((p) => [p.path, p.code]);
  it("accepts exactly maxItems and exactly minItems", () => {
    expect(codes([10, 11, 12])).toEqual([]);
    expect(codes([10, 11])).toEqual([]);
  });
  it("refuses one more than maxItems and one fewer than minItems, naming the list", () => {
    expect(codes([10, 11, 12, 13])).toEqual([["1.r", "too_many"]]);
    expect(codes([10])).toEqual([["1.r", "too_few"]]);
    const [problem] = validateFacts(scheme, { "1": { r: [1, 2, 3, 4] } }).problems;
    expect(problem?.message).toContain("评议最多 3 项，实有 4 项");
  });
});
