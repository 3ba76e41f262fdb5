/** The PDF reader's text (decision 0324): characters as printed, lines of a cell, a range's wave dash. */
import { describe, expect, it } from "vitest";
import { joinLines, lineText, printedText, type Line } from "../../src/office/rubric/pdf/text.js";
import { importRows } from "./layout-files.js";

const line = (...runs: [string, number, number][]): Line => ({
  runs: runs.map(([text, x, right]) => ({ text, x, right, y: 100, size: 10 })),
  x: runs[0]?.[1] ?? 0,
  right: runs[runs.length - 1]?.[2] ?? 0,
  y: 100,
  size: 10,
});

describe("PDF text", () => {
  it.each([
    ["⼯作", "工作"],
    ["⻄川县", "西川县"],
    ["⾦额", "金额"],
    ["扣 5 分（２分）", "扣 5 分（２分）"],
  ])("printed %s → %s (full-width kept)", (pdf, read) => {
    expect(printedText(pdf)).toBe(read);
  });

  it("drops the spaces a PDF puts between Chinese characters, keeps them between figures and words", () => {
    expect(lineText(line(["开展", 0, 20], ["打击", 24, 44]))).toBe("开展打击");
    expect(lineText(line(["开展 打击 欺诈", 0, 60]))).toBe("开展打击欺诈");
    expect(lineText(line(["DRG", 0, 20], ["2.0", 25, 40]))).toBe("DRG 2.0");
    expect(lineText(line(["扣", 0, 10], ["5", 12, 17], ["分", 19, 29]))).toBe("扣5分");
  });

  it("joins a cell's wrapped lines; a numbered line starts a line of its own", () => {
    expect(joinLines(["未开展专项行动的扣5分；", "每发现一起问题扣1分"])).toBe(
      "未开展专项行动的扣5分；每发现一起问题扣1分",
    );
    expect(joinLines(["（1）超时办结的，每", "件扣0.5分；", "（2）投诉查实的，每件扣1分。"])).toBe(
      "（1）超时办结的，每件扣0.5分；\n（2）投诉查实的，每件扣1分。",
    );
  });

  it("reads a range written with a wave dash 〜 (a PDF's font prints ～ with it) as with ～", async () => {
    const { leaves } = await importRows([
      ["异地就医", "7", "结算率≥70%得7分，60%（含）〜70%得4分，＜60%不得分。"],
    ]);
    const { leaves: tilde } = await importRows([
      ["异地就医", "7", "结算率≥70%得7分，60%（含）～70%得4分，＜60%不得分。"],
    ]);
    expect(leaves[0]?.rule).toEqual(tilde[0]?.rule);
    expect(leaves[0]?.rule.kind).toBe("bands");
  });
});
