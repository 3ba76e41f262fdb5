/**
 * The parts of the reading added for the misses of the sixth December 2026 blind round of
 * sentences (decision 0328), each on wording other than the blind sentences that showed it; the
 * sum of a rank and a deduction is scored by the engine over a round to show each part stays
 * within its own share.
 */
import { describe, expect, it } from "vitest";
import { importedItem as leaf, itemScores as scores } from "./imported-item.js";

describe("reading parts of the sixth December 2026 blind round of sentences", () => {
  it("reads a deduction and a rank in one standard as a sum of two shares, each kept within its own", async () => {
    const text =
      "门诊费用审核零差错的得7分，每审核出错1笔扣1分；审核质量全市排名第1—2名得3分，第3—4名得1分，其余不得分。";
    const r = await leaf("10", text);
    expect(r.rule).toMatchObject({
      kind: "sum",
      shares: [{ points: "7" }, { points: "3" }],
      parts: [
        { kind: "occurrences", mode: "deduct", terms: [{ points: "1" }] },
        {
          kind: "rank",
          awards: [
            { upTo: 2, points: "3" },
            { upTo: 4, points: "1" },
          ],
        },
      ],
    });
    expect(r.reading?.level).toBe("high");
    expect(r.reading?.unused).toEqual([]);
    // Five units, quality 95…91 (places 1–5); errors 0, 2, 9, 0, 20. The third unit's 9 errors
    // take its 7 points and stop there: it keeps its 1 point of place 3 (without the shares the
    // 10-point deduction part and the rank added would have given 10 − 9 + 1 = 2, and the fifth
    // 10 − 20 + 0 → 0 only by the item's clamp).
    const facts = [
      ["0", "95"],
      ["2", "94"],
      ["9", "93"],
      ["0", "92"],
      ["20", "91"],
    ].map(([errors, quality]) => ({ 笔: errors as string, 审核质量: quality as string }));
    expect(scores("10", r, facts)).toEqual(["10", "8", "1", "8", "0"]);
  });

  it("reads a step below a target beside a rank written 加 as two shares", async () => {
    const r = await leaf(
      "8",
      "两定机构协议签订率达到98%的得5分，每低1个百分点扣1分；工作成效全县排名第1名加3分，第2—3名加2分。",
    );
    expect(r.rule).toMatchObject({
      kind: "sum",
      shares: [{ points: "5" }, { points: "3" }],
      parts: [
        { kind: "steps", direction: "below", from: "98", points: "1" },
        {
          kind: "rank",
          awards: [
            { upTo: 1, points: "3" },
            { upTo: 3, points: "2" },
          ],
        },
      ],
    });
  });

  it("reads places with points and no verb as a rank, with the rest", async () => {
    const r = await leaf("5", "按全市考评结果排名：第一名5分，第二名4分，第三名3分，其余名次2分。");
    expect(r.rule).toMatchObject({
      kind: "rank",
      awards: [
        { upTo: 1, points: "5" },
        { upTo: 2, points: "4" },
        { upTo: 3, points: "3" },
      ],
      rest: "2",
    });
    const ranges = await leaf("3", "综合排名前2名3分、3-5名2分、其余1分。");
    expect(ranges.rule).toMatchObject({
      kind: "rank",
      awards: [
        { upTo: 2, points: "3" },
        { upTo: 5, points: "2" },
      ],
      rest: "1",
    });
  });

  it("reads a change on last year with 持平 between as one comparison of three ways", async () => {
    const r = await leaf(
      "4",
      "生育保险参保人数比上年增加的得4分，与上年持平的得2分，比上年减少的不得分。",
    );
    expect(r.rule).toMatchObject({ kind: "compare", op: "gt", points: "4", equal: "2" });
    expect(r.reading?.unused).toEqual([]);
    const down = await leaf("3", "群众投诉件数较上年降低的得满分；持平的得1.5分；上升的不得分。");
    expect(down.rule).toMatchObject({ kind: "compare", op: "lt", points: "3", equal: "1.5" });
  });

  it("reads people absent at each meeting as a count of 人次, not of meetings", async () => {
    const r = await leaf("2", "支部主题党日活动每次缺勤1人扣0.1分，扣完为止。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.1" }],
    });
    expect(r.facts[0]).toMatchObject({ unit: "人次" });
    // A meeting missed is still counted by meetings.
    const meetings = await leaf("2", "每次例会无故缺席的扣0.5分。");
    expect(meetings.facts[0]?.unit).not.toBe("人次");
  });

  it("reads an award of the item's points by a time limit before 每超期 as the count's full marks", async () => {
    const r = await leaf("3", "医保关系转移接续3个工作日内办结的得3分，每超期办结1件扣0.5分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.5" }],
    });
  });

  it("reads deductions below ceilings as bands under full points", async () => {
    const r = await leaf("3", "医保待遇核定准确率低于98%的扣1分，低于90%的扣3分。");
    expect(r.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "98", points: "3" },
        { gte: "90", points: "2" },
      ],
    });
    expect(scores("3", r, [{ 准确率: "99" }, { 准确率: "95" }, { 准确率: "85" }])).toEqual([
      "3",
      "2",
      "0",
    ]);
  });
});
