/**
 * The parts of the reading added for the misses of the eighth December 2026 blind round of
 * sentences (decision 0339), each on wording other than the blind sentences that showed it; where
 * the reading changes a score, the engine scores it over a round.
 */
import { describe, expect, it } from "vitest";
import { importedItem as leaf, itemScores as scores } from "./imported-item.js";

describe("reading parts of the eighth December 2026 blind round of sentences", () => {
  it("reads places after the listed ones falling by so much each (依次递减) as points linear in rank", async () => {
    const after = await leaf(
      "4",
      "县域医保基金绩效评价排名第1名得4分，第2名得3.5分，以后各名次依次递减0.5分。",
    );
    expect(after.rule).toMatchObject({ kind: "rank", perPlace: "0.5" });
    expect(after.rule).not.toHaveProperty("rest");
    const values = [50, 40, 30, 20, 10].map((v) => ({ 绩效评价: v }));
    expect(scores("4", after, values)).toEqual(["4", "3.5", "3", "2.5", "2"]);
    const rest = await leaf("3", "医保信息报送排名前两名的各得3分，其余单位依次递减0.25分。");
    expect(rest.rule).toMatchObject({ kind: "rank", perPlace: "0.25" });
    expect(rest.rule).not.toHaveProperty("rest");
  });

  it("reads a deduction cap written as a share of the item's points as the points it comes to", async () => {
    const r = await leaf("5", "被群众有效投诉的，每件扣0.3分，扣分最高不超过该项分值的60%。");
    expect(r.rule).toMatchObject({ kind: "occurrences", terms: [{ points: "0.3", cap: "3" }] });
    expect(scores("5", r, [{ 件: 2 }, { 件: 20 }])).toEqual(["4.4", "2"]);
    const half = await leaf("3", "医保档案缺失的，每卷扣0.2分，以本项分值的一半为限。");
    expect(half.rule).toMatchObject({ terms: [{ points: "0.2", cap: "1.5" }] });
  });

  it("counts 有一项不达标 after one thing named as each item not met, not a one-line checklist", async () => {
    const r = await leaf("2", "两定机构年度考核指标有一项不合格的扣0.4分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", terms: [{ points: "0.4" }] });
    expect(scores("2", r, [{ 项: 0 }, { 项: 3 }])).toEqual(["2", "0.8"]);
    // Two things named stay a list to tick off (逐项达标), as before.
    const listed = await leaf("2", "建立内控制度、开展风险排查两项工作，有一项未完成的扣1分。");
    expect(listed.rule).toMatchObject({ kind: "checklist", mode: "deduct" });
  });

  it("reads a formula dividing two named amounts (已拨付金额/应拨付金额×N分) as a completion rate", async () => {
    const r = await leaf("3", "得分=已拨付资金/应拨付资金总额×3分，最高不超过3分。");
    expect(r.rule).toMatchObject({ kind: "proportional", of: "100" });
    const implied = await leaf("4", "药品追溯码采集率达到90%的得满分，未达到的按实际值÷90%计分。");
    expect(implied.rule).toMatchObject({ kind: "proportional", of: "90" });
    expect(scores("4", implied, [{ 采集率: 45 }, { 采集率: 95 }])).toEqual(["2", "4"]);
  });

  it("reads sub-indicators each with a weight as a 多项合计 of their shares", async () => {
    const r = await leaf(
      "8",
      "本项由参保覆盖率（占75%）、续保率（占25%）构成，各子指标以100%为满分，按实际比例计分。",
    );
    expect(r.rule).toMatchObject({
      kind: "sum",
      shares: [{ points: "6" }, { points: "2" }],
      parts: [{ kind: "proportional" }, { kind: "proportional" }],
    });
    expect(scores("8", r, [{ 参保覆盖率: 50, 续保率: 100 }])).toEqual(["5"]);
    const own = await leaf(
      "4",
      "门诊结算率（权重50%）达到90%的得全部分值；清单合格率（权重50%）达到95%的得全部分值；未达到的子项不得分。",
    );
    expect(own.rule).toMatchObject({ kind: "sum", shares: [{ points: "2" }, { points: "2" }] });
    expect(JSON.stringify(own.facts)).toContain("门诊结算率达到90%");
  });

  it("reads levels whose 级 is written once after them (省、市、县级) as each level", async () => {
    const r = await leaf(
      "2",
      "医保工作信息被省、市、县级党委政府采用的，分别加1分、0.5分、0.2分，同一信息按最高级别计分。",
    );
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ byField: { points: { province: "1", city: "0.5", county: "0.2" } } }],
    });
  });

  it("reads a score from a table elsewhere taken as it is, or rescaled from its stated whole", async () => {
    const asIs = await leaf("6", "按附表1评分，附表得分即为本项得分。");
    expect(asIs.rule).toMatchObject({ kind: "proportional", of: "6" });
    expect(JSON.stringify(asIs.facts)).toContain("附表1得分");
    const rescaled = await leaf("5", "按附表2核查计分（附表满分20分），按得分比例折算。");
    expect(rescaled.rule).toMatchObject({ kind: "proportional", of: "20" });
    expect(scores("5", rescaled, [{ 附表2: 16 }])).toEqual(["4"]);
  });

  it("reads 根据…程度扣减相应分值 as the assessor's deduction", async () => {
    const r = await leaf("3", "信访件办理拖延的，根据拖延程度扣减相应分值。");
    expect(r.rule).toMatchObject({ kind: "discretionaryDeduction" });
  });

  it("reads «有下列情形之一的，扣N分：（一）…» as one deduction named by the lines listed, sure of it", async () => {
    const r = await leaf(
      "4",
      "医保经办窗口有下列情形之一的，扣1.5分：（一）服务事项未公开；（二）群众投诉未回复。",
    );
    expect(r.rule).toMatchObject({ kind: "checklist", mode: "deduct", items: [{ points: "1.5" }] });
    expect(JSON.stringify(r.facts)).toContain("服务事项未公开");
    expect(r.reading?.level).toBe("high");
    expect(r.reading?.unused).toEqual([]);
  });
});
