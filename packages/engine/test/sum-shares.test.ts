// 多项合计 with each part's own share (decision 0328): 本项10分 = 办件差错 6 分（每件扣0.5分）+
// 满意度排名 4 分（第1-3名4分，第4-6名2分）. A part is scored as an item of its share's points
// and kept within [0, share]: many errors take the 6 points and no more, so the rank's 4 stay.
import { explainRule, validateScheme, type Scheme, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { checkEvery } from "./improve-check.js";
import { fact, leafScheme, roundOf, scoreLeaf } from "./helpers.js";

const dec = { type: "decimal", unit: "", min: "0", scale: 4, label: "满意度" };
const rule = (shares: string[] | undefined) => ({
  kind: "sum",
  parts: [
    { kind: "occurrences", mode: "deduct", terms: [{ fact: "errors", points: "0.5" }] },
    {
      kind: "rank",
      fact: "v",
      order: "desc",
      awards: [
        { upTo: 3, points: "4" },
        { upTo: 6, points: "2" },
      ],
    },
  ],
  ...(shares === undefined ? {} : { shares: shares.map((points) => ({ points })) }),
});
const facts = [fact.int("errors", { label: "差错件数" }), fact.int("v", dec)];
const scheme = leafScheme("10", facts, rule(["6", "4"]));
/** Seven units: satisfaction 90, 89, …, 84 (places 1–7), with the given errors. */
const round = (s: Scheme, errors: number[]) =>
  roundOf(
    s,
    errors.map((e, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": { errors: e, v: String(90 - i) } },
    })),
  ).units.map((u: UnitResult) => u.items[0]);

describe("a sum whose parts have their own shares", () => {
  it.each([
    [
      [0, 0, 0, 0, 0, 0, 0],
      ["10", "10", "10", "8", "8", "8", "6"],
    ],
    [
      [1, 3, 12, 20, 4, 0, 13],
      ["9.5", "8.5", "4", "2", "6", "8", "0"],
    ],
  ] as const)("errors %j score %j", (errors, expected) => {
    expect(round(scheme, [...errors]).map((i) => i?.score)).toEqual(expected);
  });

  it("without shares a deduction part would take the rank's points (the gap it closes)", () => {
    // The item's 10 points less 0.5 per error, plus the rank: 20 errors and first place give 4
    // (10 − 10 + 4) where the shares give 4 too, but 12 errors and third place give 8 (10 − 6 + 4,
    // clamped) with no share, 4 with shares — the deduction took 4 of the rank's points.
    const plain = leafScheme("10", facts, rule(undefined));
    expect(round(plain, [0, 0, 12, 0, 0, 0, 0])[2]?.score).toBe("8");
    expect(round(scheme, [0, 0, 12, 0, 0, 0, 0])[2]?.score).toBe("4");
  });

  it("says each part within its share in Chinese", () => {
    const items = round(scheme, [0, 0, 0, 0, 0, 0, 20]);
    const trace = items[6]?.trace.join("\n") ?? "";
    expect(trace).toContain("本部分扣完为止");
    expect(trace).not.toMatch(/[A-Za-z]/);
    const item = scheme.items[0] as Scheme["items"][number];
    const text = explainRule(item.rule, item);
    expect(text).toContain("（1）本部分 6 分：");
    expect(text).toContain("（2）本部分 4 分：");
    expect(text).toContain("满分 10 分");
  });

  it("refuses shares that do not fit the parts or the points, in Chinese", () => {
    const bad = (points: string, r: Record<string, unknown>) => {
      const v = validateScheme({
        id: "shares",
        title: "测试方案",
        items: [{ code: "1", title: "测试项", max: points, facts, rule: r }],
      });
      return v.ok ? "" : v.problems.map((p) => p.message).join("\n");
    };
    expect(bad("8", rule(["6", "4"]))).toContain("各部分分值合计 10 分，超过本项分值 8 分");
    expect(
      bad("10", {
        ...rule(undefined),
        shares: [{ points: "6" }, { points: "2" }, { points: "2" }],
      }),
    ).toContain("各部分分值有 3 个，子规则有 2 条");
    expect(bad("10", { ...rule(["6", "4"]), base: "5" })).toContain("基础分与各部分分值只能选一种");
  });

  it("offers improvements that lift the item", () => {
    const s = leafScheme("6", [fact.int("errors", { label: "差错件数" }), fact.bool("done")], {
      kind: "sum",
      parts: [
        { kind: "occurrences", mode: "deduct", terms: [{ fact: "errors", points: "0.5" }] },
        { kind: "checklist", mode: "award", items: [{ fact: "done", points: "2" }] },
      ],
      shares: [{ points: "4" }, { points: "2" }],
    });
    expect(scoreLeaf(s, { errors: 3, done: false }).score).toBe("2.5");
    expect(scoreLeaf(s, { errors: 9, done: true }).score).toBe("2");
    const units = [{ id: "u1", name: "单位1", facts: { "1": { errors: 3, done: false } } }];
    expect(checkEvery(s, units)).toBeGreaterThan(0);
  });
});

describe("a three-way comparison with last year (持平)", () => {
  const three = (op: string) =>
    leafScheme(
      "5",
      [fact.int("now", { label: "本年参保人数" }), fact.int("last", { label: "上年参保人数" })],
      {
        kind: "compare",
        fact: "now",
        reference: "last",
        op,
        points: "5",
        equal: "3",
      },
    );
  it.each([
    ["gt", 110, 100, "5"],
    ["gt", 100, 100, "3"],
    ["gt", 90, 100, "0"],
    ["lt", 90, 100, "5"],
    ["lt", 100, 100, "3"],
    ["lt", 110, 100, "0"],
  ] as const)("%s: %d against %d scores %s", (op, now, last, expected) => {
    expect(scoreLeaf(three(op), { now, last }).score).toBe(expected);
  });

  it("says 持平 in the trace and the sentence", () => {
    expect(scoreLeaf(three("gt"), { now: 100, last: 100 }).trace).toContain("与参照值持平");
    const item = three("gt").items[0] as Scheme["items"][number];
    expect(explainRule(item.rule, item)).toContain(
      "本年参保人数高于上年参保人数的，得 5 分；与上年参保人数持平的，得 3 分；否则得 0 分",
    );
  });
});
