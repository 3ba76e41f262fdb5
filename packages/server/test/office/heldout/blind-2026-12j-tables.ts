/**
 * The seventh December 2026 blind round of table layouts (task layout5, decision 0329): five whole
 * rubrics in layouts no earlier test used, written by hand before the import was read or run on
 * them (self-written, not real documents). Same form as blind-2026-12h-tables.ts (`expected`,
 * `kinds`, `standards`, `notText`, `said`, `title`). The layouts with a repeated header and the
 * old Word 97 .doc are in blind-2026-12j-pages.ts.
 */
import { docxOf } from "../layout-files.js";
import type { BlindLayoutTitled } from "./blind-2026-12f-tables.js";
import { oldWordDoc, repeatedHeader } from "./blind-2026-12j-pages.js";
import { bands, below, deductions, down, occ } from "./expected-rules.js";
import type { Expected } from "./sentences.js";

/** 逐项达标: one requirement met earns its points. */
const met = (points: string): Expected => ({ kind: "checklist", rule: { items: [{ points }] } });

const contentTable = (...rows: [string, string][]) => [
  ["序号", "考核内容", "评分标准"],
  ...rows.map(([c, s], i) => [String(i + 1), c, s]),
];

/** .docx: headings «一、基金监管（25分）» (one «（共20分）»), each over its own table 序号 | 考核内容 | 评分标准 with no 分值 column: each item's points only in its 考核内容 «定点医药机构现场检查（8分）». */
const headingTables: BlindLayoutTitled = {
  name: "医保 .docx 标题段落「一、基金监管（25分）」「二、待遇保障（共20分）」各接一张 序号|考核内容|评分标准 小表，无分值列，各项分值只写在考核内容里「…（8分）」+ 文末注",
  kind: "docx",
  build: () =>
    docxOf([
      "松桥县2027年度医疗保障重点工作考核评分细则",
      "为推动全县医疗保障重点工作落实，根据市医保局年度考核办法，结合我县实际，制定本细则。",
      "一、基金监管（25分）",
      contentTable(
        [
          "定点医药机构现场检查（8分）",
          "年度内对辖区定点医药机构现场检查覆盖率达到100%，每低1个百分点扣0.5分。",
        ],
        [
          "违规行为查处（10分）",
          "查实的违规问题未按协议处理的，每例扣2分；违规资金未按期追回的，每例扣1分。",
        ],
        [
          "举报投诉处理（7分）",
          "举报投诉未在规定时限内办结的，每件扣1分；未落实举报奖励制度的扣3分。",
        ],
      ),
      "二、待遇保障（共20分）",
      contentTable(
        [
          "参保扩面（10分）",
          "基本医疗保险参保率达到95%以上得10分，93%（含）—95%得6分，93%以下不得分。",
        ],
        ["医疗救助（5分）", "医疗救助对象资助参保资金未按时足额拨付的，每次扣1分。"],
        ["长期护理保险（5分）", "未按时完成失能等级评定的扣2分；未按规定支付护理费用的扣3分。"],
      ),
      "三、经办服务（15分）",
      contentTable(
        ["经办时限（8分）", "经办事项超过承诺时限办结的，每件扣0.5分。"],
        ["群众满意度（7分）", "群众满意度达到90%得满分，每低1个百分点扣1分。"],
      ),
      "注：各项扣分以该项分值为限，扣完为止。",
    ]),
  expected: [
    "1 基金监管 25",
    "1.1 定点医药机构现场检查 8",
    "1.2 违规行为查处 10",
    "1.3 举报投诉处理 7",
    "2 待遇保障 20",
    "2.1 参保扩面 10",
    "2.2 医疗救助 5",
    "2.3 长期护理保险 5",
    "3 经办服务 15",
    "3.1 经办时限 8",
    "3.2 群众满意度 7",
  ],
  kinds: {
    定点医药机构现场检查: below("100", "1", "0.5"),
    违规行为查处: occ(["2", "1"]),
    举报投诉处理: occ(["1", "3"]),
    参保扩面: bands(["95", "10"], ["93", "6"]),
    医疗救助: occ(["1"]),
    长期护理保险: deductions(["2", "3"]),
    经办时限: occ(["0.5"]),
    群众满意度: below("90", "1", "1"),
  },
  standards: {
    违规行为查处: ["查实的违规问题未按协议处理的，每例扣2分", "违规资金未按期追回的，每例扣1分"],
    长期护理保险: ["未按时完成失能等级评定的扣2分", "未按规定支付护理费用的扣3分"],
  },
  notText: ["各项扣分以该项分值为限"],
  said: [],
  title: "松桥县2027年度医疗保障重点工作考核评分细则",
};

/** .docx, landscape: 考核项目 | 分值 | 考核要点 | 评分细则 | 考核方式 | 责任股室 — the 分值 merged down with the 考核项目 over several 考核要点 rows: the points are the group's, its 考核要点 share them (one item whose rule is every row's); a 合计 row. */
const sharedPoints: BlindLayoutTitled = {
  name: "医保 .docx 横版 考核项目|分值|考核要点|评分细则|考核方式|责任股室，分值与考核项目一同合并跨多行考核要点（分值属该项目，要点共用）+ 合计行",
  kind: "docx",
  build: () =>
    docxOf([
      "石岭县2027年度医疗保障工作目标管理考核细则",
      [
        ["考核项目", "分值", "考核要点", "评分细则", "考核方式", "责任股室"],
        [
          down("基金监管", 3),
          down("24", 3),
          "定点医药机构检查",
          "未实现定点医药机构现场检查全覆盖的，每少1家扣1分。",
          "查阅检查台账",
          "基金监管股",
        ],
        ["违规问题处理", "查实违规问题未按协议处理的，每例扣2分。", "抽查案卷", "基金监管股"],
        [
          "追回资金管理",
          "追回的违规资金未按规定上缴基金专户的，每笔扣2分。",
          "查阅财务凭证",
          "规划财务股",
        ],
        [
          "参保扩面",
          "16",
          "户籍人口参保率",
          "全县基本医疗保险参保率达到96%得满分，每低1个百分点扣2分。",
          "系统查询",
          "待遇保障股",
        ],
        [
          down("基础管理", 3),
          down("10", 3),
          "工作计划",
          "未制定年度医保工作计划的扣2分。",
          "查阅资料",
          "办公室",
        ],
        ["统计报表", "年度统计报表未按时报送的扣3分。", "查阅资料", "规划财务股"],
        ["档案管理", "业务档案未按规定分类归档的扣5分。", "实地查看", "办公室"],
        [
          down("经办服务", 2),
          down("15", 2),
          "办理时限",
          "经办事项超时办结的，每件扣1分。",
          "查阅台账",
          "经办中心",
        ],
        ["服务投诉", "服务对象有效投诉经查属实的，每件扣2分。", "查阅投诉记录", "经办中心"],
        ["合计", "65", "", "", "", ""],
      ],
    ]),
  expected: ["1 基金监管 24", "2 参保扩面 16", "3 基础管理 10", "4 经办服务 15"],
  kinds: {
    基金监管: occ(["1", "2", "2"]),
    参保扩面: below("96", "1", "2"),
    基础管理: deductions(["2", "3", "5"]),
    经办服务: occ(["1", "2"]),
  },
  standards: {
    基金监管: [
      "定点医药机构检查",
      "未实现定点医药机构现场检查全覆盖的，每少1家扣1分",
      "违规问题处理",
      "查实违规问题未按协议处理的，每例扣2分",
      "追回资金管理",
      "追回的违规资金未按规定上缴基金专户的，每笔扣2分",
    ],
    基础管理: [
      "未制定年度医保工作计划的扣2分",
      "年度统计报表未按时报送的扣3分",
      "业务档案未按规定分类归档的扣5分",
    ],
    经办服务: ["经办事项超时办结的，每件扣1分", "服务对象有效投诉经查属实的，每件扣2分"],
  },
  notText: [],
  said: ["考核方式", "责任股室"],
  title: "石岭县2027年度医疗保障工作目标管理考核细则",
};

/** .docx: 序号 | 考核项目 | 分值 | 评分标准 | 得分 — a 评分标准 cell of numbered requirements «1.…（4分）；2.…（3分）» (on one line or one per line) whose points sum to the item's; an empty 得分 column. */
const numberedRequirements: BlindLayoutTitled = {
  name: "医保 .docx 序号|考核项目|分值|评分标准|得分，评分标准单元格内编号要求「1.…（4分）；2.…（3分）」（同行或分行）合计即该项分值 + 空得分列",
  kind: "docx",
  build: () =>
    docxOf([
      "桐川县2027年度医疗保障工作考核评分表",
      [
        ["序号", "考核项目", "分值", "评分标准", "得分"],
        [
          "1",
          "基金预算管理",
          "10",
          "1.按时编制年度基金收支预算（4分）；2.每季度开展基金运行分析并形成报告（3分）；3.按时报送年度基金决算报表（3分）。",
          "",
        ],
        [
          "2",
          "基金监管",
          "15",
          "1.制定年度基金监管工作方案（3分）；\n2.对定点医药机构开展现场检查全覆盖（6分）；\n3.建立违规问题整改台账（3分）；\n4.按规定公开曝光典型案例（3分）。",
          "",
        ],
        ["3", "参保扩面", "12", "基本医疗保险参保率达到95%得满分，每低1个百分点扣2分。", ""],
        [
          "4",
          "支付方式改革",
          "10",
          "1.DRG/DIP付费覆盖全部符合条件的住院医疗机构（5分）；\n2.按时完成年度付费清算（3分）；\n3.开展付费改革政策培训（2分）。",
          "",
        ],
        [
          "5",
          "经办服务",
          "8",
          "经办事项超时办结的，每件扣1分；窗口服务被有效投诉的，每件扣2分。",
          "",
        ],
        [
          "6",
          "医保信息化",
          "5",
          "1.医保电子凭证激活率达到60%（3分）；2.移动支付在二级以上定点医院全面上线（2分）。",
          "",
        ],
      ],
    ]),
  // Corrected after the round (decision 0329): written blind as one checklist item each; the
  // import's committed reading (0312, rubric-layouts.test.ts, the unseen layouts) makes each line
  // marked with its points an item of its own, scoring the same.
  expected: [
    "1 基金预算管理 10",
    "1.1 按时编制年度基金收支预算 4",
    "1.2 每季度开展基金运行分析并形成报告 3",
    "1.3 按时报送年度基金决算报表 3",
    "2 基金监管 15",
    "2.1 制定年度基金监管工作方案 3",
    "2.2 对定点医药机构开展现场检查全覆盖 6",
    "2.3 建立违规问题整改台账 3",
    "2.4 按规定公开曝光典型案例 3",
    "3 参保扩面 12",
    "4 支付方式改革 10",
    "4.1 DRG/DIP付费覆盖全部符合条件的住院医疗机构 5",
    "4.2 按时完成年度付费清算 3",
    "4.3 开展付费改革政策培训 2",
    "5 经办服务 8",
    "6 医保信息化 5",
    "6.1 医保电子凭证激活率达到60% 3",
    "6.2 移动支付在二级以上定点医院全面上线 2",
  ],
  kinds: {
    按时编制年度基金收支预算: met("4"),
    每季度开展基金运行分析并形成报告: met("3"),
    按时报送年度基金决算报表: met("3"),
    对定点医药机构开展现场检查全覆盖: met("6"),
    参保扩面: below("95", "1", "2"),
    "DRG/DIP付费覆盖全部符合条件的住院医疗机构": met("5"),
    经办服务: occ(["1", "2"]),
    "医保电子凭证激活率达到60%": met("3"),
  },
  standards: {
    按时编制年度基金收支预算: ["按时编制年度基金收支预算"],
    开展付费改革政策培训: ["开展付费改革政策培训"],
  },
  notText: [],
  said: ["得分"],
  title: "桐川县2027年度医疗保障工作考核评分表",
};

/** The five blind layouts of the seventh round (the last an old Word 97 .doc: LibreOffice needed). */
export const blindLayoutsFifth: BlindLayoutTitled[] = [
  headingTables,
  sharedPoints,
  numberedRequirements,
  repeatedHeader,
  oldWordDoc,
];
