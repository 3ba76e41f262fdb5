/**
 * Confidence says what is in doubt (decisions 0320, 0325): readings of clear sentences that state
 * everything are shown at high confidence; readings that assume what the text leaves open stay
 * below it and say, in a warning, what was assumed. Each on wording of its own, none from a set.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

describe("readings that state everything, at high confidence", () => {
  it("the first unit to reach a goal, its points stated", async () => {
    const r = await leaf("2", "在全县第一家完成医保服务站标准化建设的乡镇加2分。");
    expect(r.rule).toMatchObject({ kind: "firstToReach", points: "2" });
    expect(r.reading?.level).toBe("high");
  });

  it("a comparison with the round's own mean (全县/各乡镇平均)", async () => {
    const r = await leaf("3", "医保码激活率低于各乡镇平均水平的，每低1个百分点扣0.3分。");
    expect(r.rule).toMatchObject({ kind: "vsMean", step: "1", points: "0.3" });
    expect(r.reading?.level).toBe("high");
  });

  it("points by level listed for every level above the lowest (国家级、省级、市级分别加…)", async () => {
    const r = await leaf(
      "3",
      "典型经验被国家级、省级、市级媒体宣传报道的，分别加2分、1分、0.5分。",
    );
    expect(r.rule).toMatchObject({ kind: "occurrences", mode: "award" });
    expect(r.reading?.level).toBe("high");
  });

  it("requirements listed as 无… (a requirement not met, once by nature)", async () => {
    const r = await leaf("3", "无年度基金监管工作方案、无专项检查台账的，各扣1分。");
    expect(r.rule).toMatchObject({ kind: "checklist", mode: "deduct" });
    expect(r.reading?.level).toBe("high");
  });

  it("steps on both sides from a stated start (达到N%的得M分，每增加…加，每减少…扣)", async () => {
    const r = await leaf(
      "4",
      "家庭医生签约率达到70%的得2分，每提高1个百分点加0.2分，每降低1个百分点扣0.2分。",
    );
    expect(r.rule).toMatchObject({ kind: "steps", direction: "both", from: "70" });
    expect(r.reading?.level).toBe("high");
  });

  it("bands of a piecewise deduction each stated (A%–B%之间…；B%以下…)", async () => {
    const r = await leaf(
      "5",
      "住院费用结算率在90%（含）至100%之间的，每低1个百分点扣0.2分；低于90%的，每低1个百分点扣0.5分。",
    );
    expect(r.rule).toMatchObject({ kind: "piecewise" });
    expect(r.reading?.level).toBe("high");
  });
});

describe("readings that assume what the text leaves open, below high and saying what", () => {
  it("a mean of the city or province (not the round's units)", async () => {
    const r = await leaf("3", "医保码激活率低于全省平均水平的，每低1个百分点扣0.3分。");
    expect(r.rule).toMatchObject({ kind: "vsMean" });
    expect(r.reading?.level).not.toBe("high");
    expect(r.reading?.warnings.join("")).toContain("全省平均");
  });

  it("a level not named that takes another level's points", async () => {
    const r = await leaf("2", "被市级通报批评的每次扣1分，被县级通报批评的每次扣0.5分。");
    expect(r.reading?.level).not.toBe("high");
    expect(r.reading?.warnings.join("")).toMatch(/省级.*未写明/);
  });

  it("steps on both sides whose start is not stated", async () => {
    const r = await leaf(
      "4",
      "医保基金征缴额较上年每增长1个百分点加0.2分，每下降1个百分点扣0.2分。",
    );
    expect(r.rule).toMatchObject({ kind: "steps", direction: "both" });
    expect(r.reading?.level).not.toBe("high");
    expect(r.reading?.warnings.join("")).toContain("未写明");
  });

  it("a second band read from 低于N%的 after steps from full marks (cumulative)", async () => {
    const r = await leaf(
      "4",
      "门诊统筹结算率达到100%的得满分，每低1个百分点扣0.2分；低于90%的，每低1个百分点扣0.4分。",
    );
    expect(r.rule).toMatchObject({ kind: "piecewise" });
    expect(r.reading?.level).not.toBe("high");
    expect(r.reading?.warnings.join("")).toContain("90%");
  });

  it("a rank at both ends, the middle places' points assumed", async () => {
    const r = await leaf("3", "全县排名前三名的加1分，排名后三名的扣1分。");
    expect(r.rule).toMatchObject({ kind: "sum" });
    expect(r.reading?.level).not.toBe("high");
    expect(r.reading?.warnings.join("")).toContain("其余名次");
  });
});

describe("a 酌情 part beside fixed deductions", () => {
  it("says which part the assessor decides, and stays below high", async () => {
    const r = await leaf("4", "未建立投诉台账的扣1分；投诉处理不及时的，酌情扣分。");
    expect(r.reading?.level).not.toBe("high");
    expect(r.reading?.warnings.join("")).toContain("投诉处理不及时");
    expect(r.reading?.warnings.join("")).toContain("酌定");
  });
});
