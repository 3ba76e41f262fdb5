/**
 * The parts of the reading added for the misses of the third December 2026 blind round of
 * sentences (decision 0314), each on wording other than the blind sentence that showed it: levels
 * named by their bodies (县委、县政府 / 市委 / 省政府), bands with （不含） and with ≤/＜ where lower is
 * better, a step after 超过N%的 without a verb of its own, 得一半分, formulas 实际值÷目标值×分值,
 * 按…得分率折算, 每月/每季度扣N分, 适当加分 / 视…多少扣分 / a bare 扣分 beside full marks, 每半年 as a
 * period, and the first band of a 分段阶梯 from the full-marks line before it.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

describe("reading parts of the third December 2026 blind round of sentences", () => {
  it("reads a level named by its bodies (县委、县政府, 市委, 省政府) as that level", async () => {
    const r = await leaf(
      "2",
      "经验做法被市委、市政府主要领导批示肯定的，每次加0.5分；被省委、省政府领导批示肯定的，每次加1分；被县委、县政府领导批示的，每次加0.2分。",
    );
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ byField: { points: { county: "0.2", city: "0.5", province: "1" } } }],
    });
  });

  it("reads a band written 85%（含）-95%（不含）, and bands where lower is better (≤10%, 10%＜x≤20%)", async () => {
    const r = await leaf(
      "3",
      "群众满意度95%（含）以上得3分，85%（含）-95%（不含）得2分，75%（含）-85%（不含）得1分。",
    );
    expect(r.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "95", points: "3" },
        { gte: "85", lt: "95", points: "2" },
        { gte: "75", lt: "85", points: "1" },
      ],
    });
    const lower = await leaf(
      "3",
      "基金结余率≤10%得3分，10%＜结余率≤20%得1.5分，结余率＞20%不得分。",
    );
    expect(lower.rule).toMatchObject({
      kind: "bands",
      bands: [
        { lte: "10", points: "3" },
        { gt: "10", lte: "20", points: "1.5" },
      ],
    });
    expect((lower.rule as unknown as { bands: unknown[] }).bands).toHaveLength(2);
  });

  it("reads a step after 高于N%的 without a verb of its own (超出部分每2个百分点) as over the ceiling", async () => {
    const r = await leaf("3", "药品费用占比高于30%的，超出部分每2个百分点扣0.5分。");
    expect(r.rule).toMatchObject({
      kind: "steps",
      direction: "over",
      from: "30",
      step: "2",
      points: "0.5",
    });
  });

  it("reads 得一半分 as half the item's points: an option beside full marks and none, a band beside thresholds", async () => {
    const option = await leaf(
      "4",
      "全面完成年度目标任务的得满分，基本完成的得一半分，未完成的不得分。",
    );
    expect(option.rule).toMatchObject({
      kind: "option",
      options: [{ points: "4" }, { points: "2" }, { points: "0" }],
    });
    const bands = await leaf(
      "4",
      "材料归档率100%的得满分，90%（含）以上的得一半分，低于90%的不得分。",
    );
    expect(bands.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "100", points: "4" },
        { gte: "90", points: "2" },
      ],
    });
  });

  it("reads a formula 实际值÷目标×分值 (a figure or the stated 目标值) and 按…得分率折算 as proportional", async () => {
    const figure = await leaf("5", "考核得分=实际参保率÷95%×分值，最高不超过本项分值。");
    expect(figure.rule).toMatchObject({ kind: "proportional", of: "95" });
    const target = await leaf("4", "家庭医生签约率目标值为70%，得分=实际签约率/目标值×本项分值。");
    expect(target.rule).toMatchObject({ kind: "proportional", of: "70" });
    expect(target.facts.map((f) => f.label)).toEqual(["家庭医生签约率"]);
    const rescaled = await leaf("6", "本项按省医保局对县局的专项考核得分率折算计分。");
    expect(rescaled.rule).toMatchObject({ kind: "proportional", of: "100" });
    expect(rescaled.facts.map((f) => f.label)).toEqual(["省医保局对县局的专项考核得分率"]);
  });

  it("reads 每季度扣N分 / 每月扣N分 as a count of the periods", async () => {
    const r = await leaf("2", "药品进销存数据上传不及时的，每季度扣0.5分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.5" }],
    });
  });

  it("says 适当加分, 视…多少扣分 and a bare 扣分 beside full marks are the assessor's to decide", async () => {
    const bonus = await leaf("2", "工作有创新、成效显著的，适当加分。");
    expect(bonus.rule.kind).toBe("discretionary");
    const many = await leaf("2", "台账资料不全的，视缺失多少扣分。");
    expect(many.rule.kind).toBe("discretionaryDeduction");
    const bare = await leaf("3", "按时完成的得满分，未按时完成的扣分。");
    expect(bare.rule.kind).toBe("discretionaryDeduction");
    // A stated amount is still a fixed deduction.
    const fixed = await leaf("3", "按时完成的得满分，未按时完成的扣1分。");
    expect(fixed.rule.kind).not.toMatch(/^discretionary/);
  });

  it("reads 每半年 as a period, not a unit of half, so 少一次扣N分 is short of the quota", async () => {
    const r = await leaf("2", "每半年召开一次医保工作专题会议，全年不少于2次，少一次扣0.5分。");
    expect(r.rule).toMatchObject({ kind: "quota", quota: "2", points: "0.5" });
  });

  it("takes the first band of a 分段阶梯 from the full-marks line before it", async () => {
    const r = await leaf(
      "5",
      "参保率达到98%得满分，每低1个百分点扣0.3分；低于90%的，每低1个百分点扣0.6分。",
    );
    expect(r.rule).toMatchObject({
      kind: "piecewise",
      direction: "below",
      mode: "deduct",
      pieces: [
        { from: "90", to: "98", step: "1", points: "0.3" },
        { to: "90", step: "1", points: "0.6" },
      ],
    });
  });

  it("reads A、B、C三项制度，每有一项未落实的扣N分 as one requirement per thing listed", async () => {
    const r = await leaf("3", "公示制度、投诉处理、满意度回访三项工作，每有一项未开展的扣1分。");
    expect(r.rule).toMatchObject({
      kind: "checklist",
      mode: "deduct",
      items: [{ points: "1" }, { points: "1" }, { points: "1" }],
    });
    expect(r.facts.map((f) => f.label)).toEqual(["公示制度工作", "投诉处理工作", "满意度回访工作"]);
  });

  it("reads 每月N分 whose twelve months make the item, with 当月不得分, as the months short of the year", async () => {
    const r = await leaf("6", "每月按时上报两定机构稽核台账，每月0.5分，逾期上报的当月不得分。");
    expect(r.rule).toMatchObject({ kind: "quota", quota: "12", points: "0.5" });
    expect(r.gate).toBeUndefined();
    expect(r.reading?.unused).toEqual([]);
  });

  it("reads 率100%的得满分分值 then 每少公示1家扣N分 as a count from full marks", async () => {
    const r = await leaf(
      "3",
      "辖区定点药店医保目录公示率达到100%的得3分，每少公示1家扣0.5分，扣完为止。",
    );
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.5" }],
    });
    // Named after what is short, not after the verb and the figure (少公示1家 → 少公示家数).
    expect(r.facts.map((f) => f.label)).toEqual(["少公示家数"]);
  });

  it("keeps one-off deductions and counts in the order the sentence states them", async () => {
    const r = await leaf("3", "未建立工作台账的扣1分；台账信息错误的，每处扣0.2分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ points: "1" }, { points: "0.2" }],
    });
  });
});
