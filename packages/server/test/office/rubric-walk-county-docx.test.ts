/**
 * A county's .docx walked through (decision 0338): categories merged down the first
 * column, a 加分 category whose cap is in its heading («加分项目（最高4分）»), and a «说明：» line
 * followed by numbered paragraphs. Before: the heading kept «（最高4分）» in its title and its cap
 * was not read (the import said no total was written and took the items' sum); the numbered
 * paragraphs under «说明：» were dropped unsaid (only «说明：» was reported). Wording written for
 * this test.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf } from "./layout-files.js";

async function imported() {
  const r = await importRubric(
    await docxOf([
      "某县2027年度医疗保障工作考核细则",
      [
        ["类别", "序号", "考核内容", "分值", "评分标准"],
        [{ text: "一、待遇保障（10分）", rowSpan: 2 }, "1", "门诊慢特病", "5", "按时办结的得5分。"],
        ["2", "异地备案", "5", "每逾期1件扣1分。"],
        [
          { text: "二、加分项目（最高4分）", rowSpan: 2 },
          "3",
          "经验推广",
          "3",
          "被省级推广的加3分。",
        ],
        ["4", "信息采用", "2", "被市级采用的每篇加1分。"],
      ],
      "说明：",
      "1. 各乡镇得分保留一位小数。",
      "2. 考核数据以县局统计为准。",
      "在县长办公会上通报。",
    ]),
    "docx",
  );
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("a county's .docx with a 加分 category and numbered notes", () => {
  it("reads the cap in the 加分 heading as the part's points, the name without it", async () => {
    const r = await imported();
    const bonus = (r.document.items as Item[])[1];
    expect(bonus?.title).toBe("加分项目");
    expect(String(bonus?.max)).toBe("4");
    expect(String((bonus as { cap?: unknown } | undefined)?.cap)).toBe("4");
    expect(r.summary.warnings.join("\n")).not.toMatch(/加分项未写明总分/);
  });

  it("reads the numbered paragraphs under 说明： as the note's own", async () => {
    const r = await imported();
    const said = r.summary.warnings.join("\n");
    // The rounding line sets the scheme's places (0334); the other line states no points: kept as
    // the scheme's 说明, as written (decision 0335; it was reported as not imported).
    expect((r.document as { places?: unknown }).places).toBe(1);
    expect(said).toContain("各乡镇得分保留一位小数");
    expect(said).toMatch(/已作为方案说明保留（2条）：2\. ?考核数据以县局统计为准/);
    // A paragraph after the numbered list, saying nothing of scoring, is not part of the note: it is
    // kept on a line of its own (decision 0341; before, it was passed over unsaid).
    expect(r.document.description?.split("\n")).toEqual([
      "2. 考核数据以县局统计为准。",
      "在县长办公会上通报。",
    ]);
  });
});

describe("an item whose content cell is numbered lines", () => {
  it("is named by the lines' names, never a title holding a line break", async () => {
    const r = await importRubric(
      await docxOf([
        "某县考核表",
        [
          ["序号", "考核内容", "分值", "评分标准"],
          ["1", "1.参保扩面（5分）\n2.基金监管（10分）", "15", "未完成的每项扣2分。"],
          ["2", "档案管理\n资料齐全规范", "5", "资料不全的扣1分。"],
        ],
      ]),
      "docx",
    );
    if (!r.ok) throw new Error(r.message);
    expect((r.document.items as Item[]).map((i) => i.title)).toEqual([
      "参保扩面、基金监管",
      "档案管理",
    ]);
  });
});
