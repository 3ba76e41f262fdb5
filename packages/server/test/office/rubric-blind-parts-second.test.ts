/**
 * The parts of the reading added for the misses of the second December 2026 blind round (decision
 * 0311), each on wording other than the blind sentence that showed it: a base written 以N为基准,
 * 不足一档不扣分, the two sides of a step in two clauses, 按A占B的比例计分, 前N名得满分, 末位扣N分,
 * 每高N个百分点 above the mean, 率先在全市完成, 在X项目中已扣分的不再扣分, and 每+verb+一+measure.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string, before: [string, string, string][] = []) {
  const r = await importRows([...before, ["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return item;
}

describe("reading parts of the second December 2026 blind round", () => {
  it("reads 以N%为基准 as the value a step starts from", async () => {
    const r = await leaf("3", "居民医保续保率以90%为基准，每降低0.5个百分点扣0.1分。");
    expect(r.rule).toMatchObject({
      kind: "steps",
      direction: "below",
      from: "90",
      step: "0.5",
      points: "0.1",
    });
  });

  it("reads 不足一档不扣分 as whole steps only, and 不足一档按一档计 as a part being a step", async () => {
    const down = await leaf(
      "4",
      "考核满意度低于95%的，每低2个百分点扣1分，不足2个百分点的部分不扣分。",
    );
    expect(down.rule).toMatchObject({ kind: "steps", from: "95", step: "2", rounding: "down" });
    const up = await leaf(
      "2",
      "结余率超过10%的，每超过1个百分点扣0.5分，不足1个百分点的按1个百分点计算。",
    );
    expect(up.rule).toMatchObject({ kind: "steps", direction: "over", rounding: "up" });
  });

  it("reads the two sides of a step written as two clauses (每提高…加；每降低…扣)", async () => {
    const r = await leaf(
      "5",
      "药品采购金额占比较上年同期，每提高2个百分点加0.4分；每降低2个百分点扣0.2分。",
    );
    expect(r.rule).toMatchObject({
      kind: "steps",
      direction: "both",
      from: "0",
      step: "2",
      points: "0.2",
      pointsAbove: "0.4",
    });
    // A count of people on each side is not a rate's two sides.
    const people = await leaf("2", "每增加1名协管员加0.1分，每减少1名协管员扣0.1分。");
    expect(people.rule.kind).not.toBe("steps");
  });

  it("names the fact of a change from last year after what changes, never after the step's verb", async () => {
    const named = await leaf(
      "4",
      "异地就医直接结算率与上年相比，每提高1个百分点加0.2分，每降低1个百分点扣0.2分。",
    );
    expect(named.rule).toMatchObject({ kind: "steps", direction: "both", from: "0" });
    expect(named.facts.map((f) => f.label)).toEqual(["异地就医直接结算率较上年增减"]);
    const yearOnYear = await leaf(
      "3",
      "住院结算人次同比每增加2个百分点加0.1分，每减少2个百分点扣0.1分。",
    );
    expect(yearOnYear.facts.map((f) => f.label)).toEqual(["住院结算人次较上年增减"]);
    const unnamed = await leaf("2", "与上年相比，每增加1个百分点加0.5分，每减少1个百分点扣0.5分。");
    expect(unnamed.facts.map((f) => f.label)).toEqual(["较上年增减"]);
  });

  it("reads 按A占B的比例计分 as points in proportion to completion", async () => {
    const r = await leaf("4", "按已核查户数占应核查户数的比例得分。");
    expect(r.rule).toMatchObject({ kind: "proportional", of: "100" });
  });

  it("reads 前N名得满分 in a ranking as the item's points", async () => {
    const r = await leaf("6", "按征缴进度全县排名，前2名得满分，第3至5名得4分，其余得2分。");
    expect(r.rule).toMatchObject({
      kind: "rank",
      awards: [
        { upTo: 2, points: "6" },
        { upTo: 5, points: "4" },
      ],
      rest: "2",
    });
  });

  it("reads 末位 / 最后一名 with a deduction as a deducting rank from the bottom", async () => {
    const r = await leaf("3", "基金监管工作全市排名最后一名的，扣3分。");
    expect(r.rule).toMatchObject({
      kind: "rank",
      order: "asc",
      mode: "deduct",
      awards: [{ upTo: 1, points: "3" }],
    });
    // Beside a place that earns, 末位 does not turn the ranking upside down: the awards stay a
    // rank from the top, and 末位 is a deducting rank from the bottom beside it (decision 0313),
    // taken from the total on this bonus-sized item (decision 0316).
    const mixed = await leaf("2", "全县排名第1名的加2分，末位扣2分。");
    expect(mixed.rule).toMatchObject({
      kind: "sum",
      parts: [
        { kind: "rank", order: "desc", awards: [{ upTo: 1 }] },
        {
          kind: "toTotal",
          sign: "minus",
          rule: { kind: "rank", order: "asc", mode: "deduct", awards: [{ upTo: 1, points: "2" }] },
        },
      ],
    });
  });

  it("reads 每高N个百分点 above the mean as the bonus of 与平均值比较", async () => {
    const r = await leaf("3", "结算率高于全县平均水平的，每高2个百分点加0.3分。");
    expect(r.rule).toMatchObject({
      kind: "vsMean",
      direction: "below",
      bonus: { step: "2", points: "0.3" },
    });
  });

  it("reads 率先在全县完成 as a first-to-reach award", async () => {
    const r = await leaf("2", "最先在全县完成门诊共济改革任务的乡镇，加2分。");
    expect(r.rule).toMatchObject({ kind: "firstToReach", points: "2" });
  });

  it("reads 在X项目中已扣分的不再扣分 as not counted again across items", async () => {
    const r = await leaf(
      "4",
      "发现违规收费的每起扣1分；同一问题在协议管理项中已扣分的，不再扣分。",
      [["协议管理", "4", "协议检查发现问题的，每个扣0.5分。"]],
    );
    const terms = (r.rule as unknown as { terms: Record<string, unknown>[] }).terms;
    expect(terms[0]?.notAgain).toBeDefined();
    expect(terms[0]?.onePerKey).toBeUndefined();
  });

  it("reads 每+verb+一+measure word before an amount as a unit of counting", async () => {
    const r = await leaf("2", "每培育一家医保服务示范点加0.5分，最多加2分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.5" }],
    });
    // A period after 每 still distributes a requirement, not a count.
    const period = await leaf("2", "每月开展1次政策宣传，未开展的扣0.5分。");
    expect(period.rule.kind).not.toBe("occurrences");
  });
});
