/**
 * A rank line that awards the top and deducts the bottom (decision 0313): places that earn at one
 * end and places that cost at the other (末位/最后一名/后N名/倒数第N名 扣 beside 第N名/前N名 加) are
 * a 多项合计 from a base of two ranks on the same value. Lines with awards only, deductions only,
 * or both at the same end read as before. Since decision 0316 (rubric-rank-places.test.ts): full
 * points at the top (得满分) beside a deduction at the bottom is one deducting rank from the item's
 * points, and on a bonus-sized item (additions that use up its points, base 0) the deduction is
 * taken from the unit's total (a `toTotal` part) instead of stopping at 0.
 */
import { describe, expect, it } from "vitest";
import { readRank as read, scoresOver as scores, totalsOver } from "./rank-read.js";

describe("a rank line that awards the top and deducts the bottom", () => {
  it("reads 第N名加 beside 最后一名扣 as two ranks, the deduction on the total (bonus-sized)", async () => {
    const { leaf, warnings, unused } = await read(
      "3",
      "年度工作考核在全县排名第1名的加3分，第2至4名的加1分；排名最后一名的扣3分。",
    );
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      parts: [
        {
          kind: "rank",
          order: "desc",
          awards: [
            { upTo: 1, points: "3" },
            { upTo: 4, points: "1" },
          ],
        },
        {
          kind: "toTotal",
          sign: "minus",
          rule: { kind: "rank", order: "asc", mode: "deduct", awards: [{ upTo: 1, points: "3" }] },
        },
      ],
    });
    expect(leaf.rule.base).toBeUndefined();
    expect((leaf.rule.parts as { mode?: string }[])[0]?.mode).toBeUndefined();
    // On a bonus-sized item the bottom's deduction could not show within the item (0313 let it
    // stop at 0 with a warning): it is taken from the total, and the warning says so (0316).
    expect(warnings.join("")).toContain("从单位总分中扣除");
    expect(unused).toEqual([]);
    const values = ["90", "80", "70", "60", "50", "40"];
    expect(scores("3", leaf, values)).toEqual(["3", "1", "1", "1", "0", "0"]);
    expect(totalsOver("3", leaf, values)).toEqual(["3", "1", "1", "1", "0", "-3"]);
  });

  it("reads 倒数第N名扣 lines on an item larger than the best award, from the points less it", async () => {
    const { leaf, warnings } = await read(
      "4",
      "按群众满意度排名，前两名分别加2分、1分，倒数第1名扣1分，倒数第2名扣0.5分。",
    );
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      base: "2",
      parts: [
        {
          order: "desc",
          awards: [
            { upTo: 1, points: "2" },
            { upTo: 2, points: "1" },
          ],
        },
        {
          order: "asc",
          mode: "deduct",
          awards: [
            { upTo: 1, points: "1" },
            { upTo: 2, points: "0.5" },
          ],
        },
      ],
    });
    expect(warnings.join("")).not.toContain("最低为 0 分");
    // Ties share a place at each end.
    expect(scores("4", leaf, ["95", "95", "90", "88", "80", "80"])).toEqual([
      "4",
      "4",
      "2",
      "2",
      "1",
      "1",
    ]);
  });

  it("reads 后N名 / 末N名 with a list of awards written 分别加a、b、c分", async () => {
    const { leaf } = await read("5", "综合得分排名前3名的，分别加3、2、1分；末3名的各扣1分。");
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      base: "2",
      parts: [
        {
          order: "desc",
          awards: [
            { upTo: 1, points: "3" },
            { upTo: 2, points: "2" },
            { upTo: 3, points: "1" },
          ],
        },
        { order: "asc", mode: "deduct", awards: [{ upTo: 3, points: "1" }] },
      ],
    });
    // Few units: one unit is both the top and the bottom, and gets both moves.
    expect(scores("5", leaf, ["7"])).toEqual(["4"]);
    expect(scores("5", leaf, ["7", "6"])).toEqual(["4", "3"]);
    const two = await read("2", "征缴进度排名后两名的，各扣0.5分；排名前两名的，各加1分。");
    expect(two.leaf.rule).toMatchObject({
      kind: "sum",
      parts: [
        { order: "desc", awards: [{ upTo: 2, points: "1" }] },
        { order: "asc", mode: "deduct", awards: [{ upTo: 2, points: "0.5" }] },
      ],
    });
  });

  it("reads 得满分 at the top beside 末位扣 as a deduction from the item's points (0316)", async () => {
    const { leaf } = await read("6", "服务评价位列全市第1名的得满分，位列末位的扣2分。");
    expect(leaf.rule).toMatchObject({
      kind: "rank",
      order: "asc",
      mode: "deduct",
      awards: [{ upTo: 1, points: "2" }],
    });
    expect(scores("6", leaf, ["9", "8", "7"])).toEqual(["6", "6", "4"]);
  });

  it("reads awards at the bottom and deductions at the top the other way round", async () => {
    const { leaf } = await read("2", "投诉件数全县排名倒数第1名的加2分，排名前2名的各扣1分。");
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      parts: [
        { order: "asc", awards: [{ upTo: 1, points: "2" }] },
        {
          kind: "toTotal",
          rule: { order: "desc", mode: "deduct", awards: [{ upTo: 2, points: "1" }] },
        },
      ],
    });
  });

  it("reads the task's wordings with additions at both ends", async () => {
    // The third wording of 0313, 第一的得满分 beside 最后一名的扣1分, is a deduction from the
    // item's points since 0316 (rubric-rank-places.test.ts). Both items here are bonus-sized:
    // the deducting rank is taken from the total (0316).
    for (const [points, text, award, deduct] of [
      ["2", "全市排名第1名加2分，第2-3名加1分，排名末位的扣2分。", [1, 3], [1]],
      ["3", "综合排名前三名的分别加3、2、1分，后两名的各扣1分。", [1, 2, 3], [2]],
    ] as const) {
      const { leaf } = await read(points, text);
      type Rank = { order: string; mode?: string; awards: { upTo: number }[] };
      const written = leaf.rule.parts as (Rank & { kind: string; rule?: Rank })[];
      expect(leaf.rule.kind).toBe("sum");
      expect(written.map((p) => p.kind)).toEqual(["rank", "toTotal"]);
      const parts = written.map((p) => p.rule ?? p);
      expect(parts.map((p) => [p.order, p.mode ?? "award"])).toEqual([
        ["desc", "award"],
        ["asc", "deduct"],
      ]);
      expect(parts[0]?.awards.map((a) => a.upTo)).toEqual(award);
      expect(parts[1]?.awards.map((a) => a.upTo)).toEqual(deduct);
    }
  });

  it("starts from a written 基础分 instead of its own base", async () => {
    const { leaf, warnings } = await read(
      "10",
      "基础分6分。全县排名前2名的加2分，排名后2名的扣2分。",
    );
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      base: "6",
      parts: [
        { kind: "rank", order: "desc", awards: [{ upTo: 2, points: "2" }] },
        { kind: "rank", order: "asc", mode: "deduct", awards: [{ upTo: 2, points: "2" }] },
      ],
    });
    expect(warnings.join("")).not.toContain("基础分");
    expect(scores("10", leaf, ["9", "8", "7", "6", "5"])).toEqual(["8", "8", "6", "4", "4"]);
  });

  it("starts a bonus-sized rank from a written 基础分: the deduction has room in the item (0325)", async () => {
    const { leaf, warnings, unused } = await read(
      "2",
      "基础分1分。全县排名第1名的加2分，排名末位的扣1分。",
    );
    expect(leaf.rule).toMatchObject({
      kind: "sum",
      base: "1",
      parts: [
        { kind: "rank", order: "desc", awards: [{ upTo: 1, points: "2" }] },
        { kind: "rank", order: "asc", mode: "deduct", awards: [{ upTo: 1, points: "1" }] },
      ],
    });
    expect(JSON.stringify(leaf.rule)).not.toContain("toTotal");
    expect(unused).toEqual([]);
    expect(warnings.join("")).not.toContain("从单位总分中扣除");
    const values = ["9", "8", "7", "6"];
    expect(scores("2", leaf, values)).toEqual(["2", "1", "1", "0"]);
    expect(totalsOver("2", leaf, values)).toEqual(["2", "1", "1", "0"]);
  });

  it("keeps the deduction on the total where the 细则 says so, base or not (guard)", async () => {
    const { leaf } = await read("2", "全县排名第1名的加2分，末位的从总分中扣2分。");
    expect(JSON.stringify(leaf.rule)).toContain("toTotal");
  });

  it("reads awards only and deductions only as one rank, as before", async () => {
    const awards = await read("3", "全县排名前2名的加2分，第3至5名的加1分。");
    expect(awards.leaf.rule).toEqual({
      kind: "rank",
      fact: expect.any(String),
      order: "desc",
      awards: [
        { upTo: 2, points: "2" },
        { upTo: 5, points: "1" },
      ],
    });
    const deducts = await read("3", "考核排名末位的扣2分，倒数第2名扣1分。");
    expect(deducts.leaf.rule).toMatchObject({
      kind: "rank",
      order: "asc",
      mode: "deduct",
      awards: [
        { upTo: 1, points: "2" },
        { upTo: 2, points: "1" },
      ],
    });
    const last = await read("2", "综合排名后两名的，各扣1分。");
    expect(last.leaf.rule).toMatchObject({
      kind: "rank",
      order: "asc",
      mode: "deduct",
      awards: [{ upTo: 2, points: "1" }],
    });
  });

  it("keeps a deduction at the same end as the awards, or per place moved, out of a sum", async () => {
    const same = await read("3", "全县排名第1名加2分，第5名扣1分。");
    expect(same.leaf.rule).toMatchObject({ kind: "rank", order: "desc", awards: [{ upTo: 1 }] });
    const tail = await read("6", "全县排名第1名得6分，第2名得5分，此后每后退1名扣0.5分。");
    expect(tail.leaf.rule).toMatchObject({ kind: "rank", order: "desc", perPlace: "0.5" });
    expect(tail.leaf.rule.kind).toBe("rank");
  });
});
