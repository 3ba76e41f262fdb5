/**
 * 加分项目 and 扣分项目 written in the category column (考核类别) one under the other, not as rows
 * across the table: each is a part of its own at the top. Before, the 扣分项目 row nested under
 * the 加分项目 above it (a 0-point bonus group holding the deductions), so its deductions were
 * capped at 0 inside the bonus instead of being taken from the unit's total. Wording written for
 * this test.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, xlsxOf } from "./layout-files.js";

const rows = [
  ["考核类别", "考核内容", "分值", "评分办法"],
  ["一、基金监管（10分）", "专项检查", "6", "按计划完成专项检查的得6分，每少1家扣1分。"],
  ["", "智能审核", "4", "智能审核规则全部上线的得4分，未上线的不得分。"],
  ["奖励加分（最高3分）", "典型经验", "", "典型经验被市级以上刊物刊发的加1分。"],
  ["", "创新试点", "", "承担省级以上改革试点的加2分。"],
  ["减分项目", "信访事件", "", "因工作不力引发群体性信访的，每起扣3分。"],
  ["", "数据报送", "", "统计数据弄虚作假的，每次扣2分。"],
];

async function topLevel(file: Buffer, format: "docx" | "xlsx") {
  const r = await importRubric(file, format);
  if (!r.ok) throw new Error(r.message);
  return r.document.items as Item[];
}

describe("加分 and 扣分 parts in the category column", () => {
  it.each([
    ["xlsx", async () => xlsxOf(rows)],
    ["docx", async () => docxOf(["某县医保考核细则", rows])],
  ] as const)("are parts of their own at the top (%s)", async (format, make) => {
    const items = await topLevel(await make(), format);
    expect(items.map((i) => i.title)).toEqual(["基金监管", "奖励加分", "减分项目"]);
    const bonus = items[1];
    expect(bonus?.children?.map((c) => c.title)).toEqual(["典型经验", "创新试点"]);
    // The deduction is taken from the unit's total, not held in a 0-point item of the bonus.
    const deductions = items[2]?.children ?? [];
    expect(deductions.map((c) => c.title)).toEqual(["信访事件", "数据报送"]);
    for (const d of deductions) expect(d.rule).toMatchObject({ kind: "toTotal", sign: "minus" });
  });
});
