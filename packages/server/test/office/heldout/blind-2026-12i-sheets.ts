/**
 * The December 2026 blind round of workbooks as offices really make them (task sheets, decision
 * 0323): four .xlsx written by hand with real cell types before the import was read or run on
 * them (self-written, not real documents) — numeric and percent cells, number formats, formulas
 * with and without cached results, rich text with line breaks, numbers stored as text, dates,
 * hidden rows and a hidden helper column, a blank margin column, a very wide merged title, frozen
 * headers and print titles, a 说明 sheet, sheets without a title row, «Sheet1», empty default
 * sheets. Same form as blind-2026-12f-tables.ts, plus `fileName`: the name the file was uploaded
 * under (a draft without a title row takes its title from it).
 */
import type { BlindLayoutTitled } from "./blind-2026-12f-tables.js";
import { bands, below, deductions, occ } from "./expected-rules.js";
import { staffWorkbook } from "./sheet-cells.js";

/** A blind workbook of this round and the file name it was uploaded under. */
export interface BlindSheet extends BlindLayoutTitled {
  fileName: string;
}

const points = (v: number) => ({ v, fmt: '0"分"' });
const hundredth = (v: number) => ({ v, fmt: "0.00" });

/** .xlsx: a 填表说明 sheet first; blank column A as margin; title merged far wider than the table; frozen header, print titles; 分值 as numbers formatted 0"分"; group totals as formulas (one never calculated); standards in rich text with alt-enter breaks; a 考核时间 column of dates; a hidden helper column; two hidden rows (items of earlier years). */
const marginAndHidden: BlindSheet = {
  name: '医保 .xlsx 填表说明工作表在前 + A列空白边距 + 超宽合并标题 + 冻结表头/打印标题 + 分值为数字（格式0"分"）+ 分组合计为公式（其一无缓存结果）+ 评分标准富文本换行 + 考核时间日期列 + 隐藏辅助列 + 隐藏行',
  kind: "xlsx",
  fileName: "城关县2027年医保考核细则（终稿）.xlsx",
  build: () =>
    staffWorkbook([
      {
        name: "填表说明",
        rows: [
          ["填表说明"],
          ["1.本表由各乡镇医保经办机构对照评分标准逐项自评后填报。"],
          ["2.分值栏为该项满分，各项扣分以该项分值为限。"],
          ["3.请于2028年1月15日前将自评表报送县医保局。"],
        ],
        widths: { A: 80 },
      },
      {
        name: "评分细则",
        origin: "B1",
        widths: { A: 2, C: 14, F: 50 },
        rows: [
          ["城关县2027年度医疗保障工作考核评分细则"],
          ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核时间", "辅助"],
          ["一", "基金监管", null, { f: "SUM(E4:E6)", result: 30, fmt: '0"分"' }, null, null, null],
          [
            1,
            "日常稽核",
            "对辖区定点医药机构开展日常稽核",
            points(10),
            {
              rich: ["定点医药机构年度稽核覆盖率达到100%得满分；", "\n", "每低1个百分点扣0.5分。"],
            },
            new Date(Date.UTC(2027, 5, 30)),
            { f: 'IF(E4>0,"JJ-01","")', result: "JJ-01" },
          ],
          [
            2,
            "违规追回",
            "违规金额按期追回并上缴基金专户",
            points(12),
            {
              rich: [
                "违规金额未按期追回的，每例扣2分；",
                "\n",
                "追回资金未及时上缴基金专户的，每次扣1分。",
              ],
            },
            new Date(Date.UTC(2027, 8, 30)),
            "JJ-02",
          ],
          [
            3,
            "内控管理",
            "建立内控制度并开展风险评估",
            points(8),
            "未建立内控制度的扣4分；未开展内控风险评估的扣4分。",
            new Date(Date.UTC(2027, 11, 31)),
            "JJ-03",
          ],
          [
            4,
            "专项治理（2026年度）",
            "开展医保基金专项治理",
            points(5),
            "未按要求开展专项治理的扣5分。",
            new Date(Date.UTC(2026, 11, 31)),
            "JJ-04",
          ],
          ["二", "待遇保障", null, { f: "SUM(E9:E10)", fmt: '0"分"' }, null, null, null],
          [
            1,
            "待遇落实",
            "门诊慢特病待遇按时认定、准确支付",
            points(10),
            {
              rich: [
                "门诊慢特病待遇认定超时办结的，每件扣1分；",
                "\n",
                "待遇支付出现差错的，每例扣2分。",
              ],
            },
            new Date(Date.UTC(2027, 5, 30)),
            "DY-01",
          ],
          [
            2,
            "医疗救助",
            "医疗救助资金按进度支出",
            points(10),
            "医疗救助资金支出进度达到90%得10分，80%（含）—90%得6分，80%以下不得分。",
            new Date(Date.UTC(2027, 11, 31)),
            "DY-02",
          ],
          [
            3,
            "长护险试点（已取消）",
            "长期护理保险试点",
            points(5),
            "未按期完成长护险试点任务的扣5分。",
            new Date(Date.UTC(2026, 11, 31)),
            "DY-03",
          ],
          ["合计", null, null, { f: "E3+E8", result: 50, fmt: '0"分"' }, null, null, null],
        ],
        merges: ["B1:Q1", "B12:D12"],
        hiddenRows: [7, 11],
        hiddenColumns: ["H"],
        frozenRows: 2,
        printTitles: "1:2",
      },
    ]),
  expected: [
    "1 基金监管 30",
    "1.1 日常稽核 10",
    "1.2 违规追回 12",
    "1.3 内控管理 8",
    "2 待遇保障 20",
    "2.1 待遇落实 10",
    "2.2 医疗救助 10",
  ],
  kinds: {
    日常稽核: below("100", "1", "0.5"),
    内控管理: deductions(["4", "4"]),
    待遇落实: occ(["1", "2"]),
    医疗救助: bands(["90", "10"], ["80", "6"]),
  },
  standards: {
    违规追回: ["违规金额未按期追回的，每例扣2分", "追回资金未及时上缴基金专户的，每次扣1分"],
    日常稽核: ["定点医药机构年度稽核覆盖率达到100%得满分", "每低1个百分点扣0.5分"],
  },
  notText: [
    "JJ-02",
    "DY-01",
    "未按要求开展专项治理的扣5分",
    "未按期完成长护险试点任务的扣5分",
    "本表由各乡镇医保经办机构对照评分标准逐项自评后填报",
  ],
  said: ["考核时间", "专项治理（2026年度）", "长护险试点（已取消）", "填表说明"],
  title: "城关县2027年度医疗保障工作考核评分细则",
};

const plainHeader = ["序号", "考核内容", "分值", "评分标准"];

/** .xlsx: three sheets named by category, NO title row in any; numeric 序号 and 分值, some 分值 stored as text (green triangle); a 合计 row by formula; a 加分项目 sheet. */
const sheetsWithoutTitle: BlindSheet = {
  name: "医保 .xlsx 三个工作表（表名即类别，均无标题行）+ 数字序号/分值 + 文本型数字（绿三角）+ 合计行公式 + 加分项目表",
  kind: "xlsx",
  fileName: "丰源县2027年度医保工作考核细则.xlsx",
  build: () =>
    staffWorkbook([
      {
        name: "基金监管",
        rows: [
          plainHeader,
          [1, "协议管理", 8, "未签订服务协议的，每家扣2分；未开展年度考核的扣3分。"],
          [2, "飞行检查", 7, "上级飞行检查发现问题未按期整改的，每个问题扣1分，扣完为止。"],
          ["合计", null, { f: "SUM(C2:C3)", result: 15 }, null],
        ],
        frozenRows: 1,
      },
      {
        name: "经办服务",
        rows: [
          plainHeader,
          [
            { text: "1" },
            "经办时限",
            { text: "6" },
            "经办业务按时办结率达到98%得满分，每低1个百分点扣1分。",
          ],
          [
            { text: "2" },
            "满意度",
            { text: "4" },
            "群众满意度达到95%以上得4分，90%（含）—95%得2分，90%以下不得分。",
          ],
        ],
        frozenRows: 1,
      },
      {
        name: "加分项目",
        rows: [
          plainHeader,
          [1, "经验推广", 3, "工作经验被省级医保部门推广的加3分，被市级医保部门推广的加1分。"],
          [2, "信息宣传", 2, "在市级以上媒体刊发医保宣传稿件的，每篇加0.5分，最多加2分。"],
        ],
      },
    ]),
  expected: [
    "1 基金监管 15",
    "1.1 协议管理 8",
    "1.2 飞行检查 7",
    "2 经办服务 10",
    "2.1 经办时限 6",
    "2.2 满意度 4",
    "3 加分项目 5",
    "3.1 经验推广 3",
    "3.2 信息宣传 2",
  ],
  kinds: {
    飞行检查: occ(["1"]),
    经办时限: below("98", "1", "1"),
    满意度: bands(["95", "4"], ["90", "2"]),
  },
  standards: {
    协议管理: ["未签订服务协议的，每家扣2分", "未开展年度考核的扣3分"],
  },
  notText: [],
  said: [],
  title: "丰源县2027年度医保工作考核细则",
};

/** .xlsx: one sheet «Sheet1», no title row; 分值 cells are shares formatted as percentages (0.25 shown 25%, 0.125 shown 12.5%); the whole's points only in the 合计 row («120分», a number formatted 0"分"); a 备注 column. */
const percentSharesOfTotalRow: BlindSheet = {
  name: "医保 .xlsx 工作表名Sheet1无标题行 + 分值列为百分比格式的小数（0.25显示25%，0.125显示12.5%）+ 总分只在合计行（120分）+ 备注列",
  kind: "xlsx",
  fileName: "清河县医疗保障工作考核评分表（2027年）.xlsx",
  build: () =>
    staffWorkbook([
      {
        name: "Sheet1",
        rows: [
          ["序号", "考核指标", "分值", "评分标准", "备注"],
          [
            1,
            "参保扩面",
            { v: 0.25, fmt: "0%" },
            "基本医疗保险参保率达到97%得满分，每低1个百分点扣3分。",
            "数据来源：省医保信息平台",
          ],
          [
            2,
            "基金运行",
            { v: 0.25, fmt: "0%" },
            "基金预算执行率达到95%以上得满分，每低1个百分点扣2分。",
            null,
          ],
          [
            3,
            "经办服务",
            { v: 0.2, fmt: "0%" },
            "经办事项超时办结的，每件扣1分；服务对象有效投诉的，每件扣2分。",
            null,
          ],
          [
            4,
            "医保信息化",
            { v: 0.125, fmt: "0.0%" },
            "医保电子凭证激活率达到80%得满分，每低1个百分点扣1分。",
            null,
          ],
          [
            5,
            "宣传信息",
            { v: 0.175, fmt: "0.0%" },
            "每月报送政务信息不少于2条，每少1条扣0.5分。",
            null,
          ],
          ["合计", null, points(120), null, null],
        ],
        merges: ["A7:B7"],
        frozenRows: 1,
        printTitles: "1:1",
      },
    ]),
  expected: ["1 参保扩面 30", "2 基金运行 30", "3 经办服务 24", "4 医保信息化 15", "5 宣传信息 21"],
  kinds: {
    参保扩面: below("97", "1", "3"),
    基金运行: below("95", "1", "2"),
    经办服务: occ(["1", "2"]),
    医保信息化: below("80", "1", "1"),
  },
  standards: {},
  notText: [],
  said: ["120"],
  title: "清河县医疗保障工作考核评分表（2027年）",
};

/** .xlsx: «Sheet1» with a title row and a 考核单位/考核时间 line under it, a header over two rows (考核指标 merged over 一级指标 | 二级指标), 一级指标 merged down, 分值 formatted 0.00 and 0"分", a 合计 formula, a 考核人 signature row; empty Sheet2 and Sheet3. */
const systemTemplate: BlindSheet = {
  name: '医保 .xlsx Sheet1有标题行+考核单位行 + 两行表头（考核指标合并于一级/二级指标之上）+ 一级指标纵向合并 + 分值格式0.00与0"分" + 合计公式 + 考核人签字行 + 空的Sheet2/Sheet3',
  kind: "xlsx",
  fileName: "附件2：县级医保考核评分表.xlsx",
  build: () =>
    staffWorkbook([
      {
        name: "Sheet1",
        rows: [
          ["2027年度县级医疗保障工作考核评分表", null, null, null, null],
          ["考核单位：            考核时间：2027年12月", null, null, null, null],
          ["考核指标", null, "分值", "评分标准", "自评得分"],
          ["一级指标", "二级指标", null, null, null],
          [
            "基金监管",
            "基金预算",
            hundredth(6),
            "基金预算执行率达到95%以上得满分，每低1个百分点扣1分。",
            null,
          ],
          [null, "稽核检查", hundredth(8), "未按计划完成稽核任务的，每少1家扣1分。", null],
          [null, "欺诈骗保", hundredth(6), "发生欺诈骗保案件未及时查处的，每起扣3分。", null],
          ["公共服务", "窗口服务", points(5), "窗口服务被有效投诉的，每次扣1分。", null],
          [
            null,
            "政务公开",
            points(5),
            "未按规定公开办事指南的扣2分；未实行一次性告知的扣3分。",
            null,
          ],
          ["合计", null, { f: "SUM(C5:C9)", result: 30, fmt: "0.00" }, null, null],
          ["考核人：                    日期：", null, null, null, null],
        ],
        merges: [
          "A1:E1",
          "A2:E2",
          "A3:B3",
          "C3:C4",
          "D3:D4",
          "E3:E4",
          "A5:A7",
          "A8:A9",
          "A10:B10",
          "A11:E11",
        ],
        frozenRows: 4,
        printTitles: "3:4",
      },
      { name: "Sheet2", rows: [] },
      { name: "Sheet3", rows: [] },
    ]),
  expected: [
    "1 基金监管 20",
    "1.1 基金预算 6",
    "1.2 稽核检查 8",
    "1.3 欺诈骗保 6",
    "2 公共服务 10",
    "2.1 窗口服务 5",
    "2.2 政务公开 5",
  ],
  kinds: {
    基金预算: below("95", "1", "1"),
    欺诈骗保: occ(["3"]),
    窗口服务: occ(["1"]),
    政务公开: deductions(["2", "3"]),
  },
  standards: {},
  notText: ["考核单位", "考核人"],
  said: [],
  title: "2027年度县级医疗保障工作考核评分表",
};

/** The round's workbooks. */
export const blindSheets: readonly BlindSheet[] = [
  marginAndHidden,
  sheetsWithoutTitle,
  percentSharesOfTotalRow,
  systemTemplate,
];
