/** The rubric import measured on the two source documents rebuilt as Word tables, plus .xlsx input and hostile files. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { measureImport } from "./rubric-measure.js";
import { template } from "./samples.js";
import { medicalAidRubricDocx, townshipRubricDocx } from "./source-rubrics.js";

/** The figures reached (docs/rubric-import.md); the test fails if the import gets worse. */
const reached = {
  "township-2022": { items: 29, kind: 29, params: 29 },
  "medical-aid-2021": { items: 17, kind: 17, params: 17 },
};

describe("rubric import measured on the source documents", () => {
  it.each([
    ["township-2022", townshipRubricDocx],
    ["medical-aid-2021", medicalAidRubricDocx],
  ] as const)(
    "%s: the draft validates and proposes the template's rule kinds and parameters",
    async (id, make) => {
      const result = await importRubric(await make(), "docx", { id: `${id}-imported` });
      if (!result.ok) throw new Error(result.message);
      expect(result.problems).toEqual([]);
      if (result.scheme === undefined) throw new Error("draft does not validate");
      const m = measureImport(template(id), result.scheme);
      const wrong = m.details.filter((d) => !d.params);
      expect(m.items).toBe(reached[id].items);
      expect(m.kindRight, JSON.stringify(wrong)).toBeGreaterThanOrEqual(reached[id].kind);
      expect(m.paramsRight, JSON.stringify(wrong)).toBeGreaterThanOrEqual(reached[id].params);
      // Every proposal carries the phrase it came from and a confidence.
      for (const p of result.proposals) {
        expect(p.confidence).toBeGreaterThan(0);
        expect(p.phrase.length).toBeGreaterThan(0);
      }
    },
  );

  it("keeps the source texts verbatim and the structure: groups, maxima, bonus cap", async () => {
    const result = await importRubric(await townshipRubricDocx(), "docx");
    if (!result.ok || result.scheme === undefined) throw new Error("import failed");
    const items = result.scheme.items;
    expect(items.map((i) => [i.code, i.title, i.max])).toEqual(
      template("township-2022").items.map((i) => [i.code, i.title, i.max]),
    );
    expect(items[8]?.cap).toBe("10");
    expect(items[3]?.children?.[3]?.standard).toBe(
      "2022年“南太湖健康保”投保率达到70%,得15分,投保率65%-70%扣3分,投保率65%以下扣6分。",
    );
  });
});

describe("rubric import from .xlsx and bad files", () => {
  it("reads a 序号/项目/分值/评分标准/备注 sheet with flexible header names", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("细则");
    ws.addRow(["某县医保工作考核细则"]);
    ws.addRow(["编号", "考核项目", "分数", "考核标准", "说明"]);
    ws.addRow(["1", "参保", "5分", "参保率达到99%,得5分,每下降0.5%,扣1分,扣完为止。", ""]);
    ws.addRow(["2", "宣传", "3分", "报送信息不少于3篇,每少一篇扣1分。", ""]);
    ws.addRow(["3", "安全", "2分", "发生重大安全事故的,一票否决。", ""]);
    const result = await importRubric(Buffer.from(await wb.xlsx.writeBuffer()), "xlsx");
    if (!result.ok) throw new Error(result.message);
    expect(result.problems).toEqual([]);
    expect(result.document.title).toBe("某县医保工作考核细则");
    expect(result.proposals.map((p) => p.kind)).toEqual(["steps", "quota", "checklist"]);
    expect(result.scheme?.items[0]?.rule).toMatchObject({
      kind: "steps",
      from: "99",
      step: "0.5",
      points: "1",
      direction: "below",
    });
    expect(result.scheme?.items[2]?.gate).toMatchObject({ effect: "veto" });
  });

  it("says why a file cannot be used", async () => {
    expect(await importRubric(Buffer.from("not a zip"), "docx")).toEqual({
      ok: false,
      message: "文件不是有效的 Office 文档（不是 zip 格式）",
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x").addRow(["随便", "什么"]);
    const result = await importRubric(Buffer.from(await wb.xlsx.writeBuffer()), "xlsx");
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("找不到评分细则表格"),
    });
  });
});

describe("the measurement itself", () => {
  it("ignores naming choices but not parameters", async () => {
    const { canonicalRule } = await import("./rubric-measure.js");
    const a = {
      kind: "steps",
      value: { fact: "rate" },
      direction: "below",
      from: "99.8",
      step: "0.1",
      points: "0.5",
      rounding: "up",
    };
    expect(canonicalRule({ ...a, value: { fact: "coverage" }, points: "0.50" })).toEqual(
      canonicalRule(a),
    );
    expect(canonicalRule({ ...a, points: "1" })).not.toEqual(canonicalRule(a));
    expect(canonicalRule({ ...a, value: { fact: "4.1.rate" } })).not.toEqual(canonicalRule(a));
  });
});
