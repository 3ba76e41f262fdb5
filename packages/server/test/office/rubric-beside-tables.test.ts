/**
 * Paragraphs beside a .docx rubric's tables that are not notes (decision 0326): a 加分
 * part written after the table as a heading and numbered paragraphs, a 一票否决 paragraph without
 * 注：, and anything else that speaks of points — read or reported, never dropped unsaid.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf } from "./layout-files.js";

function outline(items: readonly Item[]): string[] {
  return items.flatMap((i) => [
    `${i.code} ${i.title} ${i.max}${i.rule !== undefined ? ` ${i.rule.kind}` : ""}${i.gate?.effect === "veto" ? " 否决" : ""}`,
    ...outline(i.children ?? []),
  ]);
}

const table = [
  ["序号", "考核内容", "分值", "考核办法"],
  ["1", "两定机构检查", "15", "未按计划完成检查的，每少1家扣1分。"],
  ["2", "政策宣传", "5", "未开展政策宣传的不得分。"],
];

async function imported(parts: (string | string[][])[]) {
  const r = await importRubric(await docxOf(parts), "docx");
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("paragraphs after the table", () => {
  it("reads a 加分 heading and its numbered paragraphs as a 加分 part with its cap", async () => {
    const r = await imported([
      "南岭镇医保工作考核办法",
      table,
      "奖励加分（累计不超过3分）",
      "（1）被市级以上媒体宣传报道的，每篇加0.5分；",
      "（2）承办全县现场会的，加1分。",
    ]);
    expect(r.problems).toEqual([]);
    const lines = outline(r.scheme?.items ?? []);
    expect(lines.slice(0, 2)).toEqual(["1 两定机构检查 15 occurrences", "2 政策宣传 5 checklist"]);
    const bonus = r.scheme?.items[2];
    expect(bonus?.title).toContain("奖励加分");
    expect(bonus?.max).toBe("3");
    expect(bonus?.children?.length).toBe(2);
    expect(bonus?.children?.map((c) => c.title)).toEqual([
      "被市级以上媒体宣传报道的",
      "承办全县现场会的",
    ]);
    expect(r.summary.warnings.join("\n")).not.toContain("未导入");
  });

  it("reads a 一票否决 paragraph without 注： as a 一票否决 part", async () => {
    const r = await imported([
      "南岭镇医保工作考核办法",
      table,
      "一票否决：因工作失职造成医保基金重大损失并被追责的，考核结果直接定为不合格。",
    ]);
    expect(r.problems).toEqual([]);
    const lines = outline(r.scheme?.items ?? []);
    expect(lines).toContain("3.1 因工作失职造成医保基金重大损失并被追责的 0 checklist 否决");
  });

  it("reports a paragraph after the table that speaks of points and was not read", async () => {
    const r = await imported([
      "南岭镇医保工作考核办法",
      table,
      "考核得分90分以上为优秀，75分至89分为良好。",
      "南岭镇人民政府办公室",
    ]);
    const said = r.summary.warnings.join("\n");
    expect(said).toContain("考核得分90分以上为优秀");
    // A line that is no sentence (the issuer) is not a note: named once as other text not
    // imported (decision 0341; before, it was passed over unsaid).
    expect(said).not.toContain("表格后的说明未导入：南岭镇人民政府办公室");
    expect(said).toContain("表格后的其他文字未导入：南岭镇人民政府办公室");
  });
});

describe("paragraphs before the table", () => {
  it("reports a paragraph before the table that speaks of points, but not the title or the caption", async () => {
    const r = await imported([
      "南岭镇医保工作考核办法",
      "本办法实行百分制，另设奖励加分，最高加3分。",
      "为做好年度考核工作，制定本办法。",
      table,
    ]);
    const said = r.summary.warnings.join("\n");
    expect(said).toContain("本办法实行百分制，另设奖励加分，最高加3分。");
    // A preamble's sentence of no scoring is named as not imported (decision 0341; before, passed
    // over unsaid); it is the 办法's text, not a note for the score sheet.
    expect(said).toContain("表格前的其他文字未导入：为做好年度考核工作，制定本办法。");
    expect(r.document.description).toBeUndefined();
    expect(said).not.toContain("南岭镇医保工作考核办法");
  });

  it("reads a 一票否决 sentence right before the table as a 一票否决, not as the table's heading", async () => {
    const r = await imported([
      "南岭镇医保工作考核办法",
      "发生医保领域重大舆情被省级通报的，实行一票否决。",
      table,
    ]);
    expect(outline(r.scheme?.items ?? [])).toContain(
      "3.1 发生医保领域重大舆情被省级通报的 0 checklist 否决",
    );
  });
});
