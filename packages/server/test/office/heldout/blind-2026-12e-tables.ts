/**
 * The fourth December 2026 blind round (task layouts2, decision 0315): five whole rubrics in table
 * layouts no earlier test used, written by hand before the import was read or run on them. Same
 * form as blind-2026-12c-tables.ts (`expected`, `kinds`, `standards`, `notText`), plus `said`:
 * what the import must tell the administrator it did not read as it stands (each piece must be in
 * a warning or in the lists of ignored / unused columns).
 */
import { docxOf, workbookOf, xlsxOf, type DocCell } from "../layout-files.js";
import type { BlindLayout } from "./blind-2026-12c-tables.js";
import type { Expected } from "./sentences.js";

/** A blind layout of this round: what the import must say besides what it must read. */
export interface BlindLayoutSaid extends BlindLayout {
  said: string[];
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

const sheetHeader = ["序号", "考核内容", "考核要点", "分值", "评分办法", "考核方式", "责任科室"];

/** .xlsx: one sheet per category (sheet name = category), «基金监管（25分）» in a title row; 考核要点, 考核方式, 责任科室 columns. */
const sheetPerCategory: BlindLayoutSaid = {
  name: "医保 .xlsx 每个类别一个工作表（表名即类别，首行「基金监管（25分）」）+ 考核内容|考核要点|分值|评分办法|考核方式|责任科室",
  kind: "xlsx",
  build: () =>
    workbookOf([
      {
        name: "基金监管",
        rows: [
          ["基金监管（25分）", "", "", "", "", "", ""],
          sheetHeader,
          [
            "1",
            "协议管理",
            "与辖区定点医药机构全部签订服务协议，并按协议开展年度考核。",
            "8",
            "未签订服务协议的，每家扣2分；未开展年度考核的扣3分。",
            "查阅协议文本及考核资料",
            "医药服务管理股",
          ],
          [
            "2",
            "智能监控",
            "智能监控系统疑点数据按时处理。",
            "9",
            "疑点数据处理率达到100%得9分，每低1个百分点扣0.5分。",
            "系统查看",
            "基金监管股",
          ],
          [
            "3",
            "专项整治",
            "按要求开展医保基金专项整治行动。",
            "8",
            "未按时报送专项整治工作总结的扣2分；发现问题未整改的，每个扣1分。",
            "查阅台账",
            "基金监管股",
          ],
        ],
        merges: ["A1:G1"],
      },
      {
        name: "待遇保障",
        rows: [
          ["待遇保障（20分）", "", "", "", "", "", ""],
          sheetHeader,
          [
            "1",
            "门诊慢特病",
            "慢特病申报材料审核及时、准确。",
            "10",
            "审核超时的，每例扣0.5分；审核错误的，每例扣1分。",
            "抽查档案",
            "待遇保障股",
          ],
          [
            "2",
            "医疗救助",
            "特困人员、低保对象资助参保率达到100%。",
            "10",
            "资助参保率达到100%得10分，每低0.5个百分点扣1分。",
            "比对系统数据",
            "待遇保障股",
          ],
        ],
        merges: ["A1:G1"],
      },
      {
        name: "加分项",
        rows: [
          ["加分项（最高加5分）", "", "", "", "", "", ""],
          sheetHeader,
          [
            "1",
            "经验推广",
            "医保工作经验被上级推广。",
            "3",
            "被省级医保部门推广的加3分，被市级医保部门推广的加1分。",
            "查阅推广文件",
            "办公室",
          ],
          [
            "2",
            "信息宣传",
            "医保工作信息被上级采用。",
            "2",
            "被市级以上媒体或医保部门采用的，每篇加0.5分。",
            "查阅采用文件",
            "办公室",
          ],
        ],
        merges: ["A1:G1"],
      },
    ]),
  expected: [
    "1 基金监管 25",
    "1.1 协议管理 8",
    "1.2 智能监控 9",
    "1.3 专项整治 8",
    "2 待遇保障 20",
    "2.1 门诊慢特病 10",
    "2.2 医疗救助 10",
    "3 加分项 5 cap 5",
    "3.1 经验推广 3",
    "3.2 信息宣传 2",
  ],
  kinds: {
    智能监控: below("100", "1", "0.5"),
    门诊慢特病: occ(["0.5", "1"]),
    医疗救助: below("100", "0.5", "1"),
    信息宣传: occ(["0.5"], "award"),
  },
  standards: {
    协议管理: ["未签订服务协议的，每家扣2分", "未开展年度考核的扣3分。"],
    医疗救助: ["资助参保率达到100%得10分，每低0.5个百分点扣1分。"],
  },
  notText: [],
  said: ["考核方式", "责任科室"],
};

const splitHeader = ["序号", "考核项目", "分值", "得分标准", "扣分标准"];

/** .docx: captioned tables; 得分标准 | 扣分标准 for the same item; a 注 paragraph BETWEEN the tables; 说明 at the end. */
const noteBetween: BlindLayoutSaid = {
  name: "医保 .docx 两张带标题的表 + 得分标准|扣分标准 两列 + 两表之间的「注：」段落 + 文末说明",
  kind: "docx",
  build: () =>
    docxOf([
      "清河县2027年度医疗保障工作目标考核细则",
      "一、重点工作（30分）",
      [
        splitHeader,
        [
          "1",
          "城乡居民参保",
          "10",
          "城乡居民基本医疗保险参保率达到96%的得10分。",
          "参保率每低1个百分点扣2分，扣完为止。",
        ],
        [
          "2",
          "基金收缴",
          "10",
          "按时足额完成年度征缴任务的得10分。",
          "征缴任务完成率每低1个百分点扣1分。",
        ],
        [
          "3",
          "医保支付方式改革",
          "10",
          "DRG付费医疗机构覆盖率达到100%的得满分。",
          "未按要求开展月度清算的，每次扣1分；清算数据报送错误的，每次扣0.5分。",
        ],
      ],
      "注：参保率以省医保信息平台年底数据为准，征缴任务以县政府下达数为准。",
      "二、日常管理（20分）",
      [
        splitHeader,
        [
          "1",
          "政务信息",
          "5",
          "按时报送政务信息的得5分。",
          "每月报送信息少于2条的，每少1条扣0.5分。",
        ],
        [
          "2",
          "档案管理",
          "5",
          "档案资料齐全规范的得5分。",
          "档案缺失的，每项扣1分；归档不及时的，每次扣0.5分。",
        ],
        [
          "3",
          "安全生产",
          "10",
          "全年未发生安全生产事故的得10分。",
          "发生一般安全事故的扣5分；发生较大以上安全事故的，本项不得分。",
        ],
      ],
      "说明：本细则由县医疗保障局负责解释。",
    ]),
  expected: [
    "1 重点工作 30",
    "1.1 城乡居民参保 10",
    "1.2 基金收缴 10",
    "1.3 医保支付方式改革 10",
    "2 日常管理 20",
    "2.1 政务信息 5",
    "2.2 档案管理 5",
    "2.3 安全生产 10",
  ],
  kinds: {
    城乡居民参保: below("96", "1", "2"),
    基金收缴: below("100", "1", "1"),
    档案管理: occ(["1", "0.5"]),
  },
  standards: {
    城乡居民参保: [
      "城乡居民基本医疗保险参保率达到96%的得10分。",
      "参保率每低1个百分点扣2分，扣完为止。",
    ],
    医保支付方式改革: [
      "DRG付费医疗机构覆盖率达到100%的得满分。",
      "未按要求开展月度清算的，每次扣1分",
    ],
    安全生产: ["全年未发生安全生产事故的得10分。", "发生一般安全事故的扣5分"],
  },
  notText: ["参保率以省医保信息平台年底数据为准", "本细则由县医疗保障局负责解释"],
  said: ["参保率以省医保信息平台年底数据为准", "本细则由县医疗保障局负责解释"],
};

/** .xlsx: the case column has an unusual header (存在问题) beside 扣分标准, item cells merged down; 合计; a 加分项 block «最高加5分». */
const unusualCaseHeader: BlindLayoutSaid = {
  name: "医保 .xlsx 存在问题|扣分标准 两列（表头不常见，项目合并）+ 合计行 + 表尾「加分项（最高加5分）」通栏行",
  kind: "xlsx",
  build: () =>
    xlsxOf(
      [
        ["平川县2027年度定点医药机构监管工作考核表", "", "", "", ""],
        ["序号", "考核项目", "分值", "存在问题", "扣分标准"],
        ["1", "两定机构协议管理", "12", "未按规定与定点医药机构签订年度协议的", "每家扣1分"],
        ["", "", "", "协议履行情况未按季度检查的", "每季度扣2分"],
        ["", "", "", "违约行为未按协议处理的", "每例扣1分"],
        ["2", "医保结算审核", "8", "医保结算费用未按规定初审的", "每次扣1分"],
        ["3", "医保信用评价", "10", "未开展定点医药机构信用评价的", "扣5分"],
        ["", "", "", "信用评价结果未向社会公开的", "扣3分"],
        ["合计", "", "30", "", ""],
        ["加分项（最高加5分）", "", "", "", ""],
        ["1", "典型案例", "4", "查办的欺诈骗保案件被评为省级典型案例的", "每例加2分"],
        ["2", "举报奖励兑现", "1", "举报奖励资金在规定时限内兑现的", "加1分"],
      ],
      ["A1:E1", "A3:A5", "B3:B5", "C3:C5", "A7:A8", "B7:B8", "C7:C8", "A10:E10"],
    ),
  expected: [
    "1 两定机构协议管理 12",
    "2 医保结算审核 8",
    "3 医保信用评价 10",
    "4 加分项 5 cap 5",
    "4.1 典型案例 4",
    "4.2 举报奖励兑现 1",
  ],
  kinds: {
    两定机构协议管理: occ(["1", "2", "1"]),
    医保信用评价: deductions(["5", "3"]),
    典型案例: occ(["2"], "award"),
  },
  standards: {
    两定机构协议管理: [
      "未按规定与定点医药机构签订年度协议的",
      "每家扣1分",
      "协议履行情况未按季度检查的",
      "每季度扣2分",
      "违约行为未按协议处理的",
      "每例扣1分",
    ],
    医保信用评价: ["未开展定点医药机构信用评价的", "扣5分", "信用评价结果未向社会公开的", "扣3分"],
  },
  notText: [],
  said: [],
};

/** .xlsx: no 分值 column, points at the end of the item cell; （一） / 1. / ① mixed; a 总分 row; a 加分项 block «最高加3分». */
const pointsInItemCell: BlindLayoutSaid = {
  name: "乡镇医保 .xlsx 无分值列，分值写在项目格末尾「（4分）」+ 序号（一）/1./①混用 + 总分行 + 加分项（最高加3分）",
  kind: "xlsx",
  build: () =>
    xlsxOf([
      ["考核项目", "评分标准", "考核方式"],
      ["（一）组织保障（10分）", "", ""],
      [
        "1.领导重视（4分）",
        "未召开专题会议研究医保工作的扣2分；主要领导未听取医保工作汇报的扣2分。",
        "查阅会议记录",
      ],
      ["2.队伍建设（6分）", "乡镇医保经办人员不少于2名，每少1名扣3分。", "查阅花名册"],
      ["（二）基金安全（20分）", "", ""],
      [
        "①基金预算（8分）",
        "基金预算执行率达到95%以上得8分，85%（含）—95%得4分，85%以下不得分。",
        "查阅报表",
      ],
      [
        "②内部控制（12分）",
        "内控制度不健全的扣4分；发生违规支付的，每例扣2分，扣完为止。",
        "实地检查",
      ],
      ["总分", "30分", ""],
      ["加分项（最高加3分）", "", ""],
      ["1.创新举措（2分）", "医保工作创新举措被县委县政府肯定的加2分。", "查阅文件"],
      ["2.表彰奖励（1分）", "获市级以上医保部门表彰的加1分。", "查阅文件"],
    ]),
  expected: [
    "1 组织保障 10",
    "1.1 领导重视 4",
    "1.2 队伍建设 6",
    "2 基金安全 20",
    "2.1 基金预算 8",
    "2.2 内部控制 12",
    "3 加分项 3 cap 3",
    "3.1 创新举措 2",
    "3.2 表彰奖励 1",
  ],
  kinds: {
    领导重视: deductions(["2", "2"]),
    基金预算: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "8" },
          { gte: "85", points: "4" },
        ],
      },
    },
  },
  standards: {
    内部控制: ["内控制度不健全的扣4分", "发生违规支付的，每例扣2分，扣完为止。"],
  },
  notText: [],
  said: ["考核方式"],
};

const down = (text: string, rows: number): DocCell => ({ text, rowSpan: rows });

/** .docx: 一级指标 | 权重 | 二级指标 | 权重, the second weights shares of their 一级指标 (each group sums to 1). */
const relativeWeights: BlindLayoutSaid = {
  name: "医保基金绩效评价 .docx 一级指标|权重|二级指标|权重|评分标准，二级权重为所属一级内的占比（每组合计 1）+ 合计行",
  kind: "docx",
  build: () =>
    docxOf([
      "东河县医疗保障基金绩效评价指标体系",
      [
        ["一级指标", "权重", "二级指标", "权重", "评分标准"],
        [
          down("基金运行", 3),
          down("0.4", 3),
          "收支平衡",
          "0.5",
          "当年基金收支平衡的得满分，出现当期赤字的不得分。",
        ],
        ["累计结余", "0.3", "累计结余可支付月数不低于6个月的得满分，每少1个月扣2分。"],
        ["基金预算", "0.2", "基金预算执行率达到95%的得满分，每低1个百分点扣1分。"],
        [
          down("服务质量", 2),
          down("0.6", 2),
          "群众满意度",
          "0.6",
          "群众满意度达到90%的得满分，每低1个百分点扣2分。",
        ],
        ["办结时限", "0.4", "医保经办事项超时办结的，每件扣1分。"],
        ["合计", "1", "", "", ""],
      ],
    ]),
  expected: [
    "1 基金运行 40",
    "1.1 收支平衡 20",
    "1.2 累计结余 12",
    "1.3 基金预算 8",
    "2 服务质量 60",
    "2.1 群众满意度 36",
    "2.2 办结时限 24",
  ],
  kinds: {
    基金预算: below("95", "1", "1"),
    群众满意度: below("90", "1", "2"),
    办结时限: occ(["1"]),
  },
  standards: {},
  notText: [],
  said: ["二级指标"],
};

/** The five blind layouts of the fourth round. */
export const blindLayoutsSecond: BlindLayoutSaid[] = [
  sheetPerCategory,
  noteBetween,
  unusualCaseHeader,
  pointsInItemCell,
  relativeWeights,
];
