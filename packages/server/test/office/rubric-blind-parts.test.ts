/**
 * The parts of the reading added for the misses of the December 2026 blind round (decision 0302),
 * each on wording other than the blind sentence that showed it: bands listed with 、, a step over a
 * time limit counted in overdue days (超期/超时), a step against a task (每超出目标任务N个百分点),
 * a penalty once the item's own points are used up (扣满本项分值后), a 一票否决 beside lines that
 * score, full marks for finishing before 按完成比例, places moving back (后移), targets listed with
 * 、 before 每项未达到, and 同一事项按最高级别 in a level list.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[0];
  if (item === undefined) throw new Error(text);
  return { ...item, unused: r.proposals[0]?.reading.unused ?? [] };
}

describe("reading parts of the December 2026 blind round", () => {
  it("reads bands listed with 、 (90%以上得3分、80%-90%得2分、…)", async () => {
    const r = await leaf("3", "考核得分率90%以上得3分、80%-90%得2分、80%以下不得分。");
    expect(r.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "90", points: "3" },
        { gte: "80", lt: "90", points: "2" },
      ],
    });
  });

  it("keeps a list of amounts after 分别 in one clause (分别加3分、2分、1分)", async () => {
    const r = await leaf("3", "被国家级、省级、市级采用的，分别加3分、2分、1分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      terms: [{ byField: { points: { national: "3", province: "2", city: "1" } } }],
    });
  });

  it("reads 每超期N个工作日 after a stated time limit as steps over the limit", async () => {
    const r = await leaf("2", "医疗救助申请应在15个工作日内审批完毕，每超期1个工作日扣0.2分。");
    expect(r.rule).toMatchObject({ kind: "steps", direction: "over", from: "15", step: "1" });
    expect(r.rule).toMatchObject({ points: "0.2" });
  });

  it("still counts overdue days when no limit is stated (每逾期一天扣0.5分)", async () => {
    const r = await leaf("2", "资料报送每逾期一天扣0.5分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", terms: [{ points: "0.5" }] });
  });

  it("reads 每超出目标任务N个百分点 as steps on the task's completion rate from 100 %", async () => {
    const r = await leaf("2", "征缴收入每超出市下达目标任务2个百分点加0.5分。");
    expect(r.rule).toMatchObject({
      kind: "steps",
      direction: "above",
      from: "100",
      step: "2",
      points: "0.5",
    });
    expect(r.facts[0]?.label).toMatch(/完成率$/);
  });

  it("reads 本项分值扣完后…从总分中扣减 as a penalty once the item's points are used up", async () => {
    const r = await leaf("3", "违规问题每处扣1分；本项分值扣完后，再从总分中扣减3分。");
    expect(r.rule).toMatchObject({
      kind: "penalty",
      rule: { kind: "occurrences" },
      penalties: [{ when: { deducted: "3" }, points: "3" }],
    });
  });

  it("keeps the lines that score beside a 一票否决 and gates the item", async () => {
    const r = await leaf("4", "未按期完成整改的扣2分；出现重大安全责任事故的，一票否决。");
    expect(r.rule).toMatchObject({ kind: "checklist", mode: "deduct", items: [{ points: "2" }] });
    expect(r.gate).toMatchObject({ effect: "veto" });
    expect(r.unused).toEqual([]);
  });

  it("reads 完成任务的得N分（the item's points），未完成的按完成比例计分 as proportional", async () => {
    const r = await leaf("8", "完成市下达任务的得8分，未完成的按完成比例计分。");
    expect(r.rule).toMatchObject({ kind: "proportional", of: "100" });
    expect(r.facts[0]?.label).toBe("市下达任务完成率");
  });

  it("reads points linear in rank when places move back (名次每后移一位)", async () => {
    const r = await leaf("4", "按全市排名，第一名得4分，名次每后移一位扣0.4分。");
    expect(r.rule).toMatchObject({ kind: "rank", awards: [{ upTo: 1 }], perPlace: "0.4" });
  });

  it("splits targets listed with 、 before 每项未达到", async () => {
    const r = await leaf(
      "3",
      "门诊结算率达到95%、住院结算率达到98%的得满分，每项未达到的扣1.5分。",
    );
    expect(r.rule).toMatchObject({
      kind: "checklist",
      mode: "deduct",
      items: [{ points: "1.5" }, { points: "1.5" }],
    });
  });

  it("reads 同一经验按最高级别加分，不累计 as one per key, every clause used", async () => {
    const r = await leaf(
      "3",
      "被县级推广的加1分，被市级推广的加2分，被省级推广的加3分，同一经验按最高级别加分，不累计。",
    );
    expect(r.rule).toMatchObject({ kind: "occurrences", terms: [{ onePerKey: "key" }] });
    expect(r.unused).toEqual([]);
  });
});
