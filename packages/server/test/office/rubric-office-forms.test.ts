/**
 * Forms of 细则 found printing them as offices do (decision 0330), read the same from a .docx: a
 * 文件 (red head, 发文字号, the notice) before the 附件 holding the table takes its title from under
 * the 附件 mark; a 考核内容 column of categories with their points before a 具体项目 column is a
 * level; a paragraph after a paragraphs-only rubric's last item is a note, not that item's text.
 * (Each failed before: the red head was the title, the categories were read as items, the note
 * was read into the last item's standard.)
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, PAGE_BREAK } from "./layout-files.js";

type Node = { title: string; max: unknown; children?: Node[] };
const outline = (items: Node[]): string[] =>
  items.flatMap((i) => [
    `${i.title} ${String(i.max)}`,
    ...outline(i.children ?? []).map((l) => `  ${l}`),
  ]);

async function draft(parts: Parameters<typeof docxOf>[0]) {
  const result = await importRubric(await docxOf(parts), "docx");
  if (!result.ok) throw new Error(result.message);
  return {
    title: result.document.title,
    items: outline(result.document.items as unknown as Node[]),
    warnings: result.summary.warnings,
    description: result.document.description,
  };
}

describe("细则 as offices print them, read from a .docx", () => {
  it("a 文件 before the 附件: the title is the 附件's, the categories a level", async () => {
    const read = await draft([
      "清河县卫生健康局文件",
      "清卫发〔2028〕3号",
      "关于印发考核办法的通知",
      "各单位：现将考核办法印发给你们，请遵照执行。",
      PAGE_BREAK,
      "附件2",
      "清河县2028年度家庭医生签约服务考核办法",
      [
        ["考核内容", "具体项目", "分值", "评分标准"],
        [{ text: "签约服务（30分）", rowSpan: 2 }, "签约率", "20", "签约率每低1个百分点扣2分。"],
        ["履约记录", "10", "履约记录缺失的，每份扣1分。"],
        [{ text: "健康管理（20分）", rowSpan: 1 }, "随访", "20", "未按期随访的，每人次扣1分。"],
      ],
    ]);
    expect(read.title).toBe("清河县2028年度家庭医生签约服务考核办法");
    expect(read.items).toEqual([
      "签约服务 30",
      "  签约率 20",
      "  履约记录 10",
      "健康管理 20",
      "  随访 20",
    ]);
  });

  it("a paragraph after the last item of a rubric of paragraphs is a note, kept as the scheme's 说明", async () => {
    const read = await draft([
      "清河县2028年度公共卫生考核办法",
      "一、预防接种（10分）",
      "1.接种率（6分）。接种率每低1个百分点扣1分。",
      "2.冷链管理（4分）。冷链记录不全的，每次扣0.5分。",
      "本办法所称接种单位，指辖区内承担预防接种任务的医疗卫生机构。",
    ]);
    expect(read.items).toEqual(["预防接种 10", "  接种率 6", "  冷链管理 4"]);
    // Decision 0335: it says nothing of scoring (it was «细则末尾的说明未导入»): kept, said once.
    expect(read.warnings).toContain(
      "已作为方案说明保留（1条）：本办法所称接种单位，指辖区内承担预防接种任务的医疗卫生机构。",
    );
    expect(read.description).toBe("本办法所称接种单位，指辖区内承担预防接种任务的医疗卫生机构。");
  });
});
