import { describe, expect, it } from "vitest";
import { jobPercent } from "./batch-download";
import { cellProblemsOf } from "./cell-problems";
import { fileNameOfDisposition } from "./download";
import { roundImportMessage } from "./facts-import";

describe("fileNameOfDisposition", () => {
  it("prefers the RFC 5987 UTF-8 name over the ASCII fallback", () => {
    const name = "练市镇-评分表 (2021).docx";
    const encoded = encodeURIComponent(name).replace(
      /[()]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    expect(
      fileNameOfDisposition(
        `attachment; filename="___-___ _2021_.docx"; filename*=UTF-8''${encoded}`,
      ),
    ).toBe(name);
  });
  it("reads quoted and bare names, unescaping quotes", () => {
    expect(fileNameOfDisposition('attachment; filename="a \\"b\\".xlsx"')).toBe('a "b".xlsx');
    expect(fileNameOfDisposition("attachment; filename=report.zip")).toBe("report.zip");
  });
  it("falls back to the plain name when the extended one is malformed", () => {
    expect(fileNameOfDisposition(`attachment; filename="x.docx"; filename*=UTF-8''%E7%ZZ`)).toBe(
      "x.docx",
    );
  });
  it("drops folders and reports no name when there is none", () => {
    expect(fileNameOfDisposition(`attachment; filename*=UTF-8''..%2F..%2Fevil.docx`)).toBe(
      "evil.docx",
    );
    expect(fileNameOfDisposition("attachment")).toBeUndefined();
    expect(fileNameOfDisposition(null)).toBeUndefined();
  });
});

describe("cellProblemsOf", () => {
  it("splits sheet, row, column header and reason", () => {
    expect(
      cellProblemsOf([
        { path: "body.file.事实填报!E13", message: "2.6 重大疾病救助人次(人次)：“很多”不是数字" },
        { path: "body.file", message: "缺少文件" },
      ]),
    ).toEqual([
      {
        key: "0",
        sheet: "事实填报",
        row: "13",
        column: "E（2.6 重大疾病救助人次(人次)）",
        reason: "“很多”不是数字",
      },
      { key: "1", sheet: "", row: "", column: "", reason: "缺少文件" },
    ]);
  });
});

describe("jobPercent", () => {
  it("follows done/total and reaches 100 only when done", () => {
    expect(jobPercent({ state: "running", done: 0, total: 0 })).toBe(0);
    expect(jobPercent({ state: "running", done: 1, total: 3 })).toBe(33);
    expect(jobPercent({ state: "running", done: 3, total: 3 })).toBe(99);
    expect(jobPercent({ state: "done", done: 3, total: 3 })).toBe(100);
  });
});

describe("roundImportMessage", () => {
  it("counts corrections and distinct units", () => {
    expect(roundImportMessage([])).toBe("导入完成：与现有数据相同，未产生审核修正。");
    expect(roundImportMessage([{ unitId: "a" }, { unitId: "a" }, { unitId: "b" }])).toBe(
      "导入完成：记录审核修正 3 项（2 个单位）。",
    );
  });
});
