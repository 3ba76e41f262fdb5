/**
 * Notes beside a .docx rubric's tables (decision 0318): a 一票否决 stated in a note is a rule of the
 * scheme and is read as a 一票否决 part, one sentence or a list after a lead-in; a sentence saying
 * what kaoping does anyway is said to be so; what says nothing of scoring is kept as the scheme's
 * 说明 (decision 0335: it was reported as not imported), what scores and was not read is reported.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { readNotes } from "../../src/office/rubric/notes.js";
import { docxOf } from "./layout-files.js";

function outline(items: readonly Item[]): string[] {
  return items.flatMap((i) => [
    `${i.code} ${i.title} ${i.max}${i.rule !== undefined ? ` ${i.rule.kind}` : ""}${i.gate?.effect === "veto" ? " 否决" : ""}`,
    ...outline(i.children ?? []),
  ]);
}

const table = [
  ["序号", "考核项目", "分值", "评分标准"],
  ["1", "基金监管", "10", "发现违规使用基金的，每起扣2分。"],
  ["2", "经办服务", "10", "群众有效投诉每件扣1分。"],
];

describe("notes beside the tables", () => {
  it("reads a 一票否决 sentence of a note under the table as a 一票否决 part, and keeps the rest as the 说明", async () => {
    const r = await importRubric(
      await docxOf([
        "北山县医保工作考核细则",
        table,
        "说明：1.各项目扣分不超过该项分值。2.一票否决：辖区内发生套取医保基金重大案件被省级通报的，年度考核定为不合格。3.考核结果与年度绩效奖励挂钩。",
      ]),
      "docx",
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.problems).toEqual([]);
    expect(outline(r.scheme?.items ?? [])).toEqual([
      "1 基金监管 10 occurrences",
      "2 经办服务 10 occurrences",
      "3 一票否决 0",
      "3.1 辖区内发生套取医保基金重大案件被省级通报的 0 checklist 否决",
    ]);
    // Each proposal carries the rule in the engine's words, its gate included (the import dialog's
    // 按此规则计分): a veto item must not read as a plain 0-point checklist.
    expect(r.proposals.find((p) => p.code === "1")?.sentence).toMatch(/每起扣 2 分.*满分 10 分$/);
    expect(r.proposals.find((p) => p.code === "3.1")?.sentence).toContain(
      "一票否决（总分为 0 分）",
    );
    // The condition is the veto item's source text, not the number of its row.
    const veto = r.proposals.find((p) => p.code === "3.1");
    expect(veto?.reading.source).toBe("辖区内发生套取医保基金重大案件被省级通报的");
    const said = r.summary.warnings.join("\n");
    expect(said).toContain("一票否决情形已导入");
    expect(said).toContain("说明与系统计分方式一致");
    // Decision 0335: it states no points (it was «表格后的说明未导入»): kept as written, said once.
    expect(said).toContain("已作为方案说明保留（1条）：3.考核结果与年度绩效奖励挂钩。");
    expect(said).not.toContain("未导入");
    expect(r.document.description).toBe("3.考核结果与年度绩效奖励挂钩。");
  });

  it("reads a list of conditions after a lead-in (下列情形之一的，实行一票否决：（1）…；（2）…。)", () => {
    const read = readNotes([
      "注：发生下列情形之一的，实行一票否决：（1）弄虚作假骗取考核分数的；（2）发生重大医保舆情事件造成恶劣影响的。各乡镇须于次年1月10日前报送自评材料。",
    ]);
    expect(read.vetoes).toEqual(["弄虚作假骗取考核分数的", "发生重大医保舆情事件造成恶劣影响的"]);
    // Decision 0335: a sentence with no points is kept, not reported (it was in `rest`).
    expect(read.rest).toEqual([]);
    expect(read.kept).toEqual(["各乡镇须于次年1月10日前报送自评材料。"]);
    expect(read.agreed).toEqual([]);
  });

  it("keeps a note without a veto or a scoring rule as it was: the 说明, nothing added", () => {
    const read = readNotes(["备注：考核资料以电子版和纸质版各一份报送。"]);
    // Decision 0335: it was reported whole in `rest`; it is now kept whole.
    expect(read).toEqual({
      vetoes: [],
      agreed: [],
      places: [],
      rest: [],
      kept: ["备注：考核资料以电子版和纸质版各一份报送。"],
      totals: [],
    });
  });
});
