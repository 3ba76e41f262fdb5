/**
 * A single threshold beside another rule in the same item (decision 0341): a deduction below a
 * figure (…低于N%的扣M分) is that figure asked and its deduction taken from the item's points, in
 * one pool with the item's other deductions; an award for reaching a figure (…达到N%的得M分)
 * beside other awards asks for the figure, not a yes/no. Wordings written for this test; each
 * item is scored by the engine over a round.
 */
import { describe, expect, it } from "vitest";
import {
  importedItem as leaf,
  itemScores as scores,
  type ImportedItem as Read,
} from "./imported-item.js";

const typeOf = (item: Read, fragment: string) =>
  item.facts?.find((f) => String(f.label).includes(fragment))?.type;

describe("a deduction below a single threshold", () => {
  it("keeps the item's points at or above the threshold, takes the deduction below it", async () => {
    const r = await leaf("6", "门诊慢特病备案办结率低于85%的扣3分。");
    expect(typeOf(r, "办结率")).toBe("pct");
    expect(scores("6", r, [{ 办结率: "90" }, { 办结率: "85" }, { 办结率: "80" }])).toEqual([
      "6",
      "6",
      "3",
    ]);
  });

  it("takes it from the same points as a deduction per case beside it", async () => {
    const r = await leaf(
      "8",
      "参保数据比对完成率低于80%的，扣2分；每发现1例重复参保未处理的扣0.5分。",
    );
    expect(typeOf(r, "完成率")).toBe("pct");
    const got = scores("8", r, [
      { 完成率: "90", 重复参保: "0" },
      { 完成率: "70", 重复参保: "0" },
      { 完成率: "70", 重复参保: "2" },
      { 完成率: "95", 重复参保: "3" },
    ]);
    expect(got).toEqual(["8", "6", "5", "6.5"]);
  });

  it("asks for the figure beside a one-off deduction, and adds the two", async () => {
    const r = await leaf("5", "医保结算清单上传率低于90%的扣2分，未按时报送月度统计报表的扣1分。");
    expect(typeOf(r, "上传率")).toBe("pct");
    const fact = r.facts?.find((f) => String(f.label).includes("月度统计报表"));
    expect(fact).toBeDefined();
    // Asked either way round (未按时报送… true, or 按时报送… false), or as a count.
    const asked = fact?.type === "bool" ? /^未/.test(String(fact.label)) : undefined;
    const late = asked === undefined ? "1" : asked;
    const onTime = asked === undefined ? "0" : !asked;
    const key = String(fact?.label);
    expect(
      scores("5", r, [
        { 上传率: "95", [key]: onTime },
        { 上传率: "85", [key]: onTime },
        { 上传率: "85", [key]: late },
      ]),
    ).toEqual(["5", "3", "2"]);
  });
});

describe("an award for reaching a single threshold beside another award", () => {
  it("asks for the rate, not whether it was reached", async () => {
    const r = await leaf("4", "门诊统筹定点覆盖率达到90%的得3分，按时完成年度清算的得1分。");
    expect(typeOf(r, "覆盖率")).toBe("pct");
    const done = r.facts?.find((f) => String(f.label).includes("年度清算"));
    expect(done?.type).toBe("bool");
    expect(
      scores("4", r, [
        { 覆盖率: "92", 年度清算: true },
        { 覆盖率: "85", 年度清算: true },
        { 覆盖率: "90", 年度清算: false },
      ]),
    ).toEqual(["4", "1", "3"]);
  });

  it("asks for a count reached, with its unit", async () => {
    const r = await leaf("3", "新增参保人数达到300人的得2分；建立参保动态台账的得1分。");
    const count = r.facts?.find((f) => String(f.label).includes("新增参保人数"));
    expect(count?.type).not.toBe("bool");
    expect(
      scores("3", r, [
        { 新增参保人数: "320", 台账: true },
        { 新增参保人数: "250", 台账: true },
      ]),
    ).toEqual(["3", "1"]);
  });
});
