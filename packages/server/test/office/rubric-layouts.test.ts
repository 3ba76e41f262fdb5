/**
 * The rubric import on tables and documents laid out like real 评分细则 (corpus/README.md): level
 * columns and numbering styles, group points in heading cells, row points at the end of a 工作要求
 * cell, signed 加减分 cells, bonus groups without a stated total, unknown headers judged by content,
 * two-row headers, several tables, and paragraphs-only rubrics. Texts written for these tests.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, xlsxOf } from "./layout-files.js";

/** code, title, max and (leaves) rule kind of every item, depth first. */
function outline(items: readonly Item[]): string[] {
  return items.flatMap((i) => [
    `${i.code} ${i.title} ${i.max}${i.rule !== undefined ? ` ${i.rule.kind}` : ""}${i.cap !== undefined ? ` cap ${i.cap}` : ""}`,
    ...outline(i.children ?? []),
  ]);
}

async function imported(buffer: Buffer, kind: "docx" | "xlsx") {
  const result = await importRubric(buffer, kind);
  if (!result.ok) throw new Error(result.message);
  expect(result.problems).toEqual([]);
  if (result.scheme === undefined) throw new Error("draft does not validate");
  return { ...result, scheme: result.scheme };
}

describe("rubric layouts", () => {
  it("工作内容 | 工作要求 | 考核方法 | 评分标准 | 考核结果 | 得分: group points in the heading, row points after the requirement", async () => {
    const r = await imported(
      await docxOf([
        "某县医保工作质量考评表",
        [
          ["工作内容", "工作要求", "考核方法", "评分标准", "考核结果", "得分"],
          [
            { text: "组织管理（5分）", rowSpan: 2 },
            "成立医保工作领导小组，明确专人负责（2分）",
            "查阅文件",
            "未成立领导小组的扣1分，未明确专人的扣1分。",
            "有□、无□",
            "",
          ],
          [
            "制定年度工作计划并按时总结（3分）",
            "查阅资料",
            "无年度计划的扣2分，无总结的扣1分。",
            "",
            "",
          ],
          [
            { text: "信息报送（6分+2分）", rowSpan: 2 },
            "按时报送医保信息（6分）",
            "查阅记录",
            "信息每少报一次扣1分，扣完为止。",
            "应报  次，实报  次",
            "",
          ],
          [
            "信息被上级采用（2分，为奖励分）",
            "查阅记录",
            "每被采用一篇加0.5分，最高加2分。",
            "",
            "",
          ],
          ["本考评表应得分为11分，奖励分2分。", "", "", "", "", ""],
        ],
      ]),
      "docx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 组织管理 5",
      "1.1 成立医保工作领导小组 2 checklist",
      "1.2 制定年度工作计划并按时总结 3 checklist",
      "2 信息报送 8",
      "2.1 按时报送医保信息 6 occurrences",
      "2.2 信息被上级采用 2 occurrences",
    ]);
    expect(r.summary.unusedColumns).toEqual([]);
    expect(r.summary.warnings.join("")).toContain("本考评表应得分为11分");
  });

  it("考核项目 | 考核内容 | 标准分 | 自评分 | 考核分: merged heading cells with the group's points, items numbered 1、2、", async () => {
    const r = await imported(
      await xlsxOf(
        [
          ["考核项目", "考核内容", "标准分", "自评分", "考核分"],
          [
            "参保扩面 (20分)",
            "1、城乡居民参保率达到95%以上计12分,每低1个百分点扣2分。",
            "12分",
            "",
            "",
          ],
          ["", "2、新生儿参保登记及时计8分,每迟报一例扣1分。", "8分", "", ""],
          ["基金监管 (10分)", "1、未发生违规使用基金问题计10分,发现一起扣5分。", "10分", "", ""],
        ],
        ["A3:A4"],
        "某镇医保目标管理考核计分表",
      ),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 参保扩面 20",
      "1.1 城乡居民参保率达到95%以上计12分 12 steps",
      "1.2 新生儿参保登记及时计8分 8 occurrences",
      "2 基金监管 10 occurrences",
    ]);
    expect(r.scheme.items[0]?.children?.[0]?.rule).toMatchObject({
      from: "95",
      step: "1",
      points: "2",
      direction: "below",
    });
    expect(r.document.title).toBe("某镇医保目标管理考核计分表");
  });

  it("一级指标 | 二级指标 | 三级指标 | 分值 | 评价标准: three level columns, numbered requirements with their points", async () => {
    const r = await imported(
      await xlsxOf(
        [
          ["一级指标", "二级指标", "三级指标", "分值", "评价标准"],
          [
            "产出指标(30分)",
            "数量指标(20分)",
            "救助人次",
            "10",
            "救助人次达到年度目标的得10分，每低5%扣1分。",
          ],
          ["", "", "资金发放", "10", "1.按月足额发放救助资金。(6分) 2.发放记录完整、可查。(4分)"],
          ["", "时效指标(10分)", "审批时限", "10", "超过规定时限审批的，每件扣2分，扣完为止。"],
        ],
        ["A2:A4", "B2:B3"],
      ),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 产出指标 30",
      "1.1 数量指标 20",
      "1.1.1 救助人次 10 steps",
      "1.1.2 资金发放 10",
      "1.1.2.1 按月足额发放救助资金 6 checklist",
      "1.1.2.2 发放记录完整、可查 4 checklist",
      "1.2 时效指标 10",
      "1.2.1 审批时限 10 occurrences",
    ]);
  });

  it("four numbering levels in one column, a heading row with points is a group, a bonus group without a total", async () => {
    const r = await imported(
      await xlsxOf([
        ["考核项目", "分值", "评分标准"],
        ["一、基金管理（10分）", "", ""],
        ["（一）预算执行（6分）", "", ""],
        ["1.预算编制及时（2分）", "", "未按时编制的不得分。"],
        ["2.执行进度（4分）", "", ""],
        ["1）上半年执行率达到50%（2分）", "", "未达到的扣2分。"],
        ["2）全年执行率达到95%（2分）", "", "每低1个百分点扣0.5分。"],
        ["（二）结余控制", "4", "结余率超过10%的，每超1个百分点扣0.5分，扣完为止。"],
        ["二、加分项目", "", ""],
        ["1.经验做法被省级推广的", "+2", ""],
        ["2.工作信息被国家级采用的", "+3", ""],
      ]),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 基金管理 10",
      "1.1 预算执行 6",
      "1.1.1 预算编制及时 2 checklist",
      "1.1.2 执行进度 4",
      "1.1.2.1 上半年执行率达到50% 2 checklist",
      "1.1.2.2 全年执行率达到95% 2 steps",
      "1.2 结余控制 4 steps",
      "2 加分项目 5 cap 5",
      "2.1 经验做法被省级推广的 2 occurrences",
      "2.2 工作信息被国家级采用的 3 occurrences",
    ]);
    expect(r.summary.warnings.join("")).toContain("加分项未写明总分");
    // 每超1个百分点扣0.5分 above a ceiling: steps "over" from the ceiling.
    expect(r.scheme.items[0]?.children?.[1]?.rule).toMatchObject({
      kind: "steps",
      direction: "over",
      from: "10",
      step: "1",
      points: "0.5",
    });
  });

  it("unknown headers are judged by content; a column nobody uses is reported", async () => {
    const r = await imported(
      await xlsxOf([
        ["工作事项", "分", "打分规则", "联系人"],
        ["参保登记", "5", "未按时完成参保登记的，每户扣0.5分，扣完为止。", "张三"],
        ["待遇核查", "5", "核查发现错误的，每例扣1分，扣完为止。", "李四"],
      ]),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 参保登记 5 occurrences",
      "2 待遇核查 5 occurrences",
    ]);
    expect(r.summary.unusedColumns).toEqual(["联系人"]);
    expect(r.summary.warnings.join("")).toContain("联系人");
  });

  it("a header over two rows (merged cells), several level columns under one name", async () => {
    const r = await imported(
      await xlsxOf(
        [
          ["考核指标", "", "分值", "评分标准"],
          ["一级指标", "二级指标", "", ""],
          ["经办管理(8分)", "窗口建设", "4", "未设立服务窗口的不得分。"],
          ["", "业务培训", "4", "每年培训少于2次的，每少1次扣2分。"],
        ],
        ["A1:B1", "C1:C2", "D1:D2", "A3:A4"],
      ),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 经办管理 8",
      "1.1 窗口建设 4 checklist",
      "1.2 业务培训 4 quota",
    ]);
  });

  it("several tables: a table continued after a page break, a separate bonus table; 一票否决 in 备注", async () => {
    const r = await imported(
      await docxOf([
        "某区医疗保障工作考核细则",
        [
          ["序号", "项目", "分值", "评分标准", "备注"],
          [
            "1",
            "基金安全",
            "10",
            "发生基金被骗取案件的，每起扣5分。",
            "发生重大欺诈骗保案件的，一票否决。",
          ],
        ],
        [["2", "政策宣传", "5", "宣传活动每少一次扣1分。", ""]],
        "加分项目",
        [
          ["项目", "评分标准", "加分"],
          ["创新做法", "工作经验被市级以上推广的，每项加1分，最多加3分。", "3"],
        ],
      ]),
      "docx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 基金安全 10 occurrences",
      "2 政策宣传 5 occurrences",
      "3 加分项目 3 cap 3",
      "3.1 创新做法 3 occurrences",
    ]);
    // The veto in 备注 gates the item; its own 每起扣5分 stays its rule (decision 0302).
    expect(r.scheme.items[0]?.gate).toMatchObject({ effect: "veto" });
    expect(r.scheme.items[0]?.rule).toMatchObject({ terms: [{ points: "5" }] });
  });

  it("a rubric written as paragraphs: 一、…（20分） 1.…（8分）。rules", async () => {
    const r = await imported(
      await docxOf([
        "某县医保工作考核办法",
        "一、基金监管（20分）",
        "1.内控制度（8分）。建立基金内控制度并有效执行的得8分，未建立的不得分。",
        "2.违规查处（12分）。发现违规使用基金的，每起扣3分，扣完为止。",
        "二、经办服务（10分）",
        "1.窗口建设（10分）。服务窗口每少一个扣2分。",
      ]),
      "docx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 基金监管 20",
      "1.1 内控制度 8 checklist",
      "1.2 违规查处 12 occurrences",
      "2 经办服务 10",
      "2.1 窗口建设 10 occurrences",
    ]);
  });
});
