/**
 * A 权重 column (issue 12, decision 0301): percentages (20%, 15％) and, under a header 权重,
 * fractions of one (0.2) are each item's share of a total of 100 — read as points, with the draft
 * saying how — instead of 0 分 with a warning. Points written as points stay as they are.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, xlsxOf } from "./layout-files.js";
import { outlineLines } from "./unseen-measure.js";

const standards = [
  ["党建工作", "未按时召开会议的每次扣2分，扣完为止。"],
  ["安全生产", "发生一般安全事故的扣5分。"],
  ["营商环境", "群众满意度达到90%以上的得满分，每低1个百分点扣1分。"],
];

/** 序号 | 指标 | <header> | 评分标准, one row per standard with its weight. */
const rowsOf = (header: string, weights: string[]) => [
  ["序号", "指标", header, "评分标准"],
  ...standards.map(([title, standard], i) => [
    String(i + 1),
    title ?? "",
    weights[i] ?? "",
    standard ?? "",
  ]),
];

async function imported(file: Buffer, kind: "xlsx" | "docx" = "xlsx") {
  const result = await importRubric(file, kind);
  if (!result.ok) throw new Error(result.message);
  return {
    points: (result.document.items as { max: string }[]).map((i) => i.max),
    description: result.document.description,
    warnings: result.summary.warnings,
    valid: result.scheme !== undefined,
  };
}

const percentNote = "分值按“权重”列换算：各项分值 = 权重 × 总分 100 分（如 20% 记 20 分），请核对";
const fractionNote = "分值按“权重”列换算：各项分值 = 权重 × 总分 100 分（如 0.2 记 20 分），请核对";

describe("a 权重 column", () => {
  it.each([
    ["percentages", "权重", ["20%", "30%", "50%"], ["20", "30", "50"], percentNote],
    ["full-width signs", "权重", ["20.5％", "29.5％", "50％"], ["20.5", "29.5", "50"], percentNote],
    ["percentages under 分值", "分值", ["20%", "30%", "50%"], ["20", "30", "50"], percentNote],
    ["fractions under 权重", "权重", ["0.2", "0.3", "0.5"], ["20", "30", "50"], fractionNote],
    [
      "fractions under 权重(%)",
      "权重(%)",
      ["0.25", "0.25", "0.5"],
      ["25", "25", "50"],
      fractionNote,
    ],
  ])(
    "reads %s as shares of 100 points, and the draft says so",
    async (_, header, cells, points, note) => {
      const got = await imported(await xlsxOf(rowsOf(header, cells)));
      expect(got.points).toEqual(points);
      expect(got.warnings).toEqual([note]);
      // The import's remark is said, not printed as the scheme's 说明 (0335).
      expect(got.description).toBeUndefined();
      expect(got.valid).toBe(true);
    },
  );

  it("reads a Word table the same way", async () => {
    const got = await imported(await docxOf([rowsOf("权重", ["15%", "35%", "50%"])]), "docx");
    expect(got.points).toEqual(["15", "35", "50"]);
    expect(got.warnings).toEqual([percentNote]);
  });

  it("says so when the weights do not come to 100%", async () => {
    const got = await imported(await xlsxOf(rowsOf("权重", ["20%", "30%", "40%"])));
    expect(got.points).toEqual(["20", "30", "40"]);
    expect(got.warnings).toEqual([
      percentNote,
      "按权重换算的分值合计 90 分，不是 100 分（权重合计不是 100%），请核对",
    ]);
  });

  it("reads the levels' own weight columns (一级指标 | 权重 | 二级指标 | 权重) as shares of the same 100", async () => {
    const result = await importRubric(
      await xlsxOf(
        [
          ["一级指标", "权重", "二级指标", "权重", "评分标准"],
          ["党的建设", "40%", "组织建设", "20%", standards[0]?.[1] ?? ""],
          ["", "", "作风建设", "20%", standards[1]?.[1] ?? ""],
          ["经济发展", "60%", "营商环境", "60%", standards[2]?.[1] ?? ""],
        ],
        ["A2:A3", "B2:B3"],
      ),
      "xlsx",
    );
    if (!result.ok) throw new Error(result.message);
    const items = result.document.items as { max: string; children?: { max: string }[] }[];
    expect(items.map((i) => [i.max, ...(i.children ?? []).map((c) => c.max)])).toEqual([
      ["40", "20", "20"],
      ["60", "60"],
    ]);
    expect(result.summary.warnings).toEqual([percentNote]);
    // The second 权重 column is the 二级指标's points, not a third level of items named "20%".
    expect(outlineLines(result.document.items as Item[])).toEqual([
      "1 党的建设 40",
      "1.1 组织建设 20",
      "1.2 作风建设 20",
      "2 经济发展 60",
      "2.1 营商环境 60",
    ]);
  });

  // Under 权重, plain figures that do not come to 100 are said to be read as points (0319).
  it.each([
    ["points under 权重", "权重", ["20", "30", "50"], ["20", "30", "50"], []],
    ["fractions of a point under 分值", "分值", ["0.5", "0.5", "1"], ["0.5", "0.5", "1"], []],
    [
      "figures above 1 under 权重",
      "权重",
      ["0.5", "1.5", "3"],
      ["0.5", "1.5", "3"],
      ["“权重”列的数字已按分值读取，各项合计 5 分，不是 100 分；如为所占比重，请按总分换算后核对"],
    ],
  ])("leaves %s as points", async (_, header, cells, points, warnings) => {
    const got = await imported(await xlsxOf(rowsOf(header, cells)));
    expect(got.points).toEqual(points);
    expect(got.warnings).toEqual(warnings);
    expect(got.description).toBeUndefined();
  });
});
