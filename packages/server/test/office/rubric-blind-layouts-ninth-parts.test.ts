/**
 * The readings of the ninth December blind round (decision 0340), each on other documents and
 * wordings than the blind ones (each failing before the fix): words beside the figure in a 分值
 * cell, points opening a 评分方法 cell, a 备注 column that scores where there is no 评分标准 column,
 * two header rows over two levels of points, Word's line breaks inside numbered lines, a 汇总
 * sheet's title.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, workbookOf } from "./layout-files.js";

type Node = {
  title: string;
  max: string;
  standard?: string;
  notes?: string;
  children?: Node[];
  rule?: { kind: string };
};

async function read(bytes: Buffer, kind: "docx" | "xlsx") {
  const r = await importRubric(bytes, kind);
  if (!r.ok) throw new Error(r.message);
  const items = r.document.items as unknown as Node[];
  const lines = (list: Node[], depth = 0): string[] =>
    list.flatMap((i) => [`${depth} ${i.title} ${i.max}`, ...lines(i.children ?? [], depth + 1)]);
  const flat = (list: Node[]): Node[] => list.flatMap((i) => [i, ...flat(i.children ?? [])]);
  return {
    lines: lines(items),
    item: (title: string) => flat(items).find((i) => i.title === title),
    warnings: r.summary.warnings.join("\n"),
    title: r.document.title,
  };
}

describe("a 分值 cell with words beside its figure (decision 0340)", () => {
  it("reads the figure before a bracketed remark as the points and keeps the remark with the standard", async () => {
    const got = await read(
      await workbookOf([
        {
          name: "评分表",
          rows: [
            ["序号", "工作任务", "分值", "评分办法"],
            ["1", "稽核台账", "8（每半年4分）", "未按半年建立稽核台账的，每次扣4分。"],
            ["2", "信息报送", "24（每月2分）", "未按月报送医保运行信息的，每次扣2分。"],
            ["3", "队伍培训", "6分", "未组织业务培训的扣6分。"],
          ],
        },
      ]),
      "xlsx",
    );
    expect(got.lines).toEqual(["0 稽核台账 8", "0 信息报送 24", "0 队伍培训 6"]);
    expect(got.item("信息报送")?.standard).toContain("每月2分");
    expect(got.item("信息报送")?.rule?.kind).toBe("occurrences");
    expect(got.warnings).toContain("24（每月2分）");
    expect(got.warnings).toContain("请核对");
  });
});

describe("points opening a standard cell (decision 0340)", () => {
  it("reads «满分6分：», «本项共9分，», «（12分）» at the start of a 计分办法 beside a 评价标准 as the row's points", async () => {
    const got = await read(
      await docxOf([
        "北湖区医疗保障服务站考核办法",
        [
          ["序号", "工作项目", "评价标准", "计分办法"],
          [
            "1",
            "政策公示",
            "在服务站醒目位置公示医保政策和办事流程。",
            "满分6分：公示内容缺一项扣1分。",
          ],
          ["2", "代办服务", "为群众代办医保业务。", "本项共9分，代办超时的每件扣1分。"],
          ["3", "问题上报", "发现问题及时上报。", "（12分）迟报、漏报的每次扣3分。"],
        ],
      ]),
      "docx",
    );
    expect(got.lines).toEqual(["0 政策公示 6", "0 代办服务 9", "0 问题上报 12"]);
    expect(got.item("代办服务")?.rule?.kind).toBe("occurrences");
    expect(got.warnings).not.toContain("未写明分值");
  });
});
