/**
 * The eighth blind round of scoring sentences of December 2026 (decision 0339): 40 sentences
 * written as a county or city 医保局 writes its 评分细则, in wordings the seven earlier rounds did not
 * use — weighted sub-indicators (权重60%, 占30%), 得分＝完成值÷目标值×分值 with 满分封顶 / 以满分计,
 * ranks whose points fall 依次递减, ranges with 含/不含 at either end (高于90%, 95%（不含）至100%（不含）,
 * two-sided 10%（不含）至15%（含）), points per quarter (每季度2.5分), lists «有下列情形之一的，扣N分：
 * （一）…», a deduction cap as a share of the item (扣分不超过本项分值的50%, 的一半, 的40%), 同一事项按
 * 最高级别计不重复加分, 每超期一天扣0.1分 (after a date, or over a stated time limit), 有一项不达标扣0.5分,
 * points from a table elsewhere (按附表计分: ×5%, 附表满分50分, 附表得分即为本项得分) — on the
 * medical-security topics earlier sets used least: DRG/DIP, 飞行检查/专项整治追回, 医疗救助资助参保,
 * 长期护理保险, 医保电子凭证/移动支付, 集采结余留用, 异地就医直接结算, 门诊共济, 15分钟医保服务圈,
 * 政务服务“好差评”, 村卫生室医保结算, 定点医药机构协议管理, 待遇享受准确率, 医保信息平台数据质量,
 * 欺诈骗保举报奖励. Written and committed before the reader (src/office/rubric) was read or run on
 * them; self-written, not copied from the corpus or an earlier set. Same form as
 * heldout/sentences.ts.
 *
 * Conventions kept from earlier rounds: a time late after a date (…前报送，每超期一天扣) counts its
 * days (0320); over a stated time limit (…15个工作日内…，超过的每超期一天扣) it is a step over the limit;
 * «有一项/每有一家…扣N分» counts cases (0333), after an award of 100 % on the same matter too; a score
 * from elsewhere rescaled is `proportional` of that score's whole (附表得分×5% is of 100).
 *
 * Confidence expected: every sentence outside `ambiguousEighth` is clear — read right, it should be
 * shown at high confidence. The four in `ambiguousEighth` leave the score to a person (综合评定给予加分
 * with no amount, 根据滞后程度扣减相应分值, 参照上年度考核结果确定得分, 按问题性质和金额大小扣分): a
 * careful reader says so.
 */
import type { Expected, HeldOut } from "./sentences.js";

const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});
const capped = (points: string, cap: string): Expected => ({
  kind: "occurrences",
  rule: { mode: "deduct", terms: [{ points, cap }] },
});
const steps = (direction: string, from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction, from, step, points },
});
const bands = (...b: Record<string, string>[]): Expected => ({ kind: "bands", rule: { bands: b } });
const shares = (...points: string[]): Expected => ({
  kind: "sum",
  rule: { shares: points.map((p) => ({ points: p })) },
});
const quota = (points: string): Expected => ({ kind: "quota", rule: { quota: "4", points } });
const of = (whole: string): Expected => ({ kind: "proportional", rule: { of: whole } });
const levels = (points: Record<string, string>): Expected => ({
  kind: "occurrences",
  rule: { mode: "award", terms: [{ byField: { points } }] },
});

/** The ids of the sentences that are discretionary or ambiguous as written. */
export const ambiguousEighth: readonly string[] = ["l-37", "l-38", "l-39", "l-40"];

/** The medical-security topics earlier sets used least (l-1 to l-22). */
const insurance: HeldOut[] = [
  {
    id: "l-1",
    title: "支付方式改革",
    points: "5",
    text: "DRG/DIP支付方式改革包括病例入组率（权重60%）和结算清单上传及时率（权重40%）两个子指标，子指标达到95%的得该子指标全部分值，未达到的按实际值÷95%计分。",
    expect: shares("3", "2"),
  },
  {
    id: "l-2",
    title: "违规基金追回",
    points: "4",
    text: "飞行检查和专项整治发现的违规基金应全额追回，得分=已追回金额/应追回金额×4分，满分封顶。",
    expect: of("100"),
  },
  {
    id: "l-3",
    title: "救助对象资助参保",
    points: "3",
    text: "特困人员、低保对象、返贫致贫人口等医疗救助对象资助参保率达到100%的得3分，每有1名应资助对象未资助参保的扣0.3分。",
    expect: occ(["0.3"]),
  },
  {
    id: "l-4",
    title: "失能评估按期完成",
    points: "3",
    text: "长期护理保险失能评估按期完成率在98%以上（含98%）的得3分，在92%至98%之间（含92%，不含98%）的得1.5分，低于92%的不得分。",
    expect: bands({ gte: "98", points: "3" }, { gte: "92", points: "1.5" }),
  },
  {
    id: "l-5",
    title: "医保电子凭证结算",
    points: "2",
    text: "医保电子凭证就医结算使用率目标值为60%，得分=实际使用率/60%×2分，超过目标值的以满分计。",
    expect: of("60"),
  },
  {
    id: "l-6",
    title: "移动支付开通",
    points: "2",
    text: "二级及以上定点医疗机构医保移动支付开通率达到100%的得2分，每有一家未开通的扣0.5分，扣分不超过本项分值的50%。",
    expect: capped("0.5", "1"),
  },
  {
    id: "l-7",
    title: "集采结余留用",
    points: "2",
    text: "集采药品医保资金结余留用测算按季度开展，每季度0.5分，当季未完成测算或未按时拨付的该季度不计分。",
    expect: quota("0.5"),
  },
  {
    id: "l-8",
    title: "异地就医直接结算率",
    points: "3",
    text: "跨省异地就医住院费用直接结算率在全市各县区中排名第一的得3分，其后每下降一个位次依次递减0.3分。",
    expect: { kind: "rank", rule: { awards: [{ upTo: 1, points: "3" }], perPlace: "0.3" } },
  },
  {
    id: "l-9",
    title: "门诊共济经办",
    points: "2",
    text: "门诊共济保障各项经办指标按月监测，有一项不达标扣0.5分。",
    expect: occ(["0.5"]),
  },
  {
    id: "l-10",
    title: "医保服务圈建设",
    points: "1.5",
    text: "“15分钟医保服务圈”建设在国家、省、市级医保部门组织的现场会上作经验交流的，分别加1.5分、1分、0.5分；同一事项按最高级别计不重复加分。",
    expect: levels({ national: "1.5", province: "1", city: "0.5" }),
  },
  {
    id: "l-11",
    title: "好差评分析报告",
    points: "1",
    text: "年度政务服务“好差评”分析报告须于次年1月10日前报送，每超期一天扣0.1分。",
    expect: occ(["0.1"]),
  },
  {
    id: "l-12",
    title: "村卫生室联网结算",
    points: "2",
    text: "村卫生室医保联网结算开通率高于90%的得2分，80%（含）—90%（含）的得1分，低于80%的不得分。",
    expect: bands({ gt: "90", points: "2" }, { gte: "80", points: "1" }),
  },
  {
    id: "l-13",
    title: "协议管理",
    points: "3",
    text: "定点医药机构协议管理有下列情形之一的，扣1分：（一）未按规定开展年度考核；（二）协议到期未及时续签；（三）对违约行为未按协议约定处理。",
    expect: { kind: "checklist", rule: { mode: "deduct" } },
  },
  {
    id: "l-14",
    title: "待遇享受准确率",
    points: "3",
    text: "参保人员待遇享受准确率达到99.5%的得3分，每降低0.1个百分点扣0.3分。",
    expect: steps("below", "99.5", "0.1", "0.3"),
  },
  {
    id: "l-15",
    title: "信息平台数据治理",
    points: "10",
    text: "医保信息平台数据治理按季度考核，每季度2.5分，当季省局数据质量通报中有红色预警指标的，当季不得分。",
    expect: quota("2.5"),
  },
  {
    id: "l-16",
    title: "举报奖励兑现",
    points: "2",
    text: "欺诈骗保举报线索经查实的，举报奖励应在结案后15个工作日内兑现，超过15个工作日的，每超期一天扣0.1分。",
    expect: steps("over", "15", "1", "0.1"),
  },
  {
    id: "l-17",
    title: "数据质量评分",
    points: "5",
    text: "医保信息平台数据质量按附表2《数据质量评分表》评分，本项得分＝附表得分×5%。",
    expect: of("100"),
  },
  {
    id: "l-18",
    title: "协议履行检查",
    points: "4",
    text: "定点医药机构协议履行情况按附表3逐项检查计分（附表满分50分），按得分比例折算为本项得分。",
    expect: of("50"),
  },
  {
    id: "l-19",
    title: "村卫生室结算规范",
    points: "3",
    text: "村卫生室医保结算规范化管理按附表4核查评分，附表得分即为本项得分，最高不超过3分。",
    expect: of("3"),
  },
  {
    id: "l-20",
    title: "长期护理保险",
    points: "10",
    text: "长期护理保险工作：筹资到位率（权重30%）达到100%的得全部分值；待遇按时支付率（权重40%）达到98%的得全部分值；失能评估按期完成率（权重30%）达到95%的得全部分值；未达到的子项不得分。",
    expect: shares("3", "4", "3"),
  },
  {
    id: "l-21",
    title: "一站式结算覆盖",
    points: "3",
    text: "医疗救助“一站式”结算覆盖率任务目标为95%，得分＝完成值÷目标值×3分，最高得3分。",
    expect: of("95"),
  },
  {
    id: "l-22",
    title: "备案即时办结",
    points: "2",
    text: "异地就医备案即时办结率100%的得2分；95%（不含）至100%（不含）的得1分；95%及以下的不得分。",
    expect: bands({ gte: "100", points: "2" }, { gt: "95", points: "1" }),
  },
];

/** The forms again, on other matters (l-23 to l-36). */
const forms: HeldOut[] = [
  {
    id: "l-23",
    title: "基金监管考评",
    points: "2",
    text: "医保基金监管工作在全市年度考评中排名第一名得2分，第二名得1.8分，第三名及以后依次递减0.2分。",
    expect: { kind: "rank", rule: { perPlace: "0.2" } },
  },
  {
    id: "l-24",
    title: "乡镇经办排名",
    points: "3",
    text: "全县乡镇医保经办工作综合排名第1至第3名分别得3分、2.5分、2分，其余乡镇依次递减0.1分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 1, points: "3" },
          { upTo: 2, points: "2.5" },
          { upTo: 3, points: "2" },
        ],
        perPlace: "0.1",
      },
    },
  },
  {
    id: "l-25",
    title: "医疗机构违规收费",
    points: "3",
    text: "医保基金使用有下列情形之一的，每发现一次扣0.5分：（一）超标准收费；（二）串换项目收费；（三）分解住院。",
    expect: { kind: "occurrences", rule: { mode: "deduct" } },
  },
  {
    id: "l-26",
    title: "经办内控",
    points: "4",
    text: "医保经办内控管理存在以下情形之一的，扣2分：1.不相容岗位未分离设置；2.经办业务未经复核直接支付。",
    expect: { kind: "checklist", rule: { mode: "deduct" } },
  },
  {
    id: "l-27",
    title: "宣传资料发放",
    points: "4",
    text: "医保政策宣传资料未按要求发放的，每处扣0.2分，扣分最多不超过本项分值的一半。",
    expect: capped("0.2", "2"),
  },
  {
    id: "l-28",
    title: "审计整改",
    points: "5",
    text: "医保基金专项审计发现问题未按期整改的，每个问题扣0.5分，累计扣分不超过本项分值的40%。",
    expect: capped("0.5", "2"),
  },
  {
    id: "l-29",
    title: "窗口标准化",
    points: "3",
    text: "医保经办窗口“六统一”建设标准有一项不达标的扣0.5分，扣完为止。",
    expect: occ(["0.5"]),
  },
  {
    id: "l-30",
    title: "服务站验收",
    points: "2",
    text: "医保服务站逐站验收，每个站点有一项指标不达标扣0.2分。",
    expect: occ(["0.2"]),
  },
  {
    id: "l-31",
    title: "居民医保征缴",
    points: "4",
    text: "城乡居民医保征缴得分=实际征缴额/市下达征缴任务额×4分，超额完成的按满分计。",
    expect: of("100"),
  },
  {
    id: "l-32",
    title: "基金运行分析会",
    points: "3",
    text: "每季度召开一次医保基金运行分析会，每季度计0.75分，当季未召开的不计分。",
    expect: quota("0.75"),
  },
  {
    id: "l-33",
    title: "决算报表报送",
    points: "1",
    text: "医保基金年度决算报表应于规定时间前报送，每超期一天扣0.1分，扣完为止。",
    expect: occ(["0.1"]),
  },
  {
    id: "l-34",
    title: "表彰奖励",
    points: "2",
    text: "医保工作获得党委政府表彰的，国家级、省级、市级、县级分别加2分、1.5分、1分、0.5分，同一事项按最高级别计，不重复加分。",
    expect: levels({ national: "2", province: "1.5", city: "1", county: "0.5" }),
  },
  {
    id: "l-35",
    title: "统筹基金累计结余",
    points: "2",
    text: "统筹基金累计结余率在10%（不含）至15%（含）之间的得2分，在5%（含）至10%（含）之间的得1分，其他情况不得分。",
    expect: bands({ gt: "10", lte: "15", points: "2" }, { gte: "5", lte: "10", points: "1" }),
  },
  {
    id: "l-36",
    title: "两定机构检查整改",
    points: "3",
    text: "本项3分，由两定机构检查覆盖率（占50%）和问题整改率（占50%）组成，两项均以100%为满分，按实际比例计分。",
    expect: shares("1.5", "1.5"),
  },
];

/** Left to a person as written (ambiguousEighth). */
const judged: HeldOut[] = [
  {
    id: "l-37",
    title: "一站式结算推进",
    points: "1",
    text: "医疗救助“一站式”结算工作推进有力、成效明显的，由考核组综合评定给予加分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "l-38",
    title: "长护险试点进度",
    points: "2",
    text: "长期护理保险试点工作进展滞后的，根据滞后程度扣减相应分值。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "l-39",
    title: "服务窗口建设",
    points: "2",
    text: "医保经办服务窗口建设情况，参照上年度考核结果确定得分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "l-40",
    title: "结余留用资金使用",
    points: "2",
    text: "集采药品结余留用资金使用不规范的，按问题性质和金额大小扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
];

export const blindDecemberEighth: HeldOut[] = [...insurance, ...forms, ...judged];
