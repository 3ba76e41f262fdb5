/**
 * The fifth December 2026 blind round of table layouts (task layouts3, decision 0319): four whole
 * rubrics in layouts no earlier test used, written by hand before the import was read or run on
 * them (self-written, not real documents). Same form as blind-2026-12e-tables.ts (`expected`,
 * `kinds`, `standards`, `notText`, `said`), plus `title`: the draft's title a person gives it.
 */
import { docxOf, workbookOf } from "../layout-files.js";
import type { BlindLayoutSaid } from "./blind-2026-12e-tables.js";
import { thousandPoints } from "./blind-2026-12f-thousand.js";
import { bands, below, deductions, down, occ } from "./expected-rules.js";

/** A blind layout of this round: what it must read and say, and the draft's title. */
export interface BlindLayoutTitled extends BlindLayoutSaid {
  title?: string;
}

/** .xlsx: title row, then a category row «一、基金监管（30分）» merged across ABOVE the header; another inside; 合计; a 注 row with a 一票否决 sentence merged across under the table. */
const categoryUnderTitle: BlindLayoutTitled = {
  name: "医保 .xlsx 标题行下第一行即类别行「一、基金监管（30分）」（在表头之上）+ 表内类别通栏行 + 考核方式列 + 合计 + 表下通栏「注：」含一票否决",
  kind: "xlsx",
  build: () =>
    workbookOf([
      {
        name: "Sheet1",
        rows: [
          ["安平县2027年度医疗保障工作目标考核评分表", "", "", "", ""],
          ["一、基金监管（30分）", "", "", "", ""],
          ["序号", "考核项目", "分值", "评分标准", "考核方式"],
          [
            "1",
            "日常稽核",
            "10",
            "对辖区定点医药机构年度稽核覆盖率达到100%，每低1个百分点扣0.5分。",
            "查阅稽核台账",
          ],
          [
            "2",
            "违规追回",
            "12",
            "违规金额未按期追回的，每例扣2分；追回资金未及时上缴基金专户的，每次扣1分。",
            "查阅财务凭证",
          ],
          [
            "3",
            "内控管理",
            "8",
            "未建立内控制度的扣4分；未开展内控风险评估的扣4分。",
            "查阅制度文件",
          ],
          ["二、经办服务（20分）", "", "", "", ""],
          [
            "1",
            "窗口服务",
            "10",
            "服务对象有效投诉的，每件扣1分；被市级以上通报批评的，每次扣3分。",
            "查看投诉记录",
          ],
          [
            "2",
            "异地备案",
            "10",
            "异地就医备案线上办理率达到90%得10分，80%（含）—90%得6分，80%以下不得分。",
            "系统查询",
          ],
          ["合计", "", "50", "", ""],
          [
            "注：1.各项扣分以该项分值为限，扣完为止。2.发生重大欺诈骗保案件被上级通报的，实行一票否决。3.考核数据截至当年12月31日。",
            "",
            "",
            "",
            "",
          ],
        ],
        merges: ["A1:E1", "A2:E2", "A7:E7", "A11:E11"],
      },
    ]),
  expected: [
    "1 基金监管 30",
    "1.1 日常稽核 10",
    "1.2 违规追回 12",
    "1.3 内控管理 8",
    "2 经办服务 20",
    "2.1 窗口服务 10",
    "2.2 异地备案 10",
    "3 一票否决 0",
    "3.1 发生重大欺诈骗保案件被上级通报的 0 否决",
  ],
  kinds: {
    日常稽核: below("100", "1", "0.5"),
    内控管理: deductions(["4", "4"]),
    异地备案: bands(["90", "10"], ["80", "6"]),
    发生重大欺诈骗保案件被上级通报的: { kind: "checklist", gate: { effect: "veto" } },
  },
  standards: {
    违规追回: ["违规金额未按期追回的，每例扣2分", "追回资金未及时上缴基金专户的，每次扣1分"],
  },
  notText: ["考核数据截至当年12月31日", "各项扣分以该项分值为限"],
  said: ["考核方式", "一票否决", "考核数据截至当年12月31日"],
  title: "安平县2027年度医疗保障工作目标考核评分表",
};

/** .docx, landscape: 权重 in percentages of a stated total of 120; numbered sub-lines «1.名称（N分）：…» in 评分标准; 数据来源 and empty 自评分 | 复核分 | 扣分原因 columns. */
const weightsOf120: BlindLayoutTitled = {
  name: "医保经办 .docx 横版 权重为百分比而总分120分（标题写明）+ 评分标准内「1.名称（N分）：…；2.…」分项 + 数据来源|自评分|复核分|扣分原因空列",
  kind: "docx",
  build: () =>
    docxOf([
      "丰乐县2027年度医保经办机构综合考核评分表（总分120分）",
      [
        ["序号", "考核指标", "权重", "评分标准", "数据来源", "自评分", "复核分", "扣分原因"],
        [
          "1",
          "参保扩面",
          "25%",
          "户籍人口基本医疗保险参保率达到97%得满分，每低1个百分点扣3分。",
          "省医保信息平台",
          "",
          "",
          "",
        ],
        [
          "2",
          "基金运行",
          "25%",
          "1.预算执行（15分）：基金预算执行率达到95%以上得15分，每低1个百分点扣1分；\n2.结余管理（15分）：累计结余可支付月数在6至9个月之间得15分，超出或不足的不得分。",
          "财务决算报表",
          "",
          "",
          "",
        ],
        [
          "3",
          "经办服务",
          "20%",
          "经办事项超时办结的，每件扣1分；服务对象有效投诉的，每件扣2分。",
          "投诉台账",
          "",
          "",
          "",
        ],
        [
          "4",
          "信息化建设",
          "15%",
          "医保电子凭证激活率达到80%得满分，每低1个百分点扣1分。",
          "医保信息系统",
          "",
          "",
          "",
        ],
        [
          "5",
          "政务信息",
          "15%",
          "每月报送政务信息不少于2条，每少1条扣0.5分。",
          "办公室统计",
          "",
          "",
          "",
        ],
        ["合计", "", "100%", "", "", "", "", ""],
      ],
    ]),
  expected: [
    "1 参保扩面 30",
    "2 基金运行 30",
    "2.1 预算执行 15",
    "2.2 结余管理 15",
    "3 经办服务 24",
    "4 信息化建设 18",
    "5 政务信息 18",
  ],
  kinds: {
    参保扩面: below("97", "1", "3"),
    预算执行: below("95", "1", "1"),
    经办服务: occ(["1", "2"]),
    信息化建设: below("80", "1", "1"),
  },
  standards: {
    结余管理: ["累计结余可支付月数在6至9个月之间得15分"],
    预算执行: ["基金预算执行率达到95%以上得15分，每低1个百分点扣1分"],
  },
  notText: [],
  said: ["120", "数据来源", "自评分", "复核分", "扣分原因"],
};

/** .docx, landscape: 扣分情形 | 分值 | 扣分标准 — the case column NOT directly left of the standard; item and 分值 merged down; empty 自评分 | 复核分 | 扣分原因. */
const caseApart: BlindLayoutTitled = {
  name: "医疗救助 .docx 横版 扣分情形|分值|扣分标准（情形列与标准列之间隔着分值列，项目与分值合并）+ 自评分|复核分|扣分原因空列",
  kind: "docx",
  build: () =>
    docxOf([
      "临江县2027年度医疗救助工作考核评分表",
      [
        ["序号", "考核项目", "扣分情形", "分值", "扣分标准", "自评分", "复核分", "扣分原因"],
        [
          down("1", 2),
          down("救助对象认定", 2),
          "救助对象信息未及时更新的",
          down("10", 2),
          "每人次扣0.5分",
          down("", 2),
          down("", 2),
          down("", 2),
        ],
        ["不符合条件人员纳入救助范围的", "每人扣2分"],
        [
          "2",
          "资助参保",
          "特困人员、低保对象未按规定资助参保的",
          "8",
          "每发现1人扣1分",
          "",
          "",
          "",
        ],
        [
          down("3", 2),
          down("救助资金", 2),
          "救助资金未按时足额发放的",
          down("12", 2),
          "每次扣2分",
          down("", 2),
          down("", 2),
          down("", 2),
        ],
        ["挤占挪用救助资金的", "扣6分"],
        [
          "4",
          "一站式结算",
          "定点医疗机构未实现医疗救助“一站式”结算的",
          "10",
          "每家扣2分",
          "",
          "",
          "",
        ],
        [
          down("5", 2),
          down("档案管理", 2),
          "救助档案资料不完整的",
          down("10", 2),
          "每份扣0.5分",
          down("", 2),
          down("", 2),
          down("", 2),
        ],
        ["救助审批表未经审核签字的", "每份扣1分"],
      ],
    ]),
  expected: [
    "1 救助对象认定 10",
    "2 资助参保 8",
    "3 救助资金 12",
    "4 一站式结算 10",
    "5 档案管理 10",
  ],
  kinds: {
    救助对象认定: occ(["0.5", "2"]),
    救助资金: occ(["2", "6"]),
    一站式结算: occ(["2"]),
    档案管理: occ(["0.5", "1"]),
  },
  standards: {
    救助对象认定: [
      "救助对象信息未及时更新的",
      "每人次扣0.5分",
      "不符合条件人员纳入救助范围的",
      "每人扣2分",
    ],
    资助参保: ["特困人员、低保对象未按规定资助参保的", "每发现1人扣1分"],
    档案管理: ["救助档案资料不完整的", "每份扣0.5分", "救助审批表未经审核签字的", "每份扣1分"],
  },
  notText: [],
  said: ["自评分", "复核分", "扣分原因"],
};

/** The four blind layouts of the fifth round. */
export const blindLayoutsThird: BlindLayoutTitled[] = [
  categoryUnderTitle,
  weightsOf120,
  thousandPoints,
  caseApart,
];
