/**
 * The third blind round of scoring sentences of December 2026 (issue #12, decision 0314): 40
 * sentences written in the styles public 考核评分细则 use (信息采用 by level, 每条计…/另计…,
 * 扣N分/起, ≥/≤ bands, 90%（含）-95%（不含）, 得分=实际完成率÷目标值×分值, 按得分率折算,
 * 每季度…/每月N分, 未…或未…的, 扣除该项全部分值, 得一半分, 另扣/再扣) on the topics earlier sets
 * covered least — the lines every 细则 has (信息报送, 宣传, 督查督办, 信访, 舆情, 安全生产, 保密,
 * 党风廉政, 会议出勤, 材料报送) and DRG/DIP, 总额预算, 异地就医直接结算, 医疗救助, 医保信息化,
 * 经办服务, 定点机构协议管理, 档案 — committed before the reader (src/office/rubric) was read or
 * run on them. Same form as heldout/sentences.ts. Self-written, not copied from any document.
 *
 * `ambiguousThird` names the sentences a careful person cannot score as written (no amount, no
 * threshold, an outside result without its mapping): their expectation is a 酌情 kind, and the
 * measure also asks that the reader says it did not understand (a 酌情 kind, or a confidence below
 * high with a warning) rather than proposing a confident rule.
 */
import type { Expected, HeldOut } from "./sentences.js";

const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});
const deductions = (points: string[]): Expected => ({
  kind: "checklist",
  rule: { mode: "deduct", items: points.map((p) => ({ points: p })) },
});

/** The ids of the sentences that are discretionary or ambiguous as written. */
export const ambiguousThird: readonly string[] = ["g-36", "g-37", "g-38", "g-39", "g-40"];

export const blindDecemberThird: HeldOut[] = [
  // the lines every 细则 has: 信息, 督办, 信访, 舆情, 安全, 保密, 廉政, 会议, 材料
  {
    id: "g-1",
    title: "信息采用",
    points: "3",
    text: "医保工作信息被县委、县政府信息刊物采用的，每篇加0.2分；被市级采用的，每篇加0.5分；被省级以上采用的，每篇加1分，本项加分最高不超过3分。",
    expect: {
      kind: "occurrences",
      rule: {
        mode: "award",
        terms: [{ byField: { points: { county: "0.2", city: "0.5", province: "1" } } }],
      },
    },
  },
  {
    id: "g-2",
    title: "信息报送",
    points: "2",
    text: "全年向县医保局报送工作信息，每报送1条计0.1分，被采用的每条另计0.2分，本项满分2分。",
    expect: occ(["0.1", "0.2"], "award"),
  },
  {
    id: "g-3",
    title: "督查督办",
    points: "3",
    text: "县委、县政府督查督办事项未在规定时限内办结的，每件扣0.5分；办结后未按要求书面反馈的，每件扣0.2分。",
    expect: occ(["0.5", "0.2"]),
  },
  {
    id: "g-4",
    title: "督办事项办结",
    points: "2",
    text: "督办事项按时办结率≥95%得2分，90%≤办结率＜95%得1分，办结率＜90%不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "2" },
          { gte: "90", points: "1" },
        ],
      },
    },
  },
  {
    id: "g-5",
    title: "信访答复",
    points: "2",
    text: "信访事项未在法定期限内答复的，每件扣0.3分；因答复不到位引发重复信访的，每件另扣0.2分。",
    expect: occ(["0.3", "0.2"]),
  },
  {
    id: "g-6",
    title: "舆情处置",
    points: "3",
    text: "出现医保领域负面舆情未及时报告、处置的，扣1分/起；引发重大舆情事件的，本项不得分。",
    expect: { ...occ(["1"]), gate: { effect: "zero" } },
  },
  {
    id: "g-7",
    title: "安全生产",
    points: "2",
    text: "年度内发生一般及以上安全生产责任事故的，扣除该项全部分值。",
    expect: { kind: "checklist", rule: { items: [{ points: "2" }] } },
  },
  {
    id: "g-8",
    title: "保密工作",
    points: "2",
    text: "未签订保密承诺书或未开展保密教育培训的，扣0.5分；发生失泄密事件的，本项不得分。",
    expect: { ...deductions(["0.5"]), gate: { effect: "zero" } },
  },
  {
    id: "g-9",
    title: "党风廉政建设",
    points: "5",
    text: "党风廉政建设责任落实不到位，被上级约谈的扣1分，被通报批评的扣2分；干部职工受到党纪政务处分的，每人次扣2分。",
    expect: occ(["1", "2", "2"]),
  },
  {
    id: "g-10",
    title: "会议出勤",
    points: "2",
    text: "无故缺席县局组织的会议的，每次扣0.5分；迟到早退或未经请假委托他人参会的，每次扣0.2分。",
    expect: occ(["0.5", "0.2"]),
  },
  {
    id: "g-11",
    title: "材料报送",
    points: "2",
    text: "统计报表、工作总结等材料逾期报送的，每次扣0.2分；未报送的，每次扣0.5分，本项扣完为止。",
    expect: occ(["0.2", "0.5"]),
  },
  // periods and quotas
  {
    id: "g-12",
    title: "基金运行分析",
    points: "4",
    text: "按季度报送医保基金运行分析报告，每季度1分，未按时报送的当季不得分。",
    expect: { kind: "quota", rule: { quota: "4", points: "1" } },
  },
  {
    id: "g-13",
    title: "基金收支月报",
    points: "3",
    text: "每月5日前报送上月医保基金收支月报，每月0.25分，逾期或未报送的当月不得分。",
    expect: { kind: "quota", rule: { quota: "12", points: "0.25" } },
  },
  {
    id: "g-14",
    title: "返贫风险监测",
    points: "2",
    text: "每半年开展一次因病致贫返贫风险监测，全年不少于2次，少1次扣1分。",
    expect: { kind: "quota", rule: { quota: "2", points: "1" } },
  },
  // DRG/DIP, 总额预算
  {
    id: "g-15",
    title: "DRG/DIP机构覆盖",
    points: "4",
    text: "DRG/DIP付费医疗机构覆盖率90%（含）以上得4分，80%（含）-90%（不含）得2分，80%以下不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "90", points: "4" },
          { gte: "80", points: "2" },
        ],
      },
    },
  },
  {
    id: "g-16",
    title: "DRG/DIP病种覆盖",
    points: "3",
    text: "DRG/DIP付费病种覆盖率目标值为90%，得分=实际覆盖率÷目标值×分值，超过目标值的按满分计。",
    expect: { kind: "proportional", rule: { of: "90" } },
  },
  {
    id: "g-17",
    title: "统筹基金支出增幅",
    points: "3",
    text: "统筹基金年度支出增幅不超过8%的得满分；超过8%的，超过部分每1个百分点扣0.5分，扣完为止。",
    expect: { kind: "steps", rule: { direction: "over", from: "8", step: "1", points: "0.5" } },
  },
  {
    id: "g-18",
    title: "总额预算编制",
    points: "2",
    text: "按时完成年度总额预算编制并报县政府审定的得满分；按时编制但未报审定的得一半分；未编制的不得分。",
    expect: {
      kind: "option",
      rule: { options: [{ points: "2" }, { points: "1" }, { points: "0" }] },
    },
  },
  // 异地就医直接结算
  {
    id: "g-19",
    title: "跨省直接结算",
    points: "2",
    text: "住院费用跨省直接结算后仍需手工报销的占比≤5%的得2分，5%＜占比≤10%的得1分，占比＞10%的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { lte: "5", points: "2" },
          { lte: "10", points: "1" },
        ],
      },
    },
  },
  {
    id: "g-20",
    title: "异地就医备案",
    points: "2",
    text: "异地就医备案申请应在2个工作日内办结，每超时1件扣0.1分。",
    expect: occ(["0.1"]),
  },
  {
    id: "g-21",
    title: "异地就医清算",
    points: "2",
    text: "异地就医结算资金应按月清算，每延迟一个月扣0.5分。",
    expect: occ(["0.5"]),
  },
  {
    id: "g-22",
    title: "异地结算排名",
    points: "2",
    text: "异地就医直接结算工作在全市考核中排名前两名的加1分，排名后两名的扣1分。",
    expect: {
      kind: "sum",
      rule: { parts: [{ kind: "rank" }, { kind: "rank", mode: "deduct" }] },
    },
  },
  // 医疗救助
  {
    id: "g-23",
    title: "救助对象资助参保",
    points: "5",
    text: "医疗救助对象资助参保率达到100%得满分，每低1个百分点扣0.5分；低于95%的，每低1个百分点扣1分。",
    expect: {
      kind: "piecewise",
      rule: {
        direction: "below",
        pieces: [
          { step: "1", points: "0.5" },
          { step: "1", points: "1" },
        ],
      },
    },
  },
  {
    id: "g-24",
    title: "一站式结算",
    points: "2",
    text: "医疗救助“一站式”结算率低于全市平均水平的，每低1个百分点扣0.2分，最多扣2分。",
    expect: { kind: "vsMean", rule: { direction: "below", step: "1", points: "0.2" } },
  },
  {
    id: "g-25",
    title: "医疗救助绩效",
    points: "4",
    text: "医疗救助工作按市医保局年度绩效评价得分率折算计分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  // 医保信息化
  {
    id: "g-26",
    title: "电子凭证激活",
    points: "3",
    text: "医保电子凭证激活率达到85%及以上的得满分；低于85%的，按实际激活率÷85%×分值计分。",
    expect: { kind: "proportional", rule: { of: "85" } },
  },
  {
    id: "g-27",
    title: "移动支付开通",
    points: "2",
    text: "二级及以上定点医疗机构医保移动支付开通率100%的得2分，每少开通1家扣0.5分。",
    expect: occ(["0.5"]),
  },
  {
    id: "g-28",
    title: "编码贯标与数据质量",
    points: "2",
    text: "医保信息平台编码贯标工作未按期完成的，扣1分；数据上传质量检查不合格的，每月扣0.2分。",
    expect: occ(["1", "0.2"]),
  },
  {
    id: "g-29",
    title: "系统运行保障",
    points: "2",
    text: "医保信息系统因本单位原因中断服务累计超过4小时的，每超1小时扣0.2分。",
    expect: { kind: "steps", rule: { direction: "over", from: "4", step: "1", points: "0.2" } },
  },
  // 经办服务
  {
    id: "g-30",
    title: "好差评",
    points: "2",
    text: "政务服务“好差评”差评件未在5个工作日内整改反馈的，每件扣0.3分；被上级通报的，每件再扣0.5分。",
    expect: occ(["0.3", "0.5"]),
  },
  {
    id: "g-31",
    title: "经办按时办结",
    points: "2",
    text: "医保经办业务按时办结率低于100%的，每低0.5个百分点扣0.1分，不足0.5个百分点的按0.5个百分点计。",
    expect: {
      kind: "steps",
      rule: { direction: "below", from: "100", step: "0.5", points: "0.1", rounding: "up" },
    },
  },
  {
    id: "g-32",
    title: "窗口服务制度",
    points: "1.5",
    text: "首问负责、一次性告知、限时办结三项制度，每有一项未落实的扣0.5分。",
    expect: deductions(["0.5", "0.5", "0.5"]),
  },
  // 定点机构协议管理
  {
    id: "g-33",
    title: "协议管理",
    points: "2.5",
    text: "未按规定与定点医药机构签订服务协议或协议内容未及时更新的，扣1分；未开展定点医药机构年度考核的，扣1分；考核结果未与年终清算挂钩的，扣0.5分。",
    expect: deductions(["1", "1", "0.5"]),
  },
  {
    id: "g-34",
    title: "协议管理表扬",
    points: "",
    text: "定点医药机构协议管理工作被省级以上医保部门通报表扬的，在年度考核总分中加1分。",
    expect: { kind: "toTotal", rule: { sign: "plus" } },
  },
  // 档案
  {
    id: "g-35",
    title: "业务档案归档",
    points: "2",
    text: "医保业务档案归档率达到98%以上的得满分；95%（含）-98%（不含）的得一半分；低于95%的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "98", points: "2" },
          { gte: "95", points: "1" },
        ],
      },
    },
  },
  // discretionary or ambiguous as written (ambiguousThird)
  {
    id: "g-36",
    title: "信访工作",
    points: "3",
    text: "信访工作按县信访局年度考核结果相应计分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "g-37",
    title: "DRG病例入组",
    points: "2",
    text: "DRG付费病例入组率达到要求的得满分，未达到的扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "g-38",
    title: "经办服务质量",
    points: "4",
    text: "结合日常督查、群众反映等情况，综合评定医保经办服务质量得分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "g-39",
    title: "档案管理",
    points: "2",
    text: "档案管理规范有序的得满分，存在问题的视问题多少扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "g-40",
    title: "医疗救助创新",
    points: "2",
    text: "医疗救助工作成效明显、在全市有一定影响的，适当加分。",
    expect: { kind: "discretionary" },
  },
];
