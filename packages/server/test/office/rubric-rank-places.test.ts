/**
 * Places of a ranking the reader used to miss (decision 0316): a range of places written without
 * 第 (1-5名依次赋予…, 排名1-3名, and the next clause's 4-6名 of the same ranking), 第一 without 名
 * before its points, and full points at the top beside a deduction at the bottom (得满分 … 扣N分),
 * which is a deduction from the item's points, not from 0.
 */
import { describe, expect, it } from "vitest";
import { readRank, scoresOver, totalsOver } from "./rank-read.js";

describe("places written without 第", () => {
  it("reads a range of places before a list of one amount per place", async () => {
    for (const [points, text, awards] of [
      ["5", "1-5名依次赋予5、4、3、2、1分。", ["5", "4", "3", "2", "1"]],
      ["3", "1至3名分别得3、2、1分。", ["3", "2", "1"]],
      ["4", "年度评议结果1到4位的，依次计4分、3分、2分、1分。", ["4", "3", "2", "1"]],
    ] as const) {
      const { leaf, unused } = await readRank(points, text);
      expect(leaf.rule).toMatchObject({ kind: "rank", order: "desc" });
      expect(leaf.rule.awards).toEqual(awards.map((p, i) => ({ upTo: i + 1, points: p })));
      expect(unused).toEqual([]);
    }
    const { leaf } = await readRank("3", "1至3名分别得3、2、1分。");
    expect(scoresOver("3", leaf, ["9", "8", "7", "6"])).toEqual(["3", "2", "1", "0"]);
  });

  it("reads a range right after 排名/排序, and the next clause's range of the same ranking", async () => {
    const { leaf, unused } = await readRank("3", "全县排名1-3名的加2分，4-6名的加1分。");
    expect(leaf.rule).toMatchObject({
      kind: "rank",
      order: "desc",
      awards: [
        { upTo: 3, points: "2" },
        { upTo: 6, points: "1" },
      ],
    });
    expect(unused).toEqual([]);
    expect(scoresOver("3", leaf, ["9", "8", "7", "6", "5", "4", "3"])).toEqual([
      "2",
      "2",
      "2",
      "1",
      "1",
      "1",
      "0",
    ]);
    const sorted = await readRank("2", "按办结率排序1至2位的各加1分，3-4位的各加0.5分。");
    expect(sorted.leaf.rule).toMatchObject({
      kind: "rank",
      awards: [
        { upTo: 2, points: "1" },
        { upTo: 4, points: "0.5" },
      ],
    });
    expect(sorted.unused).toEqual([]);
  });

  it("keeps a count of people a count, not a place", async () => {
    const staff = await readRank("3", "1-5名工作人员参加业务培训的得3分。");
    expect(staff.leaf.rule.kind).not.toBe("rank");
    const posts = await readRank("3", "专职人员配备1-2名的得1分，3名以上的得2分。");
    expect(posts.leaf.rule).toMatchObject({ kind: "bands" });
  });
});

describe("full points at the top beside a deduction at the bottom", () => {
  it("reads 第一的得满分 with 最后一名扣 as a deduction from the item's points", async () => {
    for (const text of [
      "考核排名第一的得满分，排名最后一名的扣1分。",
      "第一的得满分，最后一名的扣1分。",
      "综合评价位列全县第一的计满分，末位的扣1分。",
    ]) {
      const { leaf, warnings, unused, confidence } = await readRank("5", text);
      expect(leaf.rule).toMatchObject({
        kind: "rank",
        order: "asc",
        mode: "deduct",
        awards: [{ upTo: 1, points: "1" }],
      });
      expect(unused).toEqual([]);
      // The middle places are not written: said in plain Chinese, and the reading asks for a check.
      expect(confidence).toBe(0.6);
      expect(warnings.join("")).toContain("未写其余名次");
      expect(warnings.join("")).not.toMatch(/[A-Za-z]/);
      expect(scoresOver("5", leaf, ["90", "80", "70", "60"])).toEqual(["5", "5", "5", "4"]);
    }
  });

  it("reads 前N名得满分 beside 后N名各扣 the same way", async () => {
    const { leaf } = await readRank("4", "全市排名前3名的得满分，后2名的各扣1.5分。");
    expect(leaf.rule).toMatchObject({
      kind: "rank",
      order: "asc",
      mode: "deduct",
      awards: [{ upTo: 2, points: "1.5" }],
    });
    expect(scoresOver("4", leaf, ["6", "5", "4", "3", "2", "1"])).toEqual([
      "4",
      "4",
      "4",
      "4",
      "2.5",
      "2.5",
    ]);
  });

  it("keeps scores below the item's points beside a deduction on the base rule of 0313", async () => {
    const { leaf } = await readRank("5", "全县排名第1名得5分，第2名得3分，末位扣1分。");
    expect(leaf.rule).toMatchObject({ kind: "sum", base: "0" });
  });
});

describe("places that cost points on the unit's total", () => {
  // The engine takes a deducting rule's deduction from the total (to-total-deducting.test.ts).
  it("takes 末位/后N名 的从总分中扣N分 from the total, not from an item of 0 points", async () => {
    const last = await readRank("0", "全市排名末位的从总分中扣2分。");
    expect(last.leaf.rule).toEqual({
      kind: "toTotal",
      sign: "minus",
      rule: {
        kind: "rank",
        fact: expect.any(String),
        order: "asc",
        awards: [{ upTo: 1, points: "2" }],
        mode: "deduct",
      },
    });
    expect(totalsOver("0", last.leaf, ["9", "8", "7"])).toEqual(["0", "0", "-2"]);
    const two = await readRank("0", "年度考核排名后两名的，各在总分中倒扣1分。");
    expect(two.leaf.rule).toMatchObject({
      kind: "toTotal",
      sign: "minus",
      rule: { kind: "rank", order: "asc", mode: "deduct", awards: [{ upTo: 2, points: "1" }] },
    });
    expect(totalsOver("0", two.leaf, ["9", "8", "7", "6"])).toEqual(["0", "0", "-1", "-1"]);
  });
});

describe("a bonus-sized rank at both ends", () => {
  it("takes the bottom's deduction from the total when the item's points only cover the awards", async () => {
    const { leaf, warnings, confidence } = await readRank(
      "2",
      "全市排名第1名加2分，第2-3名加1分，排名末位的扣2分。",
    );
    expect(leaf.rule).toEqual({
      kind: "sum",
      parts: [
        {
          kind: "rank",
          fact: "value",
          order: "desc",
          awards: [
            { upTo: 1, points: "2" },
            { upTo: 3, points: "1" },
          ],
        },
        {
          kind: "toTotal",
          sign: "minus",
          rule: {
            kind: "rank",
            fact: "value",
            order: "asc",
            awards: [{ upTo: 1, points: "2" }],
            mode: "deduct",
          },
        },
      ],
    });
    const values = ["9", "8", "7", "6", "5"];
    expect(scoresOver("2", leaf, values)).toEqual(["2", "1", "1", "0", "0"]);
    expect(totalsOver("2", leaf, values)).toEqual(["2", "1", "1", "0", "-2"]);
    // One unit is both the top and the bottom: the award on the item, the deduction on the total.
    expect(totalsOver("2", leaf, ["7"])).toEqual(["0"]);
    expect(confidence).toBe(0.6);
    expect(warnings.join("")).toContain("从单位总分中扣除");
    expect(warnings.join("")).not.toContain("超出部分不会从单位总分中扣除");
    expect(warnings.join("")).not.toMatch(/[A-Za-z]/);
  });

  it("reads other wording, and 从总分中扣 written on the bottom's clause, the same way", async () => {
    for (const text of [
      "考核得分排名前两名的各加1分，排名最后一名的扣1分。",
      "考核得分排名前两名的各加1分，排名最后一名的从总分中扣1分。",
    ]) {
      const { leaf } = await readRank("1", text);
      expect(leaf.rule).toMatchObject({
        kind: "sum",
        parts: [
          { kind: "rank", order: "desc", awards: [{ upTo: 2, points: "1" }] },
          { kind: "toTotal", sign: "minus", rule: { kind: "rank", order: "asc", mode: "deduct" } },
        ],
      });
      expect(totalsOver("1", leaf, ["9", "8", "7", "6"])).toEqual(["1", "1", "0", "-1"]);
    }
  });
});
