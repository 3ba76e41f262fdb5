/**
 * The parts of the reading added for the misses of the fifth December 2026 blind round of
 * sentences (decision 0321), each on wording other than the blind sentence that showed it.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

describe("reading parts of the fifth December 2026 blind round of sentences", () => {
  it("reads 酌减/酌扣 as a deduction the assessor decides", async () => {
    const r = await leaf("2", "宣传工作开展不力的，由考核组酌扣分值。");
    expect(r.rule).toMatchObject({ kind: "discretionaryDeduction" });
  });

  it("reads 第N名及以后/以后 as the rest of a rank's places", async () => {
    const r = await leaf("3", "参保扩面工作全市排名第1名得3分，第2—4名得2分，第5名以后得1分。");
    expect(r.rule).toMatchObject({
      kind: "rank",
      awards: [
        { upTo: 1, points: "3" },
        { upTo: 4, points: "2" },
      ],
      rest: "1",
    });
  });

  it("reads 每落后…N个百分点 as a step below", async () => {
    const r = await leaf("2", "征缴进度较序时进度每落后5个百分点扣0.5分。");
    expect(r.rule).toMatchObject({ kind: "steps", step: "5", points: "0.5" });
  });

  it("reads 任一项/其中一项未达到 after subjects joined by 、 or 与 sharing a target as one deduction per subject", async () => {
    const r = await leaf("3", "参保率、续保率均达到98%的得满分，任一项未达到的扣1.5分。");
    expect(r.rule).toMatchObject({
      kind: "checklist",
      mode: "deduct",
      items: [{ points: "1.5" }, { points: "1.5" }],
    });
    const joined = await leaf("2", "参保率与续保率都达到95%的得满分，任一项未达到的扣1分。");
    expect(joined.rule).toMatchObject({
      kind: "checklist",
      mode: "deduct",
      items: [{ points: "1" }, { points: "1" }],
    });
  });

  it("reads points by 等次 listed with 、 as a choice among the grades", async () => {
    const r = await leaf(
      "2",
      "年度安全生产考核为“优秀”等次的得2分、“良好”等次得1.5分、“合格”等次得1分、“不合格”等次不得分。",
    );
    expect(r.rule).toMatchObject({
      kind: "option",
      options: [{ points: "2" }, { points: "1.5" }, { points: "1" }, { points: "0" }],
    });
  });

  it("reads levels named by their office (省医保局, 市医保局) and by where one goes (赴省, 进京)", async () => {
    const offices = await leaf("2", "经验做法被省医保局推广的计1分，被市医保局推广的计0.5分。");
    expect(offices.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ byField: { points: { province: "1", city: "0.5" } } }],
    });
    const visits = await leaf("3", "发生赴省、进京非正常上访的，每人次分别扣1分、2分。");
    expect(visits.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ byField: { points: { province: "1", national: "2" } } }],
    });
    // Every level from the lowest named to the highest is named: nothing assumed, nothing doubted.
    expect(visits.reading?.level).toBe("high");
    // 县级、省级 without 市级 between them: 市级 scoring 0 is an assumption, so it stays in doubt.
    const gap = await leaf("3", "工作经验被县级、省级推广的，分别加1分、3分。");
    expect(gap.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ byField: { points: { county: "1", city: "0", province: "3" } } }],
    });
    expect(gap.reading?.level).not.toBe("high");
  });

  it("reads …最高的<unit>为满分, 其他按与最高…之比 as the ratio to the best", async () => {
    const r = await leaf(
      "3",
      "以全市征缴率最高的县区为满分，其他县区按其征缴率与最高征缴率之比计分。",
    );
    expect(r.rule).toMatchObject({ kind: "bestRatio", order: "desc" });
  });

  it("reads …比上年增加(增长、提高)的得N分 without a threshold as a comparison with last year", async () => {
    const r = await leaf("1", "城乡居民医保参保人数较上年增长的得1分，未增长的不得分。");
    expect(r.rule).toMatchObject({ kind: "compare", op: "gt", points: "1" });
    // 未增长的不得分 is the comparison's other side: nothing is left over, nothing in doubt.
    expect(r.reading?.unused).toEqual([]);
    expect(r.reading?.level).toBe("high");
    const lower = await leaf("2", "门诊次均费用比上年下降的得满分，否则不得分。");
    expect(lower.rule).toMatchObject({ kind: "compare", op: "lt", points: "2" });
    // With a step beside it, the change is a measure, not a comparison.
    const step = await leaf(
      "2",
      "住院率较上年下降的得满分；较上年上升的，每上升1个百分点扣0.5分。",
    );
    expect(step.rule).toMatchObject({ kind: "steps", direction: "over" });
  });

  it("reads formulas 得分=…率÷N%×M分 and 按…得分（满分N分）折算", async () => {
    const ratio = await leaf("2", "得分=结算清单质控合格率÷90%×2分。");
    expect(ratio.rule).toMatchObject({ kind: "proportional", of: "90" });
    const rescaled = await leaf("4", "按第三方评估得分（满分120分）折算计入本项。");
    expect(rescaled.rule).toMatchObject({ kind: "proportional", of: "120" });
  });

  it("closes a range's upper end when the text says only above it scores nothing", async () => {
    const r = await leaf("2", "药品采购金额占比在40%～60%之间的得2分，低于40%或高于60%的不得分。");
    expect(r.rule).toMatchObject({ kind: "bands", bands: [{ gte: "40", lte: "60", points: "2" }] });
  });
});
