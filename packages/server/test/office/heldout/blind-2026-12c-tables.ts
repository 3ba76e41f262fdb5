/**
 * The third December 2026 blind round (task tables, decision 0312): four whole rubrics in table
 * layouts no earlier test used, written by hand before the import was read or run on them. Same
 * form as blind-2026-12-tables.ts (`expected` outline, `kinds` by item title), plus `standards`:
 * the pieces of scoring text a person reads for an item, each of which must appear in the item's
 * 评分标准 (whitespace aside), and `notText`: text that is a note, never an item nor a standard.
 */
import { docxOf, xlsxOf, type DocCell } from "../layout-files.js";
import type { BlindTable } from "./blind-2026-12-tables.js";
import type { Expected } from "./sentences.js";

/** A blind layout: a blind table plus the scoring text of its items and the notes under it. */
export interface BlindLayout extends BlindTable {
  standards: Record<string, string[]>;
  notText: string[];
}

const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});
const below = (from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction: "below", from, step, points },
});
const deductions = (points: string[]): Expected => ({
  kind: "checklist",
  rule: { mode: "deduct", items: points.map((p) => ({ points: p })) },
});

/** .docx: each 一级指标 its own table under a caption «一、基金监管（20分）»; ①② and (1)(2) lines in one cell; 注 after. */
const captionedTables: BlindLayout = {
  name: "医保 .docx 每个一级指标一张表（表上标题段落「一、基金监管（20分）」）+ 序号|考核内容|评分标准|分值 + 单元格内①②/（1）（2）分行 + 表后注",
  kind: "docx",
  build: () =>
    docxOf([
      "西林县2027年度医疗保障重点工作考核细则",
      "一、基金监管（20分）",
      [
        ["序号", "考核内容", "评分标准", "分值"],
        [
          "1",
          "定点医药机构检查",
          "年度内对辖区定点医药机构现场检查全覆盖，每少检查1家扣1分，扣完为止。",
          "8",
        ],
        [
          "2",
          "违规问题处理",
          "①查实的违规问题未按协议处理的，每例扣1分；\n②违规金额未追回的，每例扣2分。",
          "7",
        ],
        ["3", "举报奖励", "未落实举报奖励制度的扣5分。", "5"],
      ],
      "二、待遇保障（15分）",
      [
        ["序号", "考核内容", "评分标准", "分值"],
        [
          "1",
          "住院费用报销",
          "政策范围内住院费用基金支付比例达到80%得满分，每低1个百分点扣1分。",
          "8",
        ],
        [
          "2",
          "异地就医直接结算",
          "跨省异地就医住院费用直接结算率≥70%得7分，60%（含）～70%得4分，＜60%不得分。",
          "7",
        ],
      ],
      "三、经办服务（15分）",
      [
        ["序号", "考核内容", "评分标准", "分值"],
        [
          "1",
          "窗口服务",
          "（1）医保经办事项超时办结的，每件扣0.5分；\n（2）服务对象投诉查实的，每件扣1分。",
          "9",
        ],
        ["2", "满意度", "群众满意度排名全县前3名的得6分，其余每后退1名扣0.5分。", "6"],
      ],
      "注：1.各项扣分以该项分值为限；2.考核数据以市医保局通报为准。",
    ]),
  expected: [
    "1 基金监管 20",
    "1.1 定点医药机构检查 8",
    "1.2 违规问题处理 7",
    "1.3 举报奖励 5",
    "2 待遇保障 15",
    "2.1 住院费用报销 8",
    "2.2 异地就医直接结算 7",
    "3 经办服务 15",
    "3.1 窗口服务 9",
    "3.2 满意度 6",
  ],
  kinds: {
    定点医药机构检查: occ(["1"]),
    违规问题处理: occ(["1", "2"]),
    举报奖励: deductions(["5"]),
    住院费用报销: below("80", "1", "1"),
    异地就医直接结算: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "70", points: "7" },
          { gte: "60", points: "4" },
        ],
      },
    },
    窗口服务: occ(["0.5", "1"]),
    满意度: { kind: "rank", rule: { awards: [{ upTo: 3, points: "6" }], perPlace: "0.5" } },
  },
  standards: {
    违规问题处理: ["查实的违规问题未按协议处理的，每例扣1分", "违规金额未追回的，每例扣2分"],
    窗口服务: ["医保经办事项超时办结的，每件扣0.5分", "服务对象投诉查实的，每件扣1分"],
    住院费用报销: ["政策范围内住院费用基金支付比例达到80%得满分，每低1个百分点扣1分。"],
  },
  notText: ["考核数据以市医保局通报为准"],
};

/** .xlsx: 考核指标 and its points in one cell «参保扩面（10分）», no 分值 column; Alt+Enter lines; a 注 row merged across. */
const pointsInName: BlindLayout = {
  name: "医保经办 .xlsx 考核指标与分值同格「参保扩面（10分）」无分值列 + 单元格内换行 (1)(2) + 考核方式列 + 合计行 + 注行",
  kind: "xlsx",
  build: () =>
    xlsxOf(
      [
        ["北塘县2027年度医保经办机构考核评分表", "", "", ""],
        ["序号", "考核指标", "评分标准", "考核方式"],
        [
          "1",
          "参保扩面（10分）",
          "基本医疗保险参保率达到95%得10分；\n每低1个百分点扣2分，扣完为止。",
          "查阅参保数据",
        ],
        [
          "2",
          "基金预算执行（8分）",
          "基金预算执行率在95%以上得8分，90%（含）-95%得5分，90%以下不得分。",
          "查阅决算报表",
        ],
        [
          "3",
          "医保电子凭证（6分）",
          "(1)医保电子凭证激活率低于80%的，每低1个百分点扣0.5分；\n(2)未开通医保码结算的定点机构，每家扣0.5分。",
          "系统抽查",
        ],
        [
          "4",
          "信息报送（6分）",
          "信息报送不及时的，每次扣1分；\n数据报送错误的，每次扣0.5分。",
          "查阅台账",
        ],
        ["合计", "总分30分", "", ""],
        ["注：各项扣分不超过该项分值；考核方式中“查阅”指查阅台账资料。", "", "", ""],
      ],
      ["A1:D1", "A9:D9"],
    ),
  expected: ["1 参保扩面 10", "2 基金预算执行 8", "3 医保电子凭证 6", "4 信息报送 6"],
  kinds: {
    参保扩面: below("95", "1", "2"),
    基金预算执行: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "8" },
          { gte: "90", points: "5" },
        ],
      },
    },
    医保电子凭证: {
      kind: "pool",
      rule: { parts: [{ rule: { kind: "steps" } }, { rule: { kind: "occurrences" } }] },
    },
    信息报送: occ(["1", "0.5"]),
  },
  standards: {
    参保扩面: ["基本医疗保险参保率达到95%得10分", "每低1个百分点扣2分，扣完为止。"],
    信息报送: ["信息报送不及时的，每次扣1分", "数据报送错误的，每次扣0.5分。"],
  },
  notText: ["考核方式中“查阅”指查阅台账资料"],
};

const down = (text: string, rows: number): DocCell => ({ text, rowSpan: rows });

/** .docx: 评分标准 over two cells of a row (扣分情形 | 扣分标准), item cells merged down; a 注 row; a 附表 of 加分项目. */
const splitStandard: BlindLayout = {
  name: "医保 .docx 扣分情形|扣分标准 两列（项目合并单元格，一行一情形）+ 表内注行（跨列）+ 附表：加分项目（上限列）",
  kind: "docx",
  build: () =>
    docxOf([
      "东林县2027年度医疗保障工作考核细则",
      [
        ["序号", "考核项目", "分值", "扣分情形", "扣分标准"],
        [
          down("1", 3),
          down("医保基金监管", 3),
          down("12", 3),
          "定点医药机构违规使用医保基金被查实的",
          "每例扣1分",
        ],
        ["未按规定开展年度专项检查的", "每次扣2分"],
        ["违规资金未在规定期限内追回的", "每例扣0.5分"],
        [
          down("2", 2),
          down("医疗救助", 2),
          down("8", 2),
          "符合条件的救助对象未及时救助的",
          "每人次扣1分",
        ],
        ["救助资金未按时拨付的", "每次扣2分"],
        ["3", "医保服务", "10", "医保经办服务事项未按承诺时限办结的", "每件扣0.5分"],
        [
          "4",
          "药品集中带量采购",
          "10",
          "中选药品约定采购量完成率低于100%的",
          "每低1个百分点扣0.5分",
        ],
        [{ text: "注：同一问题不重复扣分，各项扣完为止。", colSpan: 5 }],
      ],
      "附表：加分项目",
      [
        ["序号", "加分事项", "加分标准", "上限"],
        ["1", "创新工作被省级以上推广", "被国家医保局推广的加3分，被省医保局推广的加2分。", "3"],
        ["2", "获得上级表彰", "获市级以上表彰的，每项加1分。", "2"],
      ],
    ]),
  expected: [
    "1 医保基金监管 12",
    "2 医疗救助 8",
    "3 医保服务 10",
    "4 药品集中带量采购 10",
    "5 加分项目 5 cap 5",
    "5.1 创新工作被省级以上推广 3",
    "5.2 获得上级表彰 2",
  ],
  kinds: {
    医保基金监管: occ(["1", "2", "0.5"]),
    医疗救助: occ(["1", "2"]),
    医保服务: occ(["0.5"]),
    药品集中带量采购: below("100", "1", "0.5"),
    创新工作被省级以上推广: { kind: "occurrences", rule: { mode: "award" } },
    获得上级表彰: occ(["1"], "award"),
  },
  standards: {
    医保基金监管: [
      "定点医药机构违规使用医保基金被查实的",
      "每例扣1分",
      "未按规定开展年度专项检查的",
      "每次扣2分",
      "违规资金未在规定期限内追回的",
      "每例扣0.5分",
    ],
    医疗救助: [
      "符合条件的救助对象未及时救助的",
      "每人次扣1分",
      "救助资金未按时拨付的",
      "每次扣2分",
    ],
    药品集中带量采购: ["中选药品约定采购量完成率低于100%的", "每低1个百分点扣0.5分"],
  },
  notText: ["同一问题不重复扣分"],
};

/** .xlsx: 一级指标 | 二级指标 | 分值 | 评分标准 | 得分; points only in the parent row, children «/»; a 说明 row. */
const slashChildren: BlindLayout = {
  name: "医保 .xlsx 二级指标分值为「/」（分值只在一级指标行，一级合并）+ 混有自带分值的二级指标 + 得分空列 + 说明行",
  kind: "xlsx",
  build: () =>
    xlsxOf(
      [
        ["南湾县2027年度医疗保障工作考核指标", "", "", "", ""],
        ["一级指标", "二级指标", "分值", "评分标准", "得分"],
        ["基金管理", "", "15", "", ""],
        ["", "预算管理", "/", "未按时编制基金预算的，每次扣3分。", ""],
        ["", "基金结算", "/", "医保基金结算超过30日的，每次扣1分。", ""],
        ["", "内控管理", "/", "发现内控漏洞的，每处扣2分。", ""],
        ["服务管理", "", "10", "", ""],
        ["", "窗口建设", "/", "未设置医保服务窗口的，每个乡镇扣2分。", ""],
        ["", "投诉处理", "/", "群众投诉查实的，每件扣1分。", ""],
        ["信息化建设", "", "10", "", ""],
        ["", "电子凭证", "5", "医保电子凭证激活率达到90%得5分，每低1个百分点扣0.5分。", ""],
        ["", "移动支付", "5", "未开通医保移动支付的扣5分。", ""],
        ["说明：二级指标分值为“/”的，在所属一级指标分值内扣分，扣完为止。", "", "", "", ""],
      ],
      ["A1:E1", "A3:A6", "A7:A9", "A10:A12", "A13:E13"],
    ),
  expected: [
    "1 基金管理 15",
    "2 服务管理 10",
    "3 信息化建设 10",
    "3.1 电子凭证 5",
    "3.2 移动支付 5",
  ],
  kinds: {
    基金管理: occ(["3", "1", "2"]),
    服务管理: occ(["2", "1"]),
    电子凭证: below("90", "1", "0.5"),
    移动支付: deductions(["5"]),
  },
  standards: {
    基金管理: [
      "未按时编制基金预算的，每次扣3分。",
      "医保基金结算超过30日的，每次扣1分。",
      "发现内控漏洞的，每处扣2分。",
    ],
    服务管理: ["未设置医保服务窗口的，每个乡镇扣2分。", "群众投诉查实的，每件扣1分。"],
  },
  notText: ["在所属一级指标分值内扣分"],
};

/** The four blind layouts of the third round. */
export const blindLayouts: BlindLayout[] = [
  captionedTables,
  pointsInName,
  splitStandard,
  slashChildren,
];
