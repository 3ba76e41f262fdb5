/**
 * Notes that say nothing of scoring («本细则由县医保局负责解释», «考核数据截至12月31日») are kept as the
 * draft's 说明, not reported as 未导入 beside the notes that do score; a 说明 sheet of a workbook is
 * read the same. Before, every such sentence was a warning to check, though there was nothing to
 * read for the score. Wording written for this test.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, workbookOf } from "./layout-files.js";

const rows = [
  ["序号", "考核内容", "分值", "评分标准"],
  ["1", "业务培训", "4", "每缺席一次扣1分。"],
  ["2", "信息报送", "6", "迟报一次扣0.5分，扣完为止。"],
];

describe("notes that say nothing of scoring", () => {
  it("are the draft's 说明; notes that score are still reported (.docx)", async () => {
    const r = await importRubric(
      await docxOf([
        "某县医保考核细则",
        rows,
        "注：1.本细则由县医保局负责解释。2.各乡镇工作特别突出的，由考核组酌情加分。",
      ]),
      "docx",
    );
    if (!r.ok) throw new Error(r.message);
    expect((r.document.items as Item[]).length).toBe(2);
    expect(r.document.description).toContain("本细则由县医保局负责解释");
    const warnings = r.summary.warnings.join("\n");
    expect(warnings).not.toContain("负责解释");
    expect(warnings).toMatch(/未导入：.*酌情加分/);
  });

  it("reads a 说明 sheet's plain lines into the 说明 (.xlsx)", async () => {
    const r = await importRubric(
      await workbookOf([
        { name: "细则", rows },
        { name: "说明", rows: [["1. 考核数据截至当年12月31日。"], ["2. 以县医保局统计为准。"]] },
      ]),
      "xlsx",
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.document.description).toMatch(/考核数据截至当年12月31日[\s\S]*以县医保局统计为准/);
    expect(r.summary.warnings.join("\n")).not.toMatch(/未导入：.*(截至|统计为准)/);
  });
});
