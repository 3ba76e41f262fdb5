/**
 * A 序号 numbering every row beside a group cell merged down its rows (1 | 基金监管（8分）| 日常稽核 |
 * 5 | …; 2 | ↓ | 信息报送 | 3 | …): the group's first row is its first item, named by the content
 * column, in its place — it used to become the last item, named after the group (decision 0318).
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, xlsxOf } from "./layout-files.js";

function outline(items: readonly Item[]): string[] {
  return items.flatMap((i) => [`${i.code} ${i.title} ${i.max}`, ...outline(i.children ?? [])]);
}

async function read(buffer: Buffer, kind: "docx" | "xlsx") {
  const r = await importRubric(buffer, kind);
  if (!r.ok) throw new Error(r.message);
  return outline(r.document.items as Item[]);
}

describe("a numbered row that starts a merged group", () => {
  it("is the group's first item (.docx, group cell merged down)", async () => {
    const lines = await read(
      await docxOf([
        "东岭县医保工作考核表",
        [
          ["序号", "考核项目", "考核内容", "分值", "评分标准"],
          [
            "1",
            { text: "待遇保障（10分）", rowSpan: 3 },
            "门诊慢特病",
            "4",
            "未按时认定的每例扣0.5分。",
          ],
          ["2", "医疗救助", "3", "救助对象资助参保每漏1人扣0.5分。"],
          ["3", "长期护理", "3", "未开展政策宣传的扣1分。"],
          ["4", "档案管理（5分）", "业务档案", "5", "档案不全的每份扣0.2分。"],
        ],
      ]),
      "docx",
    );
    expect(lines.slice(0, 4)).toEqual([
      "1 待遇保障 10",
      "1.1 门诊慢特病 4",
      "1.2 医疗救助 3",
      "1.3 长期护理 3",
    ]);
    expect(lines.some((l) => /^\S+ 待遇保障 4$/.test(l))).toBe(false);
    // The next group stands beside it, not under it.
    expect(lines.filter((l) => /^\d+ /.test(l))).toHaveLength(2);
  });

  it("is the group's first item (.xlsx, merged group cell)", async () => {
    const lines = await read(
      await xlsxOf(
        [
          ["序号", "考核项目", "考核内容", "分值", "评分标准"],
          ["1", "基金监管（7分）", "专项检查", "4", "少检查一家扣0.5分。"],
          ["2", "", "举报奖励", "3", "未兑现举报奖励的扣1分。"],
        ],
        ["B2:B3"],
      ),
      "xlsx",
    );
    expect(lines).toEqual(["1 基金监管 7", "1.1 专项检查 4", "1.2 举报奖励 3"]);
  });

  it("leaves a 序号 merged down with the group as the group's number", async () => {
    const lines = await read(
      await xlsxOf(
        [
          ["序号", "考核项目", "考核内容", "分值", "评分标准"],
          ["1", "基金监管（7分）", "专项检查", "4", "少检查一家扣0.5分。"],
          ["", "", "举报奖励", "3", "未兑现举报奖励的扣1分。"],
          ["2", "经办服务（5分）", "窗口建设", "5", "未建立的不得分。"],
        ],
        ["A2:A3", "B2:B3"],
      ),
      "xlsx",
    );
    expect(lines.slice(0, 3)).toEqual(["1 基金监管 7", "1.1 专项检查 4", "1.2 举报奖励 3"]);
    expect(lines.filter((l) => /^\d+ /.test(l))).toHaveLength(2);
  });

  it("leaves rows whose item cell has no points of its own as items of their own", async () => {
    const lines = await read(
      await xlsxOf([
        ["序号", "考核项目", "考核内容", "分值", "评分标准"],
        ["1", "参保扩面", "居民参保", "5", "参保率每低1个百分点扣1分。"],
        ["2", "基金监管", "专项检查", "4", "少检查一家扣0.5分。"],
      ]),
      "xlsx",
    );
    expect(lines).toEqual(["1 参保扩面 5", "2 基金监管 4"]);
  });
});
