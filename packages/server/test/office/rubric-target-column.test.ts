/**
 * A 目标值 column (decision 0326): the target an item's standard compares with («达到目标值得满分；
 * 每低于目标值1个百分点扣1分»). It is not a level of names, it heads the item's standard, and
 * a comparison with 目标值 reads the stated figure — on the rate itself, not a completion rate.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf } from "./layout-files.js";

function leaves(items: readonly Item[]): Item[] {
  return items.flatMap((i) => (i.children !== undefined ? leaves(i.children) : [i]));
}

async function imported(rows: string[][]) {
  const r = await importRubric(await docxOf(["西河县医保考核表", rows]), "docx");
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("a 目标值 column", () => {
  it("is not a level of names: the items are named by the indicator, the target heads the standard", async () => {
    const r = await imported([
      ["序号", "考核指标", "目标值", "分值", "评分标准"],
      ["1", "职工医保参保人数", "≥12000人", "6", "达到目标值得满分，每少100人扣0.5分。"],
      ["2", "医保基金预算执行率", "≥95%", "4", "达到目标值的得4分，未达到的不得分。"],
    ]);
    const items = leaves(r.document.items as Item[]);
    expect(items.map((i) => i.title)).toEqual(["职工医保参保人数", "医保基金预算执行率"]);
    expect(items.map((i) => i.code)).toEqual(["1", "2"]);
    expect((r.document.items as Item[])[0]?.standard).toMatch(/^目标值：≥12000人\n/);
  });

  it("reads a comparison with 目标值 against the stated figure, in percentage points of the rate", async () => {
    const r = await imported([
      ["序号", "考核指标", "目标值", "分值", "评分标准"],
      [
        "1",
        "门诊慢特病备案率",
        "≥90%",
        "5",
        "达到目标值得满分；每低于目标值1个百分点扣1分，扣完为止。",
      ],
    ]);
    const rule = leaves(r.document.items as Item[])[0]?.rule as Record<string, unknown> | undefined;
    expect(rule).toMatchObject({
      kind: "steps",
      direction: "below",
      from: "90",
      step: "1",
      points: "1",
    });
    expect(r.proposals[0]?.sentence).not.toContain("完成率");
    // The rate the text leaves unnamed is the one the item's title names.
    expect(r.proposals[0]?.sentence).toMatch(/^门诊慢特病备案率低于 90% 时/);
    // The target line is what the rule compares with, not a clause left unread.
    expect(r.proposals[0]?.reading.unused).toEqual([]);
  });

  it("reads 目标值 declared in the standard itself the same way", async () => {
    const r = await imported([
      ["序号", "考核指标", "分值", "评分标准"],
      [
        "1",
        "两定机构检查覆盖率",
        "5",
        "目标值为85%。达到目标值的得5分；每低于目标值2个百分点扣1分。",
      ],
    ]);
    const rule = leaves(r.document.items as Item[])[0]?.rule as Record<string, unknown> | undefined;
    expect(rule).toMatchObject({
      kind: "steps",
      direction: "below",
      from: "85",
      step: "2",
      points: "1",
    });
  });

  it("reads a formula dividing by 目标值 with the stated figure, and names what it divides", async () => {
    const r = await imported([
      ["序号", "考核指标", "目标值", "分值", "评分标准"],
      ["1", "家庭医生签约", "≥70%", "5", "得分=实际签约率÷目标值×5分，最高5分。"],
      ["2", "电子处方流转", "", "4", "得分=处方流转率÷60%×4分。"],
    ]);
    const [first, second] = leaves(r.document.items as Item[]);
    expect(first?.rule).toMatchObject({ kind: "proportional", of: "70" });
    expect(second?.rule).toMatchObject({ kind: "proportional", of: "60" });
    const labels = (r.document.items as Item[]).flatMap((i) =>
      JSON.stringify(i.facts ?? i.children ?? []),
    );
    expect(labels.join("")).toContain('"实际签约率"');
    expect(labels.join("")).toContain('"处方流转率"');
    expect(labels.join("")).not.toContain("÷");
  });

  it("still reads a task's completion rate where no figure is stated", async () => {
    const r = await imported([
      ["序号", "考核指标", "分值", "评分标准"],
      ["1", "基金征缴", "5", "完成目标任务的得满分；每低于目标任务1个百分点扣0.5分。"],
    ]);
    const rule = leaves(r.document.items as Item[])[0]?.rule as Record<string, unknown> | undefined;
    expect(rule).toMatchObject({ kind: "steps", from: "100", step: "1" });
  });
});
