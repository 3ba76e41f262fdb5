/**
 * The ninth December 2026 blind round of layouts (task layouts9, decision 0340): a Word table with
 * two header rows over points at two levels; 考核标准 and 评分方法 in two columns, the points only in
 * the 评分方法; a 备注 column holding scoring text in some rows and data sources in others; a notice
 * whose 附件1 is the 细则 and whose 附件2 is a 联系人 table. Written by hand before the import was
 * read or run on them (self-written, not real documents). Same form as blind-2026-12k-tables.ts
 * (`expected`, `kinds`, `standards`, `notText`, `said`, `title`, `total`). The workbooks are in
 * blind-2026-12l-sheets.ts, the files with Word's own line breaks and the PDF in
 * blind-2026-12l-pages.ts.
 */
import { docxOf, type DocCell } from "../layout-files.js";
import type { BlindLayoutTotalled } from "./blind-2026-12k-tables.js";
import { bands, below, deductions, down, occ } from "./expected-rules.js";
import { catalogueSheets, restartedNumbers } from "./blind-2026-12l-sheets.js";
import { softBreaks, splitRows } from "./blind-2026-12l-pages.js";

const across = (text: string, cols: number): DocCell => ({ text, colSpan: cols });

/** .docx: two header rows — 考核指标 over 一级指标 | 分值 | 二级指标 | 分值 —, 一级 and its 分值 merged down; one group's 二级 points (8+6+4) do not come to its 一级 分值 (20). */
const twoLevels: BlindLayoutTotalled = {
  name: "医保 .docx 两行表头「考核指标」下 一级指标|分值|二级指标|分值（两级分值，一级合并）+ 评分标准|考核方式跨两行 + 一组二级分值合计18≠一级20",
  kind: "docx",
  build: () =>
    docxOf([
      "石门县2027年度医疗保障工作绩效考核指标体系",
      [
        [down("序号", 2), across("考核指标", 4), down("评分标准", 2), down("考核方式", 2)],
        ["一级指标", "分值", "二级指标", "分值"],
        [
          down("1", 3),
          down("基金监管", 3),
          down("30", 3),
          "飞行检查配合",
          "10",
          "未按要求配合上级开展飞行检查的，每次扣5分。",
          "查阅资料",
        ],
        [
          "协议管理",
          "12",
          "定点医药机构协议签订率达到100%得满分，每低1个百分点扣1分。",
          "系统查询",
        ],
        ["举报奖励", "8", "未落实举报奖励制度的扣4分；举报线索未按时办结的扣4分。", "查阅台账"],
        [
          down("2", 2),
          down("待遇保障", 2),
          down("25", 2),
          "门诊共济",
          "15",
          "职工门诊共济保障政策落实率达到95%以上得15分，90%（含）-95%得10分，90%以下不得分。",
          "抽查案卷",
        ],
        ["生育保险", "10", "生育津贴未按时足额发放的，每例扣2分。", "查阅凭证"],
        [
          down("3", 3),
          down("公共服务", 3),
          down("20", 3),
          "窗口服务",
          "8",
          "服务窗口受到有效投诉的，每次扣2分。",
          "查阅台账",
        ],
        ["异地备案", "6", "异地就医备案未实现线上办理的扣6分。", "实地查看"],
        ["政策宣传", "4", "未开展医保政策集中宣传活动的扣4分。", "查阅资料"],
      ],
    ]),
  expected: [
    "1 基金监管 30",
    "1.1 飞行检查配合 10",
    "1.2 协议管理 12",
    "1.3 举报奖励 8",
    "2 待遇保障 25",
    "2.1 门诊共济 15",
    "2.2 生育保险 10",
    "3 公共服务 20",
    "3.1 窗口服务 8",
    "3.2 异地备案 6",
    "3.3 政策宣传 4",
  ],
  kinds: {
    飞行检查配合: occ(["5"]),
    协议管理: below("100", "1", "1"),
    举报奖励: deductions(["4", "4"]),
    门诊共济: bands(["95", "15"], ["90", "10"]),
    生育保险: occ(["2"]),
    窗口服务: occ(["2"]),
  },
  standards: {},
  notText: ["考核指标"],
  // The group whose parts do not come to its 分值 is named with both figures.
  said: ["公共服务", "18", "考核方式"],
  title: "石门县2027年度医疗保障工作绩效考核指标体系",
};

/** .docx: 考核标准 (what is required, no points) and 评分方法 (the points and how they are lost) in two columns, no 分值 column. */
const methodColumn: BlindLayoutTotalled = {
  name: "医保 .docx 序号|考核项目|考核标准|评分方法，无分值列，分值写在评分方法开头「本项10分。…」「（15分）…」「8分，…」",
  kind: "docx",
  build: () =>
    docxOf([
      "临湘县2027年度医疗保障经办管理服务考核办法",
      [
        ["序号", "考核项目", "考核标准", "评分方法"],
        [
          "1",
          "稽核管理",
          "建立经办稽核制度，按季度开展业务稽核，稽核发现问题及时整改。",
          "本项10分。未按季度开展稽核的，每缺一次扣2分。",
        ],
        [
          "2",
          "参保登记",
          "参保登记信息准确完整，城乡居民参保率保持在95%以上。",
          "（15分）参保率达到95%得满分，每低1个百分点扣1分。",
        ],
        [
          "3",
          "费用结算",
          "医疗费用按规定时限结算，结算资料完整规范。",
          "8分，结算超过规定时限的，每件扣1分。",
        ],
        [
          "4",
          "档案管理",
          "经办档案分类归档，实现电子化管理。",
          "本项12分。档案未按规定归档的扣6分；未实现电子化管理的扣6分。",
        ],
      ],
    ]),
  expected: ["1 稽核管理 10", "2 参保登记 15", "3 费用结算 8", "4 档案管理 12"],
  kinds: {
    稽核管理: occ(["2"]),
    参保登记: below("95", "1", "1"),
    费用结算: occ(["1"]),
    档案管理: deductions(["6", "6"]),
  },
  standards: {
    稽核管理: ["按季度开展业务稽核", "未按季度开展稽核的，每缺一次扣2分"],
    档案管理: ["实现电子化管理", "档案未按规定归档的扣6分"],
  },
  notText: [],
  said: [],
  title: "临湘县2027年度医疗保障经办管理服务考核办法",
};

/** .docx: 序号|考核项目|分值|考核内容|备注 — the 备注 holds how points are lost in some rows and the data source in others; no 评分标准 column. */
const remarkScoring: BlindLayoutTotalled = {
  name: "医保 .docx 序号|考核项目|分值|考核内容|备注，无评分标准列，备注有的写扣分办法、有的写数据来源",
  kind: "docx",
  build: () =>
    docxOf([
      "华容县2027年度乡镇医疗保障工作考核表",
      [
        ["序号", "考核项目", "分值", "考核内容", "备注"],
        [
          "1",
          "参保扩面",
          "25",
          "完成县下达的城乡居民医保参保任务。",
          "参保率每低于目标任务1个百分点扣2分。",
        ],
        [
          "2",
          "医疗救助",
          "20",
          "医疗救助对象资助参保资金未按时拨付的，每次扣4分。",
          "数据来源：县医保信息系统。",
        ],
        ["3", "基金监管", "30", "配合开展定点医药机构日常巡查。", "未按月巡查的，每缺一次扣3分。"],
        [
          "4",
          "政策宣传",
          "25",
          "开展医保政策进村入户宣传，群众政策知晓率达到90%得满分，每低1个百分点扣1分。",
          "以县医保局问卷调查结果为准。",
        ],
      ],
    ]),
  expected: ["1 参保扩面 25", "2 医疗救助 20", "3 基金监管 30", "4 政策宣传 25"],
  kinds: {
    医疗救助: occ(["4"]),
    基金监管: occ(["3"]),
    政策宣传: below("90", "1", "1"),
  },
  standards: {
    参保扩面: ["完成县下达的城乡居民医保参保任务", "参保率每低于目标任务1个百分点扣2分"],
    基金监管: ["配合开展定点医药机构日常巡查", "未按月巡查的，每缺一次扣3分"],
  },
  notText: [],
  said: [],
  title: "华容县2027年度乡镇医疗保障工作考核表",
};

/** .docx: a notice, then «附件1» and the 细则's title and table, then «附件2» and an unrelated 联系人 table (单位|联系人|职务|联系电话). */
const contactsAfter: BlindLayoutTotalled = {
  name: "医保 .docx 通知正文 + 附件1 细则表 + 附件2「考核工作联系人信息表」（单位|联系人|职务|联系电话）",
  kind: "docx",
  build: () =>
    docxOf([
      "关于开展2027年度医疗保障工作考核的通知",
      "各乡镇人民政府：",
      "为推动医保各项政策落地见效，县医疗保障局决定开展2027年度医疗保障工作考核。请各乡镇于12月20日前完成自查，并将联系人信息表报县医保局办公室。",
      "安乡县医疗保障局",
      "2027年11月28日",
      "附件1",
      "安乡县2027年度医疗保障工作考核细则",
      [
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "参保缴费", "30", "城乡居民医保参保率达到96%得满分，每低1个百分点扣3分。"],
        ["2", "基金监管", "25", "发现欺诈骗保问题未及时上报的，每起扣5分。"],
        [
          "3",
          "待遇落实",
          "25",
          "未落实门诊慢特病待遇认定的扣10分；大病保险待遇未及时兑现的扣5分。",
        ],
        ["4", "队伍建设", "20", "乡镇医保专干未按要求参加培训的，每人次扣2分。"],
      ],
      "附件2",
      "2027年度医疗保障工作考核联系人信息表",
      [
        ["序号", "单位", "联系人", "职务", "联系电话"],
        ["1", "深柳镇", "", "", ""],
        ["2", "大鲸港镇", "", "", ""],
        ["3", "黄山头镇", "", "", ""],
        ["4", "县医保局办公室", "李明", "主任", "0736-4321567"],
      ],
    ]),
  expected: ["1 参保缴费 30", "2 基金监管 25", "3 待遇落实 25", "4 队伍建设 20"],
  kinds: {
    参保缴费: below("96", "1", "3"),
    基金监管: occ(["5"]),
    待遇落实: deductions(["10", "5"]),
    队伍建设: occ(["2"]),
  },
  standards: {},
  notText: ["深柳镇", "0736-4321567", "李明"],
  // The second table is said not to have been imported; so is the notice's body.
  said: ["联系人信息表", "请各乡镇于12月20日前完成自查"],
  title: "安乡县2027年度医疗保障工作考核细则",
};

/** The .docx and .xlsx layouts of the round. */
export const blindLayoutsNinthFiles: BlindLayoutTotalled[] = [
  twoLevels,
  methodColumn,
  remarkScoring,
  contactsAfter,
  restartedNumbers,
  catalogueSheets,
  softBreaks,
];

/** The PDF of the round (printed by LibreOffice at test time: soffice needed). */
export const blindLayoutsNinthPrints: BlindLayoutTotalled[] = [splitRows];
