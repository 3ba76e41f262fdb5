/**
 * Paragraphs beside a .docx's tables that carry no 注/说明/备注 label (decision 0341): every one is
 * kept, read or said. After the tables a sentence that says nothing of scoring is the scheme's 说明
 * as a labelled note is (0335); before them it is the 办法's preamble, named as not imported. One
 * stating how scores are rounded sets the scheme's places; one that states a grade, a rank or
 * points and is not read is reported; a line that is no sentence (an issuer, a date, a heading) is
 * named as not imported. Wordings written for this test.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf } from "./layout-files.js";

const table = [
  ["序号", "考核项目", "分值", "评分标准"],
  ["1", "两定机构协议管理", "10", "协议管理台账缺失的，每缺一项扣1分。"],
  ["2", "经办窗口服务", "10", "窗口服务被有效投诉的，每件扣2分。"],
];

async function imported(parts: (string | string[][])[]) {
  const r = await importRubric(await docxOf(parts), "docx");
  if (!r.ok) throw new Error(r.message);
  return {
    description: r.document.description,
    places: r.document.places,
    warnings: r.summary.warnings,
    told: r.summary.warnings.join("\n"),
    valid: !!r.scheme,
  };
}

describe("unlabelled paragraphs after the last table", () => {
  it("keeps a sentence that says nothing of scoring as the scheme's 说明", async () => {
    const got = await imported([
      "青石镇2028年度村级医保工作考评细则",
      table,
      "本细则自发文之日起试行，试行期间由镇社会事务办负责解释。",
    ]);
    expect(got.valid).toBe(true);
    expect(got.description).toBe("本细则自发文之日起试行，试行期间由镇社会事务办负责解释。");
    expect(got.told).toContain("已作为方案说明保留（1条）");
  });

  it("reads an unlabelled rounding sentence as the scheme's places", async () => {
    const got = await imported([
      "青石镇2028年度村级医保工作考评细则",
      table,
      "各村考评得分精确到小数点后一位。",
    ]);
    expect(got.places).toBe(1);
    expect(got.description).toBeUndefined();
  });

  it("reports a sentence that states grades and was not read", async () => {
    const got = await imported([
      "青石镇2028年度村级医保工作考评细则",
      table,
      "考评结果按得分高低分为好、较好、一般、差四档。",
    ]);
    expect(got.description).toBeUndefined();
    expect(got.told).toContain("考评结果按得分高低分为好、较好、一般、差四档");
    expect(got.told).toMatch(/表格后的说明未导入：考评结果/);
  });

  it("names the issuer and date lines under the table as not imported", async () => {
    const got = await imported([
      "青石镇2028年度村级医保工作考评细则",
      table,
      "青石镇人民政府办公室",
      "2028年2月16日",
    ]);
    expect(got.description).toBeUndefined();
    expect(got.told).toContain("青石镇人民政府办公室");
    expect(got.told).toContain("2028年2月16日");
  });
});

describe("unlabelled paragraphs before the first table", () => {
  it("names a preamble sentence and a heading line as not imported, keeping neither", async () => {
    const got = await imported([
      "青石镇2028年度村级医保工作考评细则",
      "为压实村级医保经办责任，结合本镇实际，制定本细则。",
      "一、考评内容及分值",
      table,
    ]);
    // A preamble is the 办法's text, not a note for every unit's score sheet.
    expect(got.description).toBeUndefined();
    expect(got.told).toMatch(/表格前的其他文字未导入：.*为压实村级医保经办责任/);
    expect(got.told).toMatch(/表格前的其他文字未导入：.*一、考评内容及分值/);
  });

  it("still reads a rounding written before the table", async () => {
    const got = await imported([
      "青石镇2028年度村级医保工作考评细则",
      "各村得分四舍五入保留两位小数。",
      table,
    ]);
    expect(got.places).toBe(2);
  });
});
