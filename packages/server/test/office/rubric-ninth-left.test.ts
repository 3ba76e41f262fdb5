/**
 * What the ninth layouts round left (decision 0345), each on documents and wordings other than
 * 0340's blind set: a 总表 sheet whose figures disagree with its category sheets, a cell's
 * paragraphs (Enter) breaking a sentence, a 分值 cell with words before its figure, a 备注 that
 * scores in a few rows only.
 */
import { describe, expect, it } from "vitest";
import { readOutline as read } from "./imported-item.js";
import { docxOf, workbookOf } from "./layout-files.js";

const head = ["序号", "评价内容", "分值", "扣分标准"];

/** Category sheets after a 总表 of typed figures; 参保征缴's items come to 20, not the 25 stated. */
async function categoryBook(total: string, first: string) {
  return workbookOf([
    {
      name: "参保征缴",
      rows: [
        head,
        ["1", "全民参保计划", "8", "户籍人口参保率每低于目标1个百分点扣2分。"],
        ["2", "征缴到账", "7", "城乡居民医保费未按期征缴到账的扣7分。"],
        ["3", "断保续保", "5", "断保人员未按月核查提醒的，每月扣1分。"],
      ],
    },
    {
      name: "医药价格",
      rows: [
        head,
        ["1", "价格监测", "10", "未按季度报送医药价格监测数据的，每次扣2.5分。"],
        ["2", "集采落地", "10", "集采药品未按时落地的，每个品种扣1分。"],
      ],
    },
    {
      name: "总表",
      rows: [
        ["桃源县2027年度医疗保障重点工作评价总表"],
        ["考核类别", "标准分", "说明"],
        ["一、参保征缴", first, "见分表"],
        ["二、医药价格", "20", "见分表"],
        ["总计", total, ""],
      ],
    },
  ]);
}

describe("a 总表 sheet compared with its category sheets (decision 0345)", () => {
  it("names a category whose sheet does not come to the 总表's figure, and a 总计 the items do not reach", async () => {
    const got = await read(await categoryBook("40", "25"), "xlsx");
    expect(got.lines[0]).toBe("0 参保征缴 25");
    expect(got.warnings).toMatch(/参保征缴[^\n]*20 分[^\n]*工作表“总表”[^\n]*25 分[^\n]*请核对/);
    expect(got.warnings).toMatch(/各项分值合计 45 分[^\n]*工作表“总表”[^\n]*40 分[^\n]*请核对/);
  });

  it("says nothing of a gap where the 总表 agrees with the sheets", async () => {
    const got = await read(await categoryBook("40", "20"), "xlsx");
    expect(got.lines[0]).toBe("0 参保征缴 20");
    expect(got.warnings).not.toMatch(/不一致/);
    expect(got.warnings).toContain("工作表“总表”所写的总分 40 分");
  });

  it("says the 总表 was read to check the points, not that it was not imported", async () => {
    const got = await read(await categoryBook("40", "20"), "xlsx");
    expect(got.warnings).toContain(
      "工作表“总表”是汇总表，未作为考核项目导入，已用于核对各部分分值和总分",
    );
    expect(got.warnings).not.toMatch(/工作表“总表”没有评分表的表头/);
  });
});

describe("a cell's paragraphs breaking a sentence (decision 0345)", () => {
  it("joins a paragraph that runs on into the next and keeps numbered lines and short list lines apart", async () => {
    const got = await read(
      await docxOf([
        "澧县2027年度医疗保障经办工作考核表",
        [
          ["序号", "考核项目", "分值", "评分标准"],
          [
            "1",
            "异地就医",
            "7",
            "1.异地就医备案申请在规定\n时限内办结（4分）；\n2.跨省直接结算问题按月\n汇总上报（3分）。",
          ],
          ["2", "基金预算", "8", "基金支出增幅超出年度预算\n3个百分点以上的扣8分。"],
          ["3", "核查方式", "5", "电话回访\n现场抽查\n未开展核查的扣5分。"],
        ],
      ]),
      "docx",
    );
    expect(got.lines).toEqual([
      "0 异地就医 7",
      "1 异地就医备案申请在规定时限内办结 4",
      "1 跨省直接结算问题按月汇总上报 3",
      "0 基金预算 8",
      "0 核查方式 5",
    ]);
    expect(got.item("基金预算")?.standard).toBe("基金支出增幅超出年度预算3个百分点以上的扣8分。");
    expect(got.item("核查方式")?.standard).toContain("电话回访\n现场抽查\n");
  });
});

describe("a 分值 cell with words before its figure (decision 0345)", () => {
  it("reads «计10分», «共8分», «满分5分», «分值：6» as their figures", async () => {
    const got = await read(
      await workbookOf([
        {
          name: "评分表",
          rows: [
            ["序号", "考核内容", "分值", "评分方法"],
            ["1", "参保登记", "计10分", "未及时办理参保登记的，每人次扣1分。"],
            ["2", "待遇核定", "共8分", "核定错误的每件扣2分。"],
            ["3", "档案管理", "满分5分", "档案缺失的每份扣0.5分。"],
            ["4", "窗口服务", "分值：6", "群众投诉经查属实的每次扣2分。"],
          ],
        },
      ]),
      "xlsx",
    );
    expect(got.lines).toEqual(["0 参保登记 10", "0 待遇核定 8", "0 档案管理 5", "0 窗口服务 6"]);
    expect(got.warnings).not.toContain("未写明分值");
  });
});

describe("a 备注 that scores in fewer than half its cells (decision 0345)", () => {
  it("keeps the scoring 备注 with its row and reads it for the rule", async () => {
    const got = await read(
      await docxOf([
        "石门县2027年度医保考核表",
        [
          ["序号", "考核项目", "分值", "考核内容", "备注"],
          ["1", "参保扩面", "10", "完成年度参保任务。", "数据来源：税务部门"],
          ["2", "基金监管", "10", "开展定点医药机构检查。", "以市局通报为准"],
          ["3", "信息报送", "5", "按月报送运行分析。", "迟报一次扣1分"],
          ["4", "宣传工作", "5", "开展集中宣传月活动。", "材料报县局办公室"],
          ["5", "队伍建设", "5", "开展业务培训。", ""],
        ],
      ]),
      "docx",
    );
    expect(got.item("信息报送")?.notes).toBe("迟报一次扣1分");
    expect(got.item("信息报送")?.rule?.kind).toBe("occurrences");
    expect(got.item("参保扩面")?.notes).toBe("数据来源：税务部门");
  });
});
