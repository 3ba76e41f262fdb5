/**
 * Two whole rubric tables of the December 2026 blind round (issue #12), in layouts no earlier test
 * used, written by hand before the reader was read or run on them: `expected` is the outline a
 * person reads (unseen-measure.ts: `code title max`, ` cap N`, ` 否决`, depth first) and `kinds`
 * the rule a person reads in each scored row (by item title, matched as a subset).
 */
import { docxOf, xlsxOf, type DocCell } from "../layout-files.js";
import type { Expected } from "./sentences.js";
import type { UnseenRubric } from "../unseen-rubrics.js";

/** A blind table: its file, outline and the rule of each scored row. */
export interface BlindTable extends UnseenRubric {
  kinds: Record<string, Expected>;
}

const below = (from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction: "below", from, step, points },
});
const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});
const deductions = (points: string[]): Expected => ({
  kind: "checklist",
  rule: { mode: "deduct", items: points.map((p) => ({ points: p })) },
});

/** .xlsx: 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 数据来源, levels 1–2 merged down, a 合计 row. */
const cityIndicators: BlindTable = {
  name: "医保绩效 .xlsx 一级/二级/三级指标 合并单元格 + 数据来源列 + 合计行",
  kind: "xlsx",
  build: () =>
    xlsxOf(
      [
        ["东江市2027年度县区医疗保障工作绩效考核指标体系", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "数据来源"],
        [
          "基金监管（20分）",
          "监督检查",
          "定点机构检查覆盖率",
          "6",
          "定点医药机构年度现场检查覆盖率达到100%得6分，每低5个百分点扣1分。",
          "基金监管科",
        ],
        [
          "",
          "",
          "欺诈骗保案件查处",
          "6",
          "查处欺诈骗保案件未按规定移交的，每起扣2分，扣完为止。",
          "基金监管科",
        ],
        [
          "",
          "智能监控",
          "智能监控规则应用",
          "4",
          "未启用智能监控知识库规则的扣2分；疑点数据未在规定时限内核查的扣2分。",
          "信息中心",
        ],
        [
          "",
          "",
          "违规资金追回",
          "4",
          "违规资金追回率低于95%的，每低1个百分点扣0.5分。",
          "基金监管科",
        ],
        [
          "支付方式改革（15分）",
          "DRG/DIP付费",
          "病种覆盖率",
          "5",
          "按病种分值付费病种覆盖率≥90%得5分，80%（含）至90%得3分，低于80%不得分。",
          "医药服务科",
        ],
        [
          "",
          "",
          "结算清单质量",
          "5",
          "医保结算清单上传合格率低于98%的，每低1个百分点扣1分。",
          "医药服务科",
        ],
        [
          "",
          "药品集采",
          "中选药品约定量完成",
          "5",
          "集采中选药品约定采购量未按期完成的，每个品种扣0.5分。",
          "医药服务科",
        ],
        [
          "经办服务（15分）",
          "12345热线",
          "工单办理",
          "8",
          "12345热线工单超时办结的每件扣0.5分；被市政府督查通报的每件扣2分。",
          "办公室",
        ],
        ["", "", "群众满意度", "7", "满意度达到95%得7分，每低1个百分点扣1分。", "第三方测评"],
        ["合计", "", "", "50", "", ""],
      ],
      ["A1:F1", "A3:A6", "B3:B4", "B5:B6", "A7:A9", "B7:B8", "A10:A11", "B10:B11", "A12:C12"],
    ),
  expected: [
    "1 基金监管 20",
    "1.1 监督检查 12",
    "1.1.1 定点机构检查覆盖率 6",
    "1.1.2 欺诈骗保案件查处 6",
    "1.2 智能监控 8",
    "1.2.1 智能监控规则应用 4",
    "1.2.2 违规资金追回 4",
    "2 支付方式改革 15",
    "2.1 DRG/DIP付费 10",
    "2.1.1 病种覆盖率 5",
    "2.1.2 结算清单质量 5",
    "2.2 药品集采 5",
    "2.2.1 中选药品约定量完成 5",
    "3 经办服务 15",
    "3.1 12345热线 15",
    "3.1.1 工单办理 8",
    "3.1.2 群众满意度 7",
  ],
  kinds: {
    定点机构检查覆盖率: below("100", "5", "1"),
    欺诈骗保案件查处: occ(["2"]),
    智能监控规则应用: deductions(["2", "2"]),
    违规资金追回: below("95", "1", "0.5"),
    病种覆盖率: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "90", points: "5" },
          { gte: "80", points: "3" },
        ],
      },
    },
    结算清单质量: below("98", "1", "1"),
    中选药品约定量完成: occ(["0.5"]),
    工单办理: occ(["0.5", "2"]),
    群众满意度: below("95", "1", "1"),
  },
};

const project = (text: string, rows: number): DocCell => ({ text, rowSpan: rows });

/** .docx: 考核项目 | 考核内容 | 分值 | 考核办法 | 备注, 备注 holding 一票否决, 加分项 rows at the end with 「+N」. */
const bureauTargets: BlindTable = {
  name: "医保局目标管理 .docx 考核项目|考核内容|分值|考核办法|备注，备注一票否决，末尾加分项「+N」",
  kind: "docx",
  build: () =>
    docxOf([
      "青石县医疗保障局2027年度股室及经办机构目标管理考核细则",
      [
        ["考核项目", "考核内容", "分值", "考核办法", "备注"],
        [
          project("党风廉政建设", 2),
          "落实全面从严治党主体责任",
          "5",
          "未按要求召开党风廉政建设专题会议的扣1分；未签订廉政责任书的扣1分；未开展廉政警示教育的扣1分。",
          "",
        ],
        [
          "廉洁履职",
          "5",
          "干部职工受到党纪政务处分的，本项不得分。",
          "发生违纪违法案件被立案查处的，实行一票否决",
        ],
        [
          project("医疗救助", 2),
          "救助对象资助参保",
          "6",
          "特困人员、低保对象资助参保率达到100%得6分，每低1个百分点扣1分，扣完为止。",
          "",
        ],
        ["一站式结算", "4", "医疗救助“一站式”结算率低于95%的，每低1个百分点扣0.5分。", ""],
        [
          "参保扩面",
          "全民参保计划",
          "10",
          "完成年度参保任务的得10分；未完成的，按完成比例得分。",
          "数据以市局通报为准",
        ],
        [
          project("医保信息化", 2),
          "医保电子凭证推广",
          "5",
          "医保电子凭证激活率在全县排名第一的得5分，每后移一位减0.5分。",
          "",
        ],
        [
          "网络安全",
          "5",
          "发生网络安全事件的扣5分；未落实等级保护要求的扣2分。",
          "发生数据泄露造成严重后果的，一票否决",
        ],
        [
          project("加分项", 2),
          "工作经验被国家医保局、省医保局推广的",
          "+3",
          "国家级推广加3分，省级推广加2分，同一事项按最高级别加分，不累计。",
          "加分项合计不超过5分",
        ],
        ["工作获市委、市政府领导肯定性批示的", "+2", "每次加1分。", ""],
      ],
    ]),
  expected: [
    "1 党风廉政建设 10",
    "1.1 落实全面从严治党主体责任 5",
    "1.2 廉洁履职 5 否决",
    "2 医疗救助 10",
    "2.1 救助对象资助参保 6",
    "2.2 一站式结算 4",
    "3 参保扩面 10",
    "4 医保信息化 10",
    "4.1 医保电子凭证推广 5",
    "4.2 网络安全 5 否决",
    "5 加分项 5 cap 5",
    "5.1 工作经验被国家医保局、省医保局推广的 3",
    "5.2 工作获市委、市政府领导肯定性批示的 2",
  ],
  kinds: {
    落实全面从严治党主体责任: deductions(["1", "1", "1"]),
    廉洁履职: { kind: "checklist", gate: { effect: "veto" } },
    救助对象资助参保: below("100", "1", "1"),
    一站式结算: below("95", "1", "0.5"),
    参保扩面: { kind: "proportional", rule: { of: "100" } },
    医保电子凭证推广: {
      kind: "rank",
      rule: { awards: [{ upTo: 1, points: "5" }], perPlace: "0.5" },
    },
    网络安全: { ...deductions(["5", "2"]), gate: { effect: "veto" } },
    "工作经验被国家医保局、省医保局推广的": {
      kind: "occurrences",
      rule: { mode: "award", terms: [{ byField: { points: { national: "3", province: "2" } } }] },
    },
    "工作获市委、市政府领导肯定性批示的": occ(["1"], "award"),
  },
};

/** The two blind tables. */
export const blindTables: BlindTable[] = [cityIndicators, bureauTargets];
