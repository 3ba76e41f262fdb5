// Raters, composite and cross-unit kinds, gates (including 一票否决), group caps and floors, ranking.
import { describe, expect, it } from "vitest";
import { computeRoundContext, rankUnits, scoreRound, scoreUnit } from "@kaoping/engine";
import { fact, leafScheme, roundOf, schemeOf, scoreLeaf, scoresByCode } from "./helpers.js";

const ratingsList = (name: string) => ({
  name,
  type: "list",
  label: `评议${name}`,
  minItems: 1,
  element: { type: "score", label: "评分", min: "0", max: "15" },
});

describe("ratings (评议打分)", () => {
  const mean = leafScheme("15", [ratingsList("r")], { kind: "ratings", groups: [{ fact: "r" }] });
  const trimmed = leafScheme("15", [ratingsList("r")], {
    kind: "ratings",
    groups: [{ fact: "r" }],
    drop: "highLow",
  });
  const weighted = leafScheme("15", [ratingsList("leaders"), ratingsList("heads")], {
    kind: "ratings",
    groups: [
      { fact: "leaders", weight: "0.6" },
      { fact: "heads", weight: "0.4" },
    ],
  });
  it.each([
    [mean, { r: [14, "13.5", 14.5] }, "14"],
    [mean, { r: [13, 14, 13] }, "13.33"], // 13.333… rounded half-up
    [mean, { r: [14, 13, 14.5] }, "13.83"], // 13.8333…
    [mean, { r: ["10"] }, "10"],
    [mean, { r: ["13.33", "13.34"] }, "13.34"], // 13.335: 2 places half-up
    [trimmed, { r: [15, 10, 12, 13] }, "12.5"], // drop 15 and 10
    [trimmed, { r: [12, 14] }, "13"], // fewer than 3: nothing dropped
    [weighted, { leaders: [14, 15], heads: [10] }, "12.7"], // 14.5×0.6 + 10×0.4
    [weighted, { leaders: [13, 14, 13], heads: [12] }, "12.798"], // 13.33×0.6 + 12×0.4: only averages are rounded
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("refuses weights that do not sum to 1", () => {
    expect(() =>
      leafScheme("15", [ratingsList("a")], {
        kind: "ratings",
        groups: [{ fact: "a", weight: "0.5" }],
      }),
    ).toThrow(/权重之和/);
  });
});

describe("cross-unit rules", () => {
  const first = schemeOf([
    {
      code: "1",
      title: "投保率",
      max: "15",
      facts: [fact.pct("rate")],
      rule: {
        kind: "bands",
        value: { fact: "rate" },
        bands: [{ gte: "70", points: "15" }],
        otherwise: "9",
      },
    },
    {
      code: "2",
      title: "首个完成",
      max: "4",
      facts: [{ name: "on", type: "date", label: "达到日期", required: false }],
      rule: {
        kind: "sum",
        parts: [
          {
            kind: "bands",
            value: { fact: "1.rate" },
            bands: [
              { gte: "75", points: "2" },
              { gte: "70", lt: "75", points: "1" },
            ],
          },
          { kind: "firstToReach", date: "on", qualify: { fact: "1.rate", gte: "70" }, points: "2" },
        ],
      },
    },
  ]);
  const unit = (id: string, rate: string, on?: string) => ({
    id,
    name: id,
    facts: { "1": { rate }, "2": on === undefined ? {} : { on } },
  });
  it("gives the earliest date the bonus, ties included, and skips non-candidates", () => {
    const units = [
      unit("a", "72", "2022-04-10"),
      unit("b", "71", "2022-03-20"),
      unit("c", "80", "2022-03-20"),
      unit("d", "69", "2022-01-01"),
      unit("e", "90"),
    ];
    const scores = Object.fromEntries(
      roundOf(first, units).units.map((u) => [u.id, scoresByCode(u.items)["2"]]),
    );
    expect(scores).toEqual({ a: "1", b: "3", c: "4", d: "0", e: "2" });
  });
  it("scores one unit alone with the round's context, as the whole round does", () => {
    const units = [unit("a", "72", "2022-04-10"), unit("b", "71", "2022-03-20")];
    const context = computeRoundContext(first, units);
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    const alone = scoreUnit(first, units[0] as (typeof units)[0], context);
    const round = roundOf(first, units).units[0];
    expect({ ...alone, rank: round?.rank }).toEqual(round);
    // Without a context a unit is a round of its own, so it is first.
    expect(scoresByCode(scoreUnit(first, units[0] as (typeof units)[0]).items)["2"]).toBe("3");
  });

  const ranked = leafScheme("3", [fact.int("cases")], {
    kind: "rank",
    fact: "cases",
    order: "desc",
    awards: [
      { upTo: 1, points: "3" },
      { upTo: 3, points: "1" },
    ],
  });
  it("awards by rank over the round, ties sharing a rank", () => {
    const units = [5, 9, 9, 7, 1].map((cases, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": { cases } },
    }));
    expect(roundOf(ranked, units).units.map((u) => scoresByCode(u.items)["1"])).toEqual([
      "0",
      "3",
      "3",
      "1",
      "0",
    ]); // 9, 9 share rank 1; 7 is rank 3
    const fewer = [9, 7, 5].map((cases, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": { cases } },
    }));
    expect(roundOf(ranked, fewer).units.map((u) => scoresByCode(u.items)["1"])).toEqual([
      "3",
      "1",
      "1",
    ]);
  });
});

describe("groups, gates and veto", () => {
  const leaf = (code: string, max: string) => ({
    code,
    title: `项${code}`,
    max,
    facts: [{ name: "s", type: "score", label: "得分", min: "0", max }],
    rule: { kind: "discretionary", fact: "s" },
  });
  const scheme = schemeOf([
    {
      code: "1",
      title: "加分",
      max: "10",
      cap: "10",
      children: [leaf("1.1", "6"), leaf("1.2", "6")],
    },
    {
      code: "2",
      title: "保底",
      max: "10",
      floor: "3",
      children: [leaf("2.1", "5"), leaf("2.2", "5")],
    },
    {
      code: "3",
      title: "门槛",
      max: "5",
      facts: [fact.bool("ok")],
      gate: { fact: "ok", effect: "zero", reason: "未达到门槛" },
      children: [leaf("3.1", "5")],
    },
    {
      code: "4",
      title: "安全",
      max: "0",
      facts: [fact.bool("incident", { required: false })],
      gate: { fact: "incident", pass: false, effect: "veto", reason: "发生重大安全事故" },
      rule: {
        kind: "checklist",
        mode: "award",
        items: [{ fact: "incident", when: true, points: "0" }],
      },
    },
  ]);
  const facts = (
    s11: string,
    s12: string,
    s21: string,
    s22: string,
    ok: boolean,
    incident?: boolean,
  ) => ({
    "1.1": { s: s11 },
    "1.2": { s: s12 },
    "2.1": { s: s21 },
    "2.2": { s: s22 },
    "3": { ok },
    "3.1": { s: "4" },
    "4": incident === undefined ? {} : { incident },
  });
  it.each([
    [facts("6", "6", "5", "5", true), { "1": "10", "2": "10", "3": "4" }, "24"], // cap
    [facts("1", "2", "1", "0", true), { "1": "3", "2": "3", "3": "4" }, "10"], // floor
    [facts("1", "2", "1", "1", false), { "1": "3", "2": "3", "3": "0" }, "6"], // gate zeroes the group
    [facts("6", "6", "5", "5", true, true), { "1": "10", "2": "10", "3": "4", "4": "0" }, "0"], // 一票否决
  ] as const)("case %#", (unitFacts, expected, total) => {
    const result = scoreUnit(scheme, { id: "u", name: "单位", facts: unitFacts });
    expect(scoresByCode(result.items)).toMatchObject(expected);
    expect(result.total).toBe(total);
    expect(result.veto !== undefined).toBe(total === "0");
  });

  it("vetoes every unit that fails a veto gate in a round, also when their facts are identical", () => {
    const units = ["a", "b"].map((id) => ({
      id,
      name: id,
      facts: facts("6", "6", "5", "5", true, true),
    }));
    expect(roundOf(scheme, units).units.map((u) => [u.total, u.veto])).toEqual([
      ["0", "发生重大安全事故"],
      ["0", "发生重大安全事故"],
    ]);
  });
});

describe("ranking", () => {
  it("ranks 1, 2, 2, 4 and keeps input order", () => {
    const ranked = rankUnits([
      { total: "90" },
      { total: "99.5" },
      { total: "90.0" },
      { total: "80" },
      { total: "100" },
    ]);
    expect(ranked.map((u) => u.rank)).toEqual([3, 2, 3, 5, 1]);
  });
  it("refuses duplicate unit ids and units without an id as problems", () => {
    const scheme = leafScheme("1", [fact.bool("met")], {
      kind: "checklist",
      mode: "award",
      items: [{ fact: "met", points: "1" }],
    });
    const result = scoreRound(scheme, [
      { id: "a", name: "甲", facts: {} },
      { id: "a", name: "乙", facts: {} },
      { name: "丙" },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.unit, p.path, p.code])).toEqual([
        ["a", "id", "duplicate_unit"],
        ["units[2]", "id", "bad_unit_id"],
      ]);
    expect(scoreRound(scheme, "nope").ok).toBe(false);
  });
});
