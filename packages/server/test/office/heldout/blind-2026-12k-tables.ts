/**
 * The eighth December 2026 blind round of layouts (task layouts6, decision 0336): totals stated in
 * a 注, in a sheet's row under the table or twice and not alike; numbered lines in one cell; a
 * red-head 文件 whose notice stands before the 附件. Written by hand before the import was read or
 * run on them (self-written, not real documents). Same form as blind-2026-12j-tables.ts
 * (`expected`, `kinds`, `standards`, `notText`, `said`, `title`), plus `total`: the total the
 * draft's description must state (decision 0331's «总分 N 分»). The paste and the two PDFs are in
 * blind-2026-12k-pages.ts.
 */
import { docxOf, workbookOf } from "../layout-files.js";
import type { BlindLayoutTitled } from "./blind-2026-12f-tables.js";
import { bands, below, deductions, occ } from "./expected-rules.js";
import { lineless, pastedLines, sameSizeFurniture } from "./blind-2026-12k-pages.js";

/** A layout of this round: a titled blind layout that may state its total. */
export interface BlindLayoutTotalled extends BlindLayoutTitled {
  total?: string;
  /** The name the file was uploaded under (a workbook's title when it has none; 0323). */
  fileName?: string;
}

/** .docx: 权重 in percentages, the total only in a numbered 注 under the table «注：1.本表满分120分。2.…». */
const noteTotal: BlindLayoutTotalled = {
  name: "医保 .docx 序号|考核项目|权重（百分比）|评分标准|考核方式，总分只写在表下「注：1.本表满分120分。2.…」",
  kind: "docx",
  build: () =>
    docxOf([
      "青川县2027年度医疗保障经办服务考核评分表",
      "为提升全县医保经办服务水平，结合工作实际，制定本评分表。",
      [
        ["序号", "考核项目", "权重", "评分标准", "考核方式"],
        ["1", "经办时限", "25%", "经办事项超过承诺时限办结的，每件扣1分。", "查阅台账"],
        ["2", "结算审核", "25%", "医疗费用结算审核出现差错的，每例扣2分。", "抽查案卷"],
        ["3", "群众满意度", "30%", "群众满意度达到95%得满分，每低1个百分点扣2分。", "问卷调查"],
        [
          "4",
          "档案管理",
          "20%",
          "业务档案未按规定分类归档的扣5分；档案未完成数字化的扣3分。",
          "实地查看",
        ],
      ],
      "注：1.本表满分120分。2.考核数据以医保信息系统12月31日数据为准。",
    ]),
  expected: ["1 经办时限 30", "2 结算审核 30", "3 群众满意度 36", "4 档案管理 24"],
  kinds: {
    经办时限: occ(["1"]),
    结算审核: occ(["2"]),
    群众满意度: below("95", "1", "2"),
    档案管理: deductions(["5", "3"]),
  },
  standards: { 档案管理: ["业务档案未按规定分类归档的扣5分", "档案未完成数字化的扣3分"] },
  notText: ["本表满分120分", "考核数据以医保信息系统"],
  said: ["考核方式", "考核数据以医保信息系统12月31日数据为准"],
  title: "青川县2027年度医疗保障经办服务考核评分表",
  total: "120",
};

/** .xlsx: 权重 as decimals with a 合计 of 1, the total in a row merged across under the table «说明：本表满分150分…», then a 填表人/审核人 row. */
const sheetRowTotal: BlindLayoutTotalled = {
  name: "医保 .xlsx 权重为小数（合计1）+ 表下通栏行「说明：本表满分150分…」+ 填表人/审核人行 + 责任股室列",
  kind: "xlsx",
  build: () =>
    workbookOf([
      {
        name: "评分表",
        rows: [
          ["桃源县2027年度医疗保障基金监管工作考核评分表", "", "", "", ""],
          ["序号", "考核内容", "权重", "评分标准", "责任股室"],
          [
            "1",
            "定点机构检查",
            "0.2",
            "定点医药机构现场检查覆盖率达到100%得满分，每低1个百分点扣1分。",
            "基金监管股",
          ],
          ["2", "违规行为处理", "0.3", "查实违规行为未按协议处理的，每例扣3分。", "基金监管股"],
          [
            "3",
            "违规资金追回",
            "0.3",
            "违规资金追回率达到100%得满分，每低5个百分点扣2分。",
            "规划财务股",
          ],
          [
            "4",
            "宣传培训",
            "0.2",
            "未开展基金监管集中宣传月活动的扣10分；未组织定点医药机构培训的扣5分。",
            "办公室",
          ],
          ["合计", "", "1", "", ""],
          ["说明：本表满分150分，由县医疗保障局组织考核。", "", "", "", ""],
          ["填表人：", "", "审核人：", "", ""],
        ],
        merges: ["A1:E1", "A7:B7", "A8:E8"],
      },
    ]),
  expected: ["1 定点机构检查 30", "2 违规行为处理 45", "3 违规资金追回 45", "4 宣传培训 30"],
  kinds: {
    定点机构检查: below("100", "1", "1"),
    违规行为处理: occ(["3"]),
    违规资金追回: below("100", "5", "2"),
    宣传培训: deductions(["10", "5"]),
  },
  standards: {
    宣传培训: ["未开展基金监管集中宣传月活动的扣10分", "未组织定点医药机构培训的扣5分"],
  },
  notText: ["本表满分150分", "由县医疗保障局组织考核", "填表人"],
  said: ["责任股室"],
  title: "桃源县2027年度医疗保障基金监管工作考核评分表",
  total: "150",
};

/** .docx: a paragraph states 考核总分100分, the table's 合计 row (and its items) come to 110. */
const totalsDisagree: BlindLayoutTotalled = {
  name: "医保 .docx 正文「本细则考核总分100分」而表内各项与合计行均为110分",
  kind: "docx",
  build: () =>
    docxOf([
      "龙泉县2027年度医疗保障工作目标考核细则",
      "本细则考核总分100分，考核结果分为优秀、良好、合格、不合格四个等次。",
      [
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "基金监管", "30", "查实违规问题未按规定处理的，每例扣2分。"],
        ["2", "待遇保障", "30", "参保率达到95%以上得30分，90%（含）-95%得20分，90%以下不得分。"],
        ["3", "经办服务", "25", "经办事项超时办结的，每件扣1分。"],
        ["4", "信息化建设", "25", "医保电子凭证激活率达到70%得满分，每低1个百分点扣1分。"],
        ["合计", "", "110", ""],
      ],
    ]),
  expected: ["1 基金监管 30", "2 待遇保障 30", "3 经办服务 25", "4 信息化建设 25"],
  kinds: {
    基金监管: occ(["2"]),
    待遇保障: bands(["95", "30"], ["90", "20"]),
    经办服务: occ(["1"]),
    信息化建设: below("70", "1", "1"),
  },
  standards: {},
  notText: ["考核结果分为优秀"],
  // Both stated totals named where they disagree.
  said: ["100分", "110分"],
  title: "龙泉县2027年度医疗保障工作目标考核细则",
};

/** .docx: a red-head 文件 — 发文机关标志, 发文字号, the notice's title, addressees, body, signature, date — then 附件, the rubric's title and its table, then 抄送 and 印发 lines. */
const redHead: BlindLayoutTotalled = {
  name: "医保 .docx 红头文件：发文机关、文号、通知标题与正文、落款，附件后为细则标题与表格，文末抄送/印发",
  kind: "docx",
  build: () =>
    docxOf([
      "鹤山县医疗保障局文件",
      "鹤医保发〔2027〕12号",
      "关于印发《鹤山县2027年度医疗保障工作考核细则》的通知",
      "各乡镇人民政府，县直有关单位：",
      "现将《鹤山县2027年度医疗保障工作考核细则》印发给你们，请结合实际认真贯彻落实。考核结果纳入全县年度综合目标考核，并与医保工作经费分配挂钩。",
      "鹤山县医疗保障局",
      "2027年1月15日",
      "（此件公开发布）",
      "附件",
      "鹤山县2027年度医疗保障工作考核细则",
      [
        ["序号", "考核项目", "分值", "评分标准", "考核方式"],
        [
          "1",
          "参保扩面",
          "20",
          "基本医疗保险参保率达到96%得满分，每低1个百分点扣2分。",
          "系统查询",
        ],
        [
          "2",
          "基金监管",
          "25",
          "定点医药机构检查覆盖率未达到100%的扣5分；查实违规问题未处理的，每例扣2分。",
          "查阅台账",
        ],
        ["3", "医疗救助", "15", "医疗救助资金未按时足额拨付的，每次扣3分。", "查阅凭证"],
        ["4", "经办服务", "20", "经办事项超时办结的，每件扣1分。", "查阅台账"],
        [
          "5",
          "医保信息化",
          "20",
          "1.医保电子凭证激活率达到70%（10分）；2.移动支付在定点医院全面上线（10分）。",
          "系统查询",
        ],
      ],
      "抄送：市医疗保障局，县委办、县政府办。",
      "鹤山县医疗保障局办公室          2027年1月15日印发",
    ]),
  expected: [
    "1 参保扩面 20",
    "2 基金监管 25",
    "3 医疗救助 15",
    "4 经办服务 20",
    "5 医保信息化 20",
    "5.1 医保电子凭证激活率达到70% 10",
    "5.2 移动支付在定点医院全面上线 10",
  ],
  kinds: {
    参保扩面: below("96", "1", "2"),
    医疗救助: occ(["3"]),
    经办服务: occ(["1"]),
  },
  standards: {},
  notText: ["现将《鹤山县", "抄送", "鹤医保发", "印发给你们"],
  said: ["考核结果纳入全县年度综合目标考核", "考核方式"],
  title: "鹤山县2027年度医疗保障工作考核细则",
};

/** The .docx/.xlsx layouts of the round. */
export const blindLayoutsSixthFiles: BlindLayoutTotalled[] = [
  noteTotal,
  sheetRowTotal,
  totalsDisagree,
  redHead,
  pastedLines,
];

/** The two PDFs of the round (printed by LibreOffice at test time: soffice needed). */
export const blindLayoutsSixthPrints: BlindLayoutTotalled[] = [sameSizeFurniture, lineless];
