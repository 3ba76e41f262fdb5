/**
 * «本细则满分100分，另设加分项目最高5分。»: a 加分 cap stated beside the whole's total. The paragraph
 * is read (the total, as 0331/0336 read it) and the cap checked against the draft's 加分 part: said
 * only when they differ, or when no 加分 part is found. Before, the paragraph was reported whole as
 * not imported and its total not read. Wording written for this test.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf } from "./layout-files.js";

async function said(paragraph: string, bonusHeading: string | undefined) {
  const rows = [
    ["序号", "考核项目", "分值", "评分标准"],
    ["一", "基金监管", "60", ""],
    ["1", "日常稽核", "60", "每少稽核1家扣2分。"],
    ["二", "经办服务", "40", ""],
    ["2", "窗口服务", "40", "被投诉查实的每次扣4分。"],
    ...(bonusHeading === undefined
      ? []
      : [
          ["三", bonusHeading, "", ""],
          ["3", "经验推广", "3", "被省级推广的加3分。"],
        ]),
  ];
  const r = await importRubric(await docxOf(["清水县医保工作考核细则", paragraph, rows]), "docx");
  if (!r.ok) throw new Error(r.message);
  return r.summary.warnings.join("\n");
}

describe("a 加分 cap stated beside the total", () => {
  it("is read with the total and says nothing when the 加分 part has that cap", async () => {
    const text = await said("本细则满分100分，另设加分项目最高3分。", "加分项目（最高3分）");
    expect(text).not.toMatch(/未导入/);
    expect(text).not.toMatch(/加分最高/);
    expect(text).toMatch(/所写的总分 100 分/);
  });

  it("names both caps when they differ", async () => {
    const text = await said("考核总分为100分，其中加分项不超过5分。", "加分项目（最高3分）");
    expect(text).toMatch(/加分最高 5 分，与加分项目的上限（“加分项目”3 分）不一致/);
  });

  it("says so when no 加分 part is found", async () => {
    const text = await said("本细则满分100分，另设加分项目最高3分。", undefined);
    expect(text).toMatch(/加分最高 3 分，但表格中未识别出加分项目/);
  });
});
