/**
 * The readings of the ninth December blind round (decision 0340), each on other documents and
 * wordings than the blind ones (each failing before the fix): words beside the figure in a 分值
 * cell, points opening a 评分方法 cell, a 备注 column that scores where there is no 评分标准 column,
 * two header rows over two levels of points, Word's line breaks inside numbered lines, a 汇总
 * sheet's title.
 */
import { describe, expect, it } from "vitest";
import { readOutline as read } from "./imported-item.js";
import { docxOf, workbookOf } from "./layout-files.js";
import { tableDocx } from "./heldout/blind-2026-12l-pages.js";

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

const down = (text: string, rowSpan: number) => ({ text, rowSpan });

describe("points at two levels under a 序号 merged down with its 一级 (decision 0340)", () => {
  it("nests every 二级 under its 一级, keeps each level's 分值 and names a group whose parts do not add up", async () => {
    const got = await read(
      await docxOf([
        "东安县2027年度医保经办绩效评价表",
        [
          [down("序号", 2), { text: "评价指标", colSpan: 4 }, down("评分细则", 2)],
          ["一级指标", "分值", "二级指标", "分值"],
          [
            down("一", 2),
            down("经办管理", 2),
            down("15", 2),
            "业务规程",
            "9",
            "未按经办规程办理的，每件扣3分。",
          ],
          ["内控检查", "6", "未按季度开展内控检查的，每次扣2分。"],
          [
            down("二", 3),
            down("服务质量", 3),
            down("16", 3),
            "限时办结",
            "5",
            "超时办结的，每件扣1分。",
          ],
          ["投诉处理", "5", "投诉未按期回复的，每件扣1分。"],
          ["满意度", "4", "满意度低于90%的扣4分。"],
        ],
      ]),
      "docx",
    );
    expect(got.lines).toEqual([
      "0 经办管理 15",
      "1 业务规程 9",
      "1 内控检查 6",
      "0 服务质量 16",
      "1 限时办结 5",
      "1 投诉处理 5",
      "1 满意度 4",
    ]);
    // 5 + 5 + 4 = 14, not the 16 written: the group and both figures are named.
    expect(got.warnings).toMatch(/服务质量[^\n]*14[^\n]*16|服务质量[^\n]*16[^\n]*14/);
    expect(got.warnings).toContain("请核对");
  });
});

describe("Word's line breaks inside a cell's lines (decision 0340)", () => {
  it("joins a line Shift+Enter broke mid-sentence and keeps the breaks before numbered lines", async () => {
    const got = await read(
      await tableDocx({
        title: "零陵区2027年度医保基金运行考核表",
        widths: [700, 1800, 900, 5600],
        rows: [
          ["序号", "考核项目", "分值", "评分标准"],
          [
            "1",
            "基金结算",
            "9",
            "1.月度结算清单按时\n上传（5分）；\n2.年度清算报告按期\n报送市局（4分）。",
          ],
          ["2", "费用审核", "10", "审核差错率超过1%的，每超过\n0.1个百分点扣1分。"],
          ["3", "稽核方式", "6", "查阅资料\n实地查看\n未开展稽核的扣6分。"],
        ],
      }),
      "docx",
    );
    expect(got.lines).toEqual([
      "0 基金结算 9",
      "1 月度结算清单按时上传 5",
      "1 年度清算报告按期报送市局 4",
      "0 费用审核 10",
      "0 稽核方式 6",
    ]);
    expect(got.item("费用审核")?.rule?.kind).toBe("steps");
    // Short lines of a list are not one run-on line.
    expect(got.item("稽核方式")?.standard).toContain("查阅资料\n实地查看");
  });
});

describe("a 备注 column that scores where there is no 评分标准 column (decision 0340)", () => {
  it("reads the 备注 as the standard beside the 工作要求, whatever else some of its cells say", async () => {
    const got = await read(
      await docxOf([
        "祁阳市医保服务站目标考核表",
        [
          ["序号", "工作项目", "分值", "工作要求", "备注"],
          ["1", "信息采集", "10", "及时采集参保人员信息。", "信息采集不及时的，每人次扣0.5分。"],
          ["2", "政策解答", "10", "耐心解答群众政策咨询。", "被投诉查实的，每次扣2分。"],
          ["3", "资料归档", "5", "业务资料未按月归档的扣5分。", "以年底抽查结果为准。"],
        ],
      ]),
      "docx",
    );
    expect(got.lines).toEqual(["0 信息采集 10", "0 政策解答 10", "0 资料归档 5"]);
    expect(got.item("信息采集")?.standard).toContain("每人次扣0.5分");
    expect(got.item("政策解答")?.standard).toContain("被投诉查实的，每次扣2分");
    expect(got.item("资料归档")?.rule?.kind).toBe("checklist");
    // What the 备注 says besides is kept with its item.
    const kept = `${got.item("资料归档")?.standard ?? ""}${got.item("资料归档")?.notes ?? ""}`;
    expect(kept).toContain("以年底抽查结果为准");
  });
});

describe("a workbook titled on a sheet that is not read as a rubric (decision 0340)", () => {
  it("takes the title row of a 总表 sheet of category totals when the category sheets have none", async () => {
    const header = ["序号", "考核内容", "分值", "评分标准"];
    const got = await read(
      await workbookOf([
        {
          name: "总表",
          rows: [
            ["江华县2027年度医保基金监管考核评分总表", "", ""],
            ["类别", "分值", "说明"],
            ["协议管理", "12", "见分表"],
            ["专项治理", "8", "见分表"],
          ],
          merges: ["A1:C1"],
        },
        {
          name: "协议管理",
          rows: [header, ["1", "协议签订", "12", "未按期签订服务协议的，每家扣2分。"]],
        },
        {
          name: "专项治理",
          rows: [header, ["1", "问题整改", "8", "问题未按期整改的，每个扣2分。"]],
        },
      ]),
      "xlsx",
    );
    expect(got.title).toBe("江华县2027年度医保基金监管考核评分总表");
    expect(got.lines).toEqual(["0 协议管理 12", "1 协议签订 12", "0 专项治理 8", "1 问题整改 8"]);
  });
});

describe("a table after the 细则 that is no rubric (decision 0340)", () => {
  it("says a 回执 table of names and telephones was not imported, naming it", async () => {
    const got = await read(
      await docxOf([
        "宁远县2027年度医保经办考核细则",
        [
          ["序号", "考核项目", "分值", "评分标准"],
          ["1", "经办时限", "50", "超时办结的，每件扣2分。"],
          ["2", "档案管理", "50", "档案未按月归档的扣10分。"],
        ],
        "附件3",
        "培训报名回执",
        [
          ["单位名称", "姓名", "职务", "手机号码", "是否住宿"],
          ["", "", "", "", ""],
        ],
      ]),
      "docx",
    );
    expect(got.lines).toEqual(["0 经办时限 50", "0 档案管理 50"]);
    expect(got.warnings).toContain("培训报名回执");
    expect(got.warnings).toContain("未导入");
  });
});
