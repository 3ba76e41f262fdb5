/**
 * Two workbooks of the ninth December 2026 blind round (blind-2026-12l-tables.ts, decision 0340),
 * written by hand before the import was read or run on them: a sheet whose 序号 restarts at 1 under
 * each 考核类别 (merged down the second column) and whose 分值 cells carry words («10分»,
 * «5（每季度1.25）»); a workbook of one sheet per category after a 汇总 sheet whose 分值 are formulas
 * pointing into the other sheets, each category sheet with a 小计 formula and a hidden 上年分值
 * column.
 */
import type { BlindLayoutTotalled } from "./blind-2026-12k-tables.js";
import { below, deductions, occ } from "./expected-rules.js";
import { staffWorkbook } from "./sheet-cells.js";

/** .xlsx: 序号 restarting 1, 2, 3 under each 考核类别 (merged down column B); 分值 cells «10分», «5（每季度1.25）», «12（每月1分）». */
export const restartedNumbers: BlindLayoutTotalled = {
  name: "医保 .xlsx 序号在每个考核类别下从1重排（类别列合并）+ 分值格带字「10分」「5（每季度1.25）」「12（每月1分）」+ 无类别分值",
  kind: "xlsx",
  build: () =>
    staffWorkbook([
      {
        name: "考核细则",
        rows: [
          ["赫山区2027年度医疗保障工作考核细则", null, null, null, null],
          ["序号", "考核类别", "考核内容", "分值", "评分标准"],
          [
            "1",
            "基金监管",
            "日常稽核",
            "10分",
            "定点医药机构年度稽核覆盖率达到100%得满分，每低1个百分点扣1分。",
          ],
          [
            "2",
            null,
            "基金运行分析",
            "5（每季度1.25）",
            "每季度按时报送基金运行分析报告，未按时报送的，每次扣1.25分。",
          ],
          ["3", null, "违规处理", "15", "查实违规问题未按协议处理的，每例扣3分。"],
          ["1", "待遇保障", "待遇审核", "8分", "待遇审核出现差错的，每例扣2分。"],
          [
            "2",
            null,
            "医疗救助",
            "12（每月1分）",
            "按月及时审核拨付医疗救助资金，未按月拨付的，每月扣1分。",
          ],
          [
            "1",
            "经办服务",
            "窗口服务",
            "10分",
            "未落实一次性告知制度的扣5分；未设置无障碍服务设施的扣5分。",
          ],
          ["2", null, "服务满意度", "10", "服务对象满意度达到95%得满分，每低1个百分点扣1分。"],
        ],
        merges: ["A1:E1", "B3:B5", "B6:B7", "B8:B9"],
      },
    ]),
  expected: [
    "1 基金监管 30",
    "1.1 日常稽核 10",
    "1.2 基金运行分析 5",
    "1.3 违规处理 15",
    "2 待遇保障 20",
    "2.1 待遇审核 8",
    "2.2 医疗救助 12",
    "3 经办服务 20",
    "3.1 窗口服务 10",
    "3.2 服务满意度 10",
  ],
  kinds: {
    日常稽核: below("100", "1", "1"),
    违规处理: occ(["3"]),
    待遇审核: occ(["2"]),
    医疗救助: occ(["1"]),
    窗口服务: deductions(["5", "5"]),
    服务满意度: below("95", "1", "1"),
  },
  // The words beside a 分值 are kept with the item, not dropped.
  standards: { 基金运行分析: ["每季度1.25"], 医疗救助: ["每月1分"] },
  notText: [],
  said: [],
  title: "赫山区2027年度医疗保障工作考核细则",
};

const header = ["序号", "考核内容", "分值", "评分标准", "上年分值"];

/** .xlsx: a 汇总 sheet first (类别 | 分值 by formulas into the category sheets, 合计 =SUM), then one sheet per category (no title row) with a 小计 formula and a hidden 上年分值 column of numbers. */
export const catalogueSheets: BlindLayoutTotalled = {
  name: "医保 .xlsx 首张「汇总」表（分值为引用分表的公式、合计=SUM）+ 每类一张分表（无标题行、小计公式、隐藏的上年分值列）",
  kind: "xlsx",
  fileName: "沅江市2027年度医疗保障工作考核评分表.xlsx",
  build: () =>
    staffWorkbook([
      {
        name: "汇总",
        rows: [
          ["沅江市2027年度医疗保障工作考核评分汇总表", null, null, null],
          ["序号", "考核类别", "分值", "备注"],
          ["一", "基金监管", { f: "基金监管!C5", result: 35 }, "详见分表"],
          ["二", "待遇保障", { f: "待遇保障!C4", result: 25 }, "详见分表"],
          ["三", "经办服务", { f: "经办服务!C4", result: 20 }, "详见分表"],
          ["合计", null, { f: "SUM(C3:C5)", result: 80 }, null],
        ],
        merges: ["A1:D1", "A6:B6"],
      },
      {
        name: "基金监管",
        rows: [
          header,
          [1, "协议管理", 10, "定点医药机构服务协议签订率达到100%得满分，每低1个百分点扣1分。", 8],
          [2, "违规查处", 15, "查实违规问题未按规定处理的，每例扣3分。", 12],
          [3, "内控建设", 10, "未建立基金监管内控制度的扣5分；未开展内控检查的扣5分。", 10],
          ["小计", null, { f: "SUM(C2:C4)", result: 35 }, null, { f: "SUM(E2:E4)", result: 30 }],
        ],
        hiddenColumns: ["E"],
      },
      {
        name: "待遇保障",
        rows: [
          header,
          [1, "待遇兑现", 15, "待遇未按时足额兑现的，每例扣3分。", 10],
          [2, "慢病认定", 10, "门诊慢特病认定超过规定时限的，每例扣2分。", 10],
          ["小计", null, { f: "SUM(C2:C3)", result: 25 }, null, { f: "SUM(E2:E3)", result: 20 }],
        ],
        hiddenColumns: ["E"],
      },
      {
        name: "经办服务",
        rows: [
          header,
          [1, "办理时限", 12, "经办事项超过承诺时限办结的，每件扣1分。", 10],
          [2, "群众评价", 8, "好差评系统差评未按时整改的，每件扣2分。", 10],
          ["小计", null, { f: "SUM(C2:C3)" }, null, { f: "SUM(E2:E3)" }],
        ],
        hiddenColumns: ["E"],
      },
    ]),
  expected: [
    "1 基金监管 35",
    "1.1 协议管理 10",
    "1.2 违规查处 15",
    "1.3 内控建设 10",
    "2 待遇保障 25",
    "2.1 待遇兑现 15",
    "2.2 慢病认定 10",
    "3 经办服务 20",
    "3.1 办理时限 12",
    "3.2 群众评价 8",
  ],
  kinds: {
    协议管理: below("100", "1", "1"),
    违规查处: occ(["3"]),
    内控建设: deductions(["5", "5"]),
    待遇兑现: occ(["3"]),
    慢病认定: occ(["2"]),
    办理时限: occ(["1"]),
    群众评价: occ(["2"]),
  },
  standards: {},
  notText: ["详见分表"],
  // The 汇总 sheet is said to be a summary of the others, not read as items.
  said: ["汇总"],
  title: "沅江市2027年度医疗保障工作考核评分汇总表",
};
