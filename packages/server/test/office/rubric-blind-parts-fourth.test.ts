/**
 * The parts of the reading added for the misses of the fourth December 2026 blind round of
 * sentences (decision 0320), each on wording other than the blind sentence that showed it, and
 * the readings it no longer doubts needlessly.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

describe("reading parts of the fourth December 2026 blind round of sentences", () => {
  it("reads 满分后不再加分 as the item's cap (used, not a 加分 left over), so it does not doubt the count", async () => {
    const r = await leaf("1", "每培训1名村级协管员并经考核合格的加0.1分，满分后不再加分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.1" }],
    });
    expect(r.reading?.unused).toEqual([]);
    expect(r.reading?.level).toBe("high");
  });

  it("counts 每<act>1场…计N分 and 每<act>1个<what is counted>…的加N分", async () => {
    const r = await leaf("2", "每举办1场医保政策专题讲座计0.5分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.5" }],
    });
    const named = await leaf("2", "每培育1个长期护理保险定点服务机构并通过省级评估的加0.4分。");
    expect(named.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.4" }],
    });
  });

  it("shows a clear reading at high confidence: a 一票否决 alone, requirements not met, levels all stated, a plain rank", async () => {
    const veto = await leaf("4", "发生医保基金被挤占挪用案件的，年度考核实行一票否决。");
    expect(veto.gate).toMatchObject({ effect: "veto" });
    expect(veto.reading?.level).toBe("high");
    const unmet = await leaf(
      "2",
      "未建立医保工作台账的扣1分；台账数据未按月更新的扣0.5分；经办人员未参加岗前培训的扣0.5分。",
    );
    expect(unmet.rule).toMatchObject({
      kind: "checklist",
      mode: "deduct",
      items: [{ points: "1" }, { points: "0.5" }, { points: "0.5" }],
    });
    expect(unmet.reading?.level).toBe("high");
    const levels = await leaf(
      "2",
      "医保经验做法被市级推广的每项加0.5分，被省级以上推广的每项加1分。",
    );
    expect(levels.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ byField: { points: { city: "0.5", province: "1", national: "1" } } }],
    });
    expect(levels.reading?.level).toBe("high");
    const rank = await leaf("1", "医保基金监管工作在全市排名前两名的加1分。");
    expect(rank.rule).toMatchObject({ kind: "rank", awards: [{ upTo: 2, points: "1" }] });
    expect(rank.reading?.level).toBe("high");
  });

  it("still doubts what the text leaves open, and says why", async () => {
    // An event may recur: a one-off deduction of it is a guess.
    const events = await leaf("2", "被县纪委通报的扣1分；被主管部门约谈的扣0.5分。");
    expect(events.reading?.level).not.toBe("high");
    // 省级 and 国家级 not stated: they take 市级's points by assumption.
    const assumed = await leaf("1", "被县级表扬的每次加0.2分，被市级表扬的每次加0.5分。");
    expect(assumed.reading?.level).not.toBe("high");
    // A grade veto alone does not say how the item's points are earned.
    const grade = await leaf("2", "工作人员违规办理业务被查处的，取消年度评先评优资格。");
    expect(grade.gate).toMatchObject({ effect: "ineligible" });
    expect(grade.reading?.level).not.toBe("high");
    expect(grade.reading?.warnings.join("")).toContain("如何得分未写明");
  });

  it("reads the average of the unit's own periods (取12个月平均值) as its value, not the round's mean", async () => {
    const r = await leaf(
      "3",
      "窗口服务满意度按月测评，取12个月平均值，平均满意度低于90%的，每低1个百分点扣0.5分。",
    );
    expect(r.rule).toMatchObject({
      kind: "steps",
      direction: "below",
      from: "90",
      step: "1",
      points: "0.5",
    });
  });

  it("reads 全部…的得N分 (N the item's points), a lesser award and 不得分 as one choice, at high confidence", async () => {
    const r = await leaf(
      "3",
      "村级医保服务站全部完成标准化建设的得3分，基本完成的得1分，未完成的不得分。",
    );
    expect(r.rule).toMatchObject({
      kind: "option",
      options: [{ points: "3" }, { points: "1" }, { points: "0" }],
    });
    expect(r.reading?.level).toBe("high");
  });

  it("reads formulas: (实际数÷<named>任务数)×本项分值, 率×N分, 本项分值-<counted>件数×N分, 得分=场次×N分", async () => {
    const task = await leaf("4", "得分=（实际签约人数÷年度签约任务数）×本项分值。");
    expect(task.rule).toMatchObject({ kind: "proportional", of: "100" });
    const times = await leaf("5", "参保登记准确率得分=准确率×5分。");
    expect(times.rule).toMatchObject({ kind: "proportional", of: "100" });
    const less = await leaf("3", "得分=本项分值-超时办结人次数×0.1分。");
    expect(less.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.1" }],
    });
    const more = await leaf("2", "得分=开展宣讲场次数×0.25分，最高2分。");
    expect(more.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.25" }],
    });
  });

  it("multiplies a per-period quota out to the year when the shortfall is its own statement (每季度不少于2次；每少1次扣…)", async () => {
    const r = await leaf("2", "应每季度组织召开医保工作例会，每季度不少于2次；每少1次扣0.25分。");
    expect(r.rule).toMatchObject({ kind: "quota", quota: "8", points: "0.25" });
  });

  it("reads 每上升/每增长1个百分点扣N分 as a step of the change over its ceiling, not a count", async () => {
    const r = await leaf(
      "3",
      "次均住院费用增幅控制在5%以内的得满分；超过的，每增长1个百分点扣0.3分。",
    );
    expect(r.rule).toMatchObject({ kind: "steps", direction: "over", step: "1", points: "0.3" });
    const rise = await leaf("2", "药占比较上年上升的，每上升1个百分点扣0.5分。");
    expect(rise.rule).toMatchObject({ kind: "steps", direction: "over", step: "1", points: "0.5" });
  });

  it("counts an amount of money from 0 (按违规金额每万元扣N分), not below 100", async () => {
    const r = await leaf("4", "骗取医保基金经查实的，按涉案金额每万元扣1分，扣完为止。");
    expect(r.rule).toMatchObject({
      kind: "steps",
      direction: "over",
      from: "0",
      step: "10000",
      points: "1",
    });
    expect(r.reading?.level).toBe("high");
  });

  it("reads 较好的加分，较差的扣分 as a score the assessor gives, not a deduction", async () => {
    const r = await leaf("4", "医保宣传工作成效较好的加分，成效较差的扣分。");
    expect(r.rule).toMatchObject({ kind: "discretionary" });
  });

  it("reads 逾期1天扣N分 as so much per day late, not a one-off deduction", async () => {
    const r = await leaf("2", "季度统计报表须于季后10日内报送，延迟1天扣0.2分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.2" }],
    });
  });
});
