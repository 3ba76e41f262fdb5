/**
 * More layouts real 评分细则 come in (issue 12, task reader-tables): a workbook with one sheet per
 * 一级指标 plus 加分项 and 一票否决 sheets, a separate list of veto conditions, tables continued
 * after a page break with and without the header repeated, headers over three merged rows, four
 * levels in separate columns and inline in one cell, item maxima written in the standard, signed
 * points in a bonus column, a scoring 备注, a second naming column with an unknown header and an
 * unused column that is reported. Texts written for these tests, in other counties' wording.
 */
import type { Item } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { docxOf, PAGE_BREAK, workbookOf, xlsxOf } from "./layout-files.js";

/** code, title, max, (leaves) rule kind, veto gate and cap of every item, depth first. */
function outline(items: readonly Item[]): string[] {
  return items.flatMap((i) => [
    `${i.code} ${i.title} ${i.max}${i.rule !== undefined ? ` ${i.rule.kind}` : ""}${i.gate?.effect === "veto" ? " 否决" : ""}${i.cap !== undefined ? ` cap ${i.cap}` : ""}`,
    ...outline(i.children ?? []),
  ]);
}

async function imported(buffer: Buffer, kind: "docx" | "xlsx") {
  const result = await importRubric(buffer, kind);
  if (!result.ok) throw new Error(result.message);
  expect(result.problems, outline(result.document.items as Item[]).join("\n")).toEqual([]);
  if (result.scheme === undefined) throw new Error("draft does not validate");
  return { ...result, scheme: result.scheme };
}

describe("rubric layouts (more)", () => {
  it("a workbook: one sheet per 一级指标 under a title row and a two-row header, a 加分项 sheet (+2/+30), a 一票否决 sheet", async () => {
    const header = [
      ["序号", "评价指标", "", "标准分", "评分细则", "自评分"],
      ["", "一级", "二级", "", "", ""],
    ];
    const merges = ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3"];
    const r = await imported(
      await workbookOf([
        {
          name: "基金运行",
          rows: [
            ["青山县医疗保障局2027年度考评细则"],
            ...header,
            [
              "1",
              "基金运行（15分）",
              "基金收支预算",
              "8",
              "预算执行偏差率超过5%的，每超1个百分点扣1分。",
              "",
            ],
            ["2", "", "欠费清缴", "7", "欠缴单位每有1户未清缴的扣0.5分，扣完为止。", ""],
          ],
          merges: ["A1:F1", ...merges, "B4:B5"],
        },
        {
          name: "待遇落实",
          rows: [
            ...header,
            ["3", "待遇落实（10分）", "报销时限", "10", "报销超过20个工作日的，每件扣1分。", ""],
          ],
          merges: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2"],
        },
        {
          name: "加分项",
          rows: [
            ["序号", "加分事项", "加分", "说明"],
            ["1", "承办全市医保现场会", "+30", ""],
            ["2", "医保工作获市级以上领导肯定性批示", "+2", "每次"],
          ],
        },
        {
          name: "一票否决",
          rows: [
            ["序号", "否决情形"],
            ["1", "发生医保基金重大安全事故的"],
            ["2", "考核资料弄虚作假的"],
          ],
        },
      ]),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 基金运行 15",
      "1.1 基金收支预算 8 steps",
      "1.2 欠费清缴 7 occurrences",
      "2 待遇落实 10",
      "2.1 报销时限 10 occurrences",
      "3 加分项 32 cap 32",
      "3.1 承办全市医保现场会 30 occurrences",
      "3.2 医保工作获市级以上领导肯定性批示 2 occurrences",
      "4 一票否决 0",
      "4.1 发生医保基金重大安全事故的 0 checklist 否决",
      "4.2 考核资料弄虚作假的 0 checklist 否决",
    ]);
    expect(r.document.title).toBe("青山县医疗保障局2027年度考评细则");
    expect(r.summary.unusedColumns).toEqual([]);
    expect(r.summary.warnings.join("")).toContain("加分项未写明总分");
    expect(r.summary.warnings.join("")).not.toContain("一票否决：未写明分值");
  });

  it("a table continued after a page break: without a header, and with the header repeated, the merged group goes on", async () => {
    const head = ["项目", "考核要点", "分值", "评分办法"];
    const r = await imported(
      await docxOf([
        "石门镇医保工作考核表",
        [
          head,
          [
            { text: "一、经办管理（16分）", rowSpan: 2 },
            "1.窗口服务规范",
            "4",
            "服务不规范被投诉的，每次扣1分。",
          ],
          ["2.业务台账齐全", "4", "台账缺一项扣1分。"],
        ],
        PAGE_BREAK,
        [["", "3.按时上报报表", "4", "迟报一次扣0.5分。"]],
        PAGE_BREAK,
        [
          head,
          ["", "4.政策宣传到位（4分）", "", "未开展宣传的不得分。"],
          ["二、基金安全（8分）", "1.无违规支付", "8", "发现违规支付的，每例扣2分。"],
        ],
      ]),
      "docx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 经办管理 16",
      "1.1 窗口服务规范 4 occurrences",
      "1.2 业务台账齐全 4 occurrences",
      "1.3 按时上报报表 4 occurrences",
      "1.4 政策宣传到位 4 checklist",
      "2 基金安全 8 occurrences",
    ]);
    // The document's header has four named columns; nothing is reported unused.
    expect(r.summary.unusedColumns).toEqual([]);
  });

  it("a header over three merged rows", async () => {
    const r = await imported(
      await xlsxOf(
        [
          ["考核内容", "", "", "考核分值", "考核评分办法"],
          ["指标", "", "", "", ""],
          ["一级", "二级", "三级", "", ""],
          ["服务能力（10分）", "窗口（10分）", "综合柜员制", "6", "未实行综合柜员制的扣6分。"],
          ["", "", "延时服务", "4", "未提供延时服务的扣4分。"],
        ],
        ["A1:C1", "A2:C2", "D1:D3", "E1:E3", "A4:A5", "B4:B5"],
      ),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 服务能力 10",
      "1.1 窗口 10",
      "1.1.1 综合柜员制 6 checklist",
      "1.1.2 延时服务 4 checklist",
    ]);
  });

  it("four levels in four columns with merged cells, and inline in one cell (考核内容及评分方法：1.…〔0.5分〕；2.…)", async () => {
    const r = await imported(
      await xlsxOf(
        [
          ["一级指标", "二级指标", "三级指标", "四级指标", "分值", "评分标准"],
          [
            "一、医保服务（6分）",
            "（一）经办（6分）",
            "1.经办效率（6分）",
            "(1)即时结算",
            "2",
            "即时结算率低于90%的不得分。",
          ],
          [
            "",
            "",
            "",
            "(2)材料审核",
            "4",
            "考核内容及评分方法：1.审核材料齐全〔0.5分〕；2.审核意见明确〔1.5分〕；3.审核时限符合要求〔2分〕。",
          ],
        ],
        ["A2:A3", "B2:B3", "C2:C3"],
      ),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 医保服务 6",
      "1.1 经办 6",
      "1.1.1 经办效率 6",
      "1.1.1.1 即时结算 2 checklist",
      "1.1.1.2 材料审核 4",
      "1.1.1.2.1 审核材料齐全 0.5 checklist",
      "1.1.1.2.2 审核意见明确 1.5 checklist",
      "1.1.1.2.3 审核时限符合要求 2 checklist",
    ]);
  });

  it("item maxima written in the standard: 最高不超过N分 / 最多N分 / 上限N分 / 封顶N分", async () => {
    const r = await imported(
      await xlsxOf([
        ["序号", "项目", "分值", "评分标准"],
        ["一", "加分项目", "", ""],
        ["1", "信息采用", "", "信息被市级采用的每篇加0.5分，最高不超过2分。"],
        ["2", "典型发言", "", "在全市会议上作典型发言的，每次加1分，最多3分。"],
        ["3", "创新案例", "", "创新案例入选省级案例库的，每个加2分，上限4分。"],
        ["4", "媒体宣传", "", "工作经验被省级以上媒体报道的，每次加1分，封顶5分。"],
      ]),
      "xlsx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 加分项目 14 cap 14",
      "1.1 信息采用 2 occurrences",
      "1.2 典型发言 3 occurrences",
      "1.3 创新案例 4 occurrences",
      "1.4 媒体宣传 5 occurrences",
    ]);
    expect(r.summary.warnings.join("")).toContain("加分项未写明总分");
  });

  it("类别 | 工作事项 (unknown) | 分值 | 计分规则 (unknown) | 备注 that scores | 经办人 (unused, reported)", async () => {
    const r = await imported(
      await docxOf([
        "清水县医保经办机构考核细则",
        [
          ["类别", "工作事项", "分值", "计分规则", "备注", "经办人"],
          [
            { text: "稽核管理（10分）", rowSpan: 2 },
            "稽核计划",
            "4",
            "未制定年度稽核计划的扣4分。",
            "",
            "王某",
          ],
          ["稽核整改", "6", "稽核发现问题未整改的，每件扣1分。", "最多扣6分", "李某"],
          ["一票否决", "瞒报案件", "", "瞒报、漏报欺诈骗保案件的。", "一票否决", "王某"],
        ],
      ]),
      "docx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 稽核管理 10",
      "1.1 稽核计划 4 checklist",
      "1.2 稽核整改 6 occurrences",
      "2 一票否决 0",
      "2.1 瞒报案件 0 checklist 否决",
    ]);
    expect(r.summary.unusedColumns).toEqual(["经办人"]);
    expect(r.summary.warnings.filter((w) => w.includes("经办人"))).toHaveLength(1);
  });

  it("paragraphs: a 加分项目 heading without points and a 一票否决 part", async () => {
    const r = await imported(
      await docxOf([
        "红岩县医疗救助工作考核办法",
        "一、救助落实（10分）",
        "1.资金发放（6分）。救助资金未按时发放的，每人次扣1分。",
        "2.档案管理（4分）。档案不全的，每份扣0.5分，扣完为止。",
        "二、加分项目",
        "1.经验推广（2分）。经验被市级推广的，每次加1分。",
        "三、一票否决",
        "发生冒领救助资金重大案件的，实行一票否决。",
      ]),
      "docx",
    );
    expect(outline(r.scheme.items)).toEqual([
      "1 救助落实 10",
      "1.1 资金发放 6 occurrences",
      "1.2 档案管理 4 occurrences",
      "2 加分项目 2 cap 2",
      "2.1 经验推广 2 occurrences",
      "3 一票否决 0 checklist 否决",
    ]);
  });
});
