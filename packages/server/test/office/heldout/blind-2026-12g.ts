/**
 * The fourth blind round of scoring sentences of December 2026 (issue #12, decision 0320): 40
 * sentences written in the styles public 乡镇/部门 绩效考核评分细则 and 目标责任制考核细则 use — long
 * sentences of several clauses (要求…；未…扣N分；…的加N分), parenthesised remarks «（以…为准）»,
 * deductions per 人次, money amounts (每万元, 追回金额), time limits (逾期1天扣, 超过N个工作日),
 * 个百分点 against %, 按季度/按月 averages, 得分=… formulas, 满分后不再加分, 累计, 同一问题不重复扣分,
 * 以上级通报为准, 一票否决 and 取消评优资格 — committed before the reader (src/office/rubric) was read
 * or run on them. Same form as heldout/sentences.ts. Self-written, not copied from any document.
 *
 * `ambiguousFourth` names the sentences a careful person cannot score as written: their
 * expectation is a 酌情 kind, and the measure asks that the reader says it did not understand.
 * Every other sentence is clear: read right, it should be shown at high confidence (the measure
 * of needless doubt).
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
const steps = (direction: string, from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction, from, step, points },
});

/** The ids of the sentences that are discretionary or ambiguous as written. */
export const ambiguousFourth: readonly string[] = ["h-36", "h-37", "h-38", "h-39", "h-40"];

export const blindDecemberFourth: HeldOut[] = [
  // long sentences of several clauses
  {
    id: "h-1",
    title: "村级服务站建设",
    points: "2",
    text: "要求各村（社区）医保服务站配备专（兼）职经办人员并公示服务事项；未配备经办人员的扣1分；未公示服务事项的扣0.5分。",
    expect: deductions(["1", "0.5"]),
  },
  {
    id: "h-2",
    title: "定点机构日常巡查",
    points: "2",
    text: "要求按月开展辖区定点医药机构日常巡查，每月不少于1次；每少1次扣0.2分，扣完为止。",
    expect: { kind: "quota", rule: { quota: "12", points: "0.2" } },
  },
  {
    id: "h-3",
    title: "政策宣传信息",
    points: "2",
    text: "要求及时报送医保政策宣传信息，被县级媒体采用的每篇加0.1分，被市级以上媒体采用的每篇加0.3分，本项最高加2分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "award", terms: [{ byField: { points: { county: "0.1", city: "0.3" } } }] },
    },
  },
  // parenthesised remarks
  {
    id: "h-4",
    title: "居民医保参保率",
    points: "4",
    text: "城乡居民医保参保率达到98%（以税务部门年底征缴数据为准）的得满分，每低1个百分点扣0.5分。",
    expect: steps("below", "98", "1", "0.5"),
  },
  {
    id: "h-5",
    title: "通报批评",
    points: "3",
    text: "因医保工作被上级部门通报批评的（以书面通报文件为准），每次扣1分。",
    expect: occ(["1"]),
  },
  // per 人次
  {
    id: "h-6",
    title: "工作纪律",
    points: "2",
    text: "经办人员违反工作纪律被群众投诉且经查实的，每人次扣0.5分，本项扣完为止。",
    expect: occ(["0.5"]),
  },
  {
    id: "h-7",
    title: "培训出勤",
    points: "2",
    text: "医保政策培训会议无故缺席的，按0.2分/人次扣分；代人签到的，每人次扣0.5分。",
    expect: occ(["0.2", "0.5"]),
  },
  // money amounts
  {
    id: "h-8",
    title: "违规使用基金",
    points: "3",
    text: "违规使用医保基金经查实的，按涉及金额每万元扣0.5分（不足1万元的按1万元计），扣完为止。",
    // Corrected (decision 0320): an amount of money is entered in 元 (the fact's type), so the
    // step of 1万元 is 10000 — the same rule; the set said 1 (in 万元).
    expect: {
      kind: "steps",
      rule: { direction: "over", from: "0", step: "10000", points: "0.5", rounding: "up" },
    },
  },
  {
    id: "h-9",
    title: "违规基金追回",
    points: "1",
    text: "追回违规医保基金金额每10万元加0.2分，最高加1分。",
    // Corrected (decision 0320): in 元, as h-8; the set said 10 (in 万元).
    expect: steps("above", "0", "100000", "0.2"),
  },
  {
    id: "h-10",
    title: "追回时限",
    points: "2",
    text: "应追回的违规资金未在规定期限内全额追回的，每笔扣0.3分。",
    expect: occ(["0.3"]),
  },
  // time limits
  {
    id: "h-11",
    title: "救助资金拨付",
    points: "2",
    text: "医疗救助资金应在审批后10个工作日内拨付到位，超过10个工作日的，每逾期1个工作日扣0.1分。",
    expect: steps("over", "10", "1", "0.1"),
  },
  {
    id: "h-12",
    title: "年度总结报送",
    points: "1",
    text: "年度工作总结须于12月10日前报送，逾期1天扣0.1分，逾期超过5天的本项不得分。",
    // Corrected (decision 0320): a time late without a stated ceiling counts its days (the
    // convention of 0302: 每超1天扣 is a step only over a stated ceiling) — 0.1 a day either way;
    // the set said steps over 0.
    expect: { ...occ(["0.1"]), gate: { effect: "zero" } },
  },
  {
    id: "h-13",
    title: "异地备案办理",
    points: "2",
    text: "参保人员异地就医备案申请超过3个工作日未办结的，每件扣0.2分。",
    expect: occ(["0.2"]),
  },
  // 个百分点 and %
  {
    id: "h-14",
    title: "住院率控制",
    points: "2",
    text: "辖区参保人员住院率较上年下降的得满分；较上年上升的，每上升1个百分点扣0.5分。",
    expect: steps("over", "0", "1", "0.5"),
  },
  {
    id: "h-15",
    title: "智能审核拒付率",
    points: "2",
    text: "定点医疗机构医保智能审核拒付率控制在3%以内，每超出0.5%扣0.2分。",
    expect: steps("over", "3", "0.5", "0.2"),
  },
  {
    id: "h-16",
    title: "门诊慢特病待遇",
    points: "2",
    text: "门诊慢特病待遇享受人数较上年增长10%以上的得满分，每少增长1个百分点扣0.2分。",
    expect: steps("below", "10", "1", "0.2"),
  },
  // averages by quarter and month
  {
    id: "h-17",
    title: "窗口满意度",
    points: "3",
    text: "医保经办窗口群众满意度按季度测评，取四个季度平均值，平均满意度达到95%以上的得满分，每低1个百分点扣0.3分。",
    expect: steps("below", "95", "1", "0.3"),
  },
  {
    id: "h-18",
    title: "结算数据上传",
    points: "2",
    text: "按月统计医保结算数据上传及时率，全年平均及时率≥98%得2分，95%≤平均及时率＜98%得1分，＜95%不得分。",
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
  // formulas
  {
    id: "h-19",
    title: "居民医保征缴",
    points: "5",
    text: "得分=（实际完成征缴人数÷年度征缴任务数）×本项分值，最高不超过本项分值。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "h-20",
    title: "失能评估完成",
    points: "4",
    text: "长期护理保险失能评估完成率得分=完成率×4分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "h-21",
    title: "业务办理时效",
    points: "2",
    text: "得分=本项分值-逾期办理件数×0.2分，扣完为止。",
    expect: occ(["0.2"]),
  },
  // 满分后不再加分, 累计
  {
    id: "h-22",
    title: "服务示范点",
    points: "2",
    text: "每推荐1个医保服务示范点并经市级认定的加0.5分，本项满分后不再加分。",
    expect: occ(["0.5"], "award"),
  },
  {
    id: "h-23",
    title: "政策宣讲",
    points: "3",
    text: "医保政策宣讲进村入户每开展1场计0.2分，满分后不再加分。",
    expect: occ(["0.2"], "award"),
  },
  {
    id: "h-24",
    title: "档案资料",
    points: "2",
    text: "医保业务档案抽查发现资料缺失的，每份扣0.1分，累计扣分不超过1分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ points: "0.1", cap: "1" }] },
    },
  },
  {
    id: "h-25",
    title: "问题整改",
    points: "2",
    text: "定点医药机构违规问题整改不到位的，每家扣0.3分，全年累计扣分以本项分值为限。",
    expect: occ(["0.3"]),
  },
  // 同一问题不重复扣分, 以上级通报为准
  {
    id: "h-26",
    title: "专项检查问题",
    points: "3",
    text: "医保基金专项检查发现问题的，每个问题扣0.5分，同一问题不重复扣分。",
    expect: occ(["0.5"]),
  },
  {
    id: "h-27",
    title: "服务站标识",
    points: "1",
    text: "医保服务站点标识不规范的，每个站点扣0.2分；同一站点存在多项问题的只扣一次，不重复扣分。",
    expect: occ(["0.2"]),
  },
  {
    id: "h-28",
    title: "安全事故",
    points: "2",
    text: "医保经办场所发生安全生产事故的（以上级通报为准），每起扣1分。",
    expect: occ(["1"]),
  },
  {
    id: "h-29",
    title: "参保工作排名",
    points: "1",
    text: "城乡居民医保参保工作在全市通报中排名前三名的加1分（以市医保局年度通报为准）。",
    expect: { kind: "rank", rule: { awards: [{ upTo: 3, points: "1" }] } },
  },
  // 一票否决, 取消评优资格
  {
    id: "h-30",
    title: "基金安全",
    points: "5",
    text: "发生套取、骗取医保基金重大案件被省级以上通报的，本年度考核实行一票否决。",
    expect: { kind: "checklist", gate: { effect: "veto" } },
  },
  {
    id: "h-31",
    title: "社会稳定",
    points: "3",
    text: "辖区内发生因医保问题引发的群体性事件并造成严重社会影响的，年度考核一票否决。",
    expect: { kind: "checklist", gate: { effect: "veto" } },
  },
  {
    id: "h-32",
    title: "廉洁经办",
    points: "2",
    text: "经办人员因违规办理医保业务受到党纪政务处分的，取消当年评先评优资格。",
    expect: { kind: "checklist", gate: { effect: "ineligible" } },
  },
  {
    id: "h-33",
    title: "征缴任务",
    points: "2",
    text: "未完成年度城乡居民医保征缴任务的，扣2分，并取消该单位年度评优资格。",
    expect: { ...deductions(["2"]), gate: { effect: "ineligible" } },
  },
  // more clauses, choices
  {
    id: "h-34",
    title: "资助参保",
    points: "3",
    text: "医疗救助对象资助参保资金未在规定时间内足额拨付的，扣1分；拨付后未及时核对参保状态的，扣0.5分；资助对象漏保的，每人扣0.2分。",
    expect: occ(["1", "0.5", "0.2"]),
  },
  {
    id: "h-35",
    title: "一窗通办",
    points: "2",
    text: "医保经办全面实行“一窗通办”的得2分，部分实行的得1分，未实行的不得分。",
    expect: {
      kind: "option",
      rule: { options: [{ points: "2" }, { points: "1" }, { points: "0" }] },
    },
  },
  // discretionary or ambiguous as written (ambiguousFourth)
  {
    id: "h-36",
    title: "经办服务考核",
    points: "3",
    text: "医保经办服务工作按上级考核情况予以扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "h-37",
    title: "参保扩面",
    points: "3",
    text: "参保扩面工作完成较好的加分，完成较差的扣分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "h-38",
    title: "述职评议",
    points: "5",
    text: "根据年终述职评议情况，由考核领导小组评定得分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "h-39",
    title: "基金监管问题",
    points: "3",
    text: "基金监管工作存在问题的，根据问题性质扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "h-40",
    title: "信息化成效",
    points: "2",
    text: "医保信息化建设成效突出的给予加分。",
    expect: { kind: "discretionary" },
  },
];
