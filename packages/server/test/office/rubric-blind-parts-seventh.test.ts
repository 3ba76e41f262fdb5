/**
 * The parts of the reading added for the misses of the seventh December 2026 blind round of
 * sentences (decision 0333) and the two leftovers of 0332, each on wording other than the blind
 * sentences that showed it; where the reading changes a score, the engine scores it over a round.
 */
import { explainRule } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importedItem as leaf, itemScores as scores } from "./imported-item.js";

describe("reading parts of the seventh December 2026 blind round of sentences", () => {
  it("prices a count per several as steps of that many, whole steps only", async () => {
    const award = await leaf("1", "每走访慰问10户困难参保群众加0.2分，最高加1分。");
    expect(award.rule).toMatchObject({ kind: "steps", direction: "above", from: "0", step: "10" });
    expect(scores("1", award, [{ 户数: 0 }, { 户数: 9 }, { 户数: 25 }, { 户数: 80 }])).toEqual([
      "0",
      "0",
      "0.4",
      "1",
    ]);
    const deduct = await leaf("2", "医保结算清单每发现5条数据错误扣0.1分。");
    expect(deduct.rule).toMatchObject({ kind: "steps", direction: "over", from: "0", step: "5" });
    expect(scores("2", deduct, [{ 条数: 4 }, { 条数: 12 }])).toEqual(["2", "1.8"]);
  });

  it("reads 多得分/少得分 as the assessor's score, not a checklist", async () => {
    const r = await leaf("3", "医保政策进村宣讲效果好的多得分，效果差的少得分或不得分。");
    expect(r.rule).toMatchObject({ kind: "discretionary" });
  });

  it("compares 同比 with the same period last year and 环比 with the period before", async () => {
    const same = await leaf(
      "3",
      "门诊统筹结算人次同比增加的得3分，同比持平的得2分，同比减少的记0分。",
    );
    expect(same.rule).toMatchObject({ kind: "compare", op: "gt", points: "3", equal: "2" });
    expect(same.facts.map((f) => f.label)).toEqual([
      "本年门诊统筹结算人次",
      "上年同期门诊统筹结算人次",
    ]);
    const before = await leaf("1", "本季度医保基金支出环比下降的得1分，否则不得分。");
    expect(before.rule).toMatchObject({ kind: "compare", op: "lt", points: "1" });
    expect(String(before.facts[1]?.label)).toMatch(/^上期/);
  });

  it("reads 计0分 after a lesser award as that award missed, not a zero for the item", async () => {
    const r = await leaf(
      "3",
      "年度工作计划按时报送的得1分，未按时报送的计0分；经办人员培训覆盖率达到90%的得2分。",
    );
    expect(r.gate).toBeUndefined();
    expect(r.facts).toHaveLength(2);
    // Late with its plan, the unit keeps the 2 points of its training (a gate zeroed them).
    // The rate is asked as a figure beside the other award (decision 0341; a 是/否 before).
    expect(scores("3", r, [{ 按时报送: false, 覆盖率: "95" }])).toEqual(["2"]);
  });

  it("keeps both ends in a range when only what lies outside it scores otherwise", async () => {
    const r = await leaf("2", "统筹基金累计结余率在10%—20%区间的得2分，超出区间的不得分。");
    expect(r.rule).toMatchObject({ kind: "bands", bands: [{ gte: "10", lte: "20" }] });
  });

  it("names what a veto or a grade veto refers to", async () => {
    const joined = await leaf(
      "3",
      "定点药店违规销售药品被查实的，每家次扣1分，并取消该单位当年评优资格。",
    );
    expect(joined.gate?.reason).toContain("定点药店违规销售药品被查实");
    const listed = await leaf(
      "5",
      "有下列情形之一的，实行一票否决：（一）挤占挪用医疗救助资金；（二）发生重大医保数据安全事件。",
    );
    expect(listed.gate?.reason).toBe("挤占挪用医疗救助资金；发生重大医保数据安全事件");
    const quoted = await leaf("2", "发生医保基金重大损失的，实行“一票否决”。");
    expect(listed.gate?.effect).toBe("veto");
    expect(quoted.gate?.reason).not.toMatch(/[“"]/);
  });

  it("reads a score times a share, and a rate 折算, as proportional on that score or rate", async () => {
    const share = await leaf("5", "本项得分＝第三方满意度测评得分×5%。");
    expect(share.rule).toMatchObject({ kind: "proportional", of: "100" });
    expect(String(share.facts[0]?.label)).toContain("第三方满意度测评得分");
    const rate = await leaf("4", "门诊慢特病备案完成率未达100%的，按完成率折算得分。");
    expect(rate.rule).toMatchObject({ kind: "proportional", of: "100" });
    expect(String(rate.facts[0]?.label)).toContain("完成率");
  });

  it("reads 不另加分 as a limit, and 以N分为基数 as a base score", async () => {
    const capped = await leaf("3", "按实际签约人数占目标人数的比例计分，超过目标的不另加分。");
    expect(capped.rule).toMatchObject({ kind: "proportional" });
    const based = await leaf(
      "6",
      "以5分为基数：获市级表彰的加1分；被通报批评的每次减0.5分；本项最高6分。",
    );
    expect(based.rule).toMatchObject({ kind: "sum", base: "5" });
    expect(
      scores("6", based, [
        { 表彰: true, 通报: 2 },
        { 表彰: false, 通报: 0 },
      ]),
    ).toEqual(["5", "5"]);
  });

  it("reads an award for a requirement met beside events counted as a sum from 0", async () => {
    const r = await leaf(
      "2",
      "按要求设立乡镇医保服务站的得2分；服务站工作人员被群众投诉查实的，每次扣0.5分。",
    );
    expect(r.rule).toMatchObject({ kind: "sum", base: "0" });
    expect(
      scores("2", r, [
        { 设立: true, 投诉: 1 },
        { 设立: false, 投诉: 1 },
      ]),
    ).toEqual(["1.5", "0"]);
    // A clean state stays the full marks the events are taken from.
    const clean = await leaf("2", "全年无错报漏报的得2分，每错报漏报一次扣0.5分。");
    expect(clean.rule).toMatchObject({ kind: "occurrences" });
  });
});

describe("the leftovers of decision 0332", () => {
  it("reads 有一件…扣N分 as each one, from the full marks of the same matter", async () => {
    const r = await leaf("4", "投诉件按期办结率100%的得4分；有一件投诉未按期办结的扣0.5分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", terms: [{ points: "0.5" }] });
    expect(scores("4", r, [{ 未按期办结: 0 }, { 未按期办结: 3 }])).toEqual(["4", "2.5"]);
  });

  it("lists only the levels written when points go by level", async () => {
    const r = await leaf("3", "典型做法被国家医保局推广的加3分，被省医保局推广的加2分。");
    const rule = r.rule as unknown as { terms: { byField: { points: Record<string, string> } }[] };
    const points = rule.terms[0]?.byField.points;
    expect(points).toEqual({ province: "2", national: "3" });
    const sentence = explainRule(r.rule, { code: "1", max: "3", facts: r.facts });
    expect(sentence).not.toMatch(/县级|市级/);
    expect(sentence).toContain("其他级别不计分");
  });
});
