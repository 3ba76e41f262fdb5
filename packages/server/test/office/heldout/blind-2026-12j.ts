/**
 * The sixth blind round of scoring sentences of December 2026 (decision 0328): 40 sentences in
 * the shapes the last session left — a sum of different kinds in one standard with a rank in it
 * (each part its own share of the item's points), places listed without a verb (第一名4分、第二名
 * 3分), a three-way change on last year (提高/持平/下降), absences counted per person at each
 * meeting (每次会议缺席1人扣) — and the usual topics (参保扩面, 基金监管, 医保支付, 待遇落实, 经办
 * 服务, 信息化, 医药价格招采, 党风廉政, 宣传, 信访) in new wording: Chinese numerals (两分, 零点五,
 * 百分之九十五), full-width digits and punctuation, units 人次, 家, 件, 个工作日, 户. Written and
 * committed before the reader (src/office/rubric) was read or run on them; self-written, not
 * copied from the corpus or an earlier set. Same form as heldout/sentences.ts.
 *
 * A sum's `shares` are the points each part is scored within (本项10分 = 经办6分 + 排名4分): a
 * part's deduction never takes from another part's points. (Written first as a list of figures;
 * the engine's field became a list of { points } rows so the editor can show it — same meaning.) A three-way change is `compare` with
 * `equal`, the points when this year equals last year.
 *
 * `ambiguousSixth` names the sentences a careful person cannot score as written (a 酌情 kind).
 */
import { leftShapes, occ } from "./blind-2026-12j-shapes.js";
import type { Expected, HeldOut } from "./sentences.js";

const steps = (direction: string, from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction, from, step, points },
});

/** The ids of the sentences that are discretionary or ambiguous as written. */
export const ambiguousSixth: readonly string[] = ["j-37", "j-38", "j-39", "j-40"];

export const blindDecemberSixth: HeldOut[] = [
  ...leftShapes,
  // 参保扩面
  {
    id: "j-17",
    title: "基本医保参保率",
    points: "5",
    text: "户籍人口基本医保参保率达到百分之九十五的得5分，每低零点五个百分点扣零点五分，扣完为止。",
    expect: steps("below", "95", "0.5", "0.5"),
  },
  {
    id: "j-18",
    title: "新生儿参保",
    points: "2",
    text: "新生儿出生后90日内参保登记率达100%得两分，90%（含）—100%得1分，90%以下不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "100", points: "2" },
          { gte: "90", points: "1" },
        ],
      },
    },
  },
  {
    id: "j-19",
    title: "脱贫人口参保",
    points: "3",
    text: "脱贫人口、监测对象漏保的，每发现1户扣0.5分；因漏保导致医疗费用无法报销并造成不良影响的，本项不得分。",
    expect: { ...occ(["0.5"]), gate: { effect: "zero" } },
  },
  // 基金监管
  {
    id: "j-20",
    title: "智能监控核查",
    points: "3",
    text: "智能监控系统推送的疑点数据，未在10个工作日内完成核查的，每条扣0.05分，扣完为止。",
    expect: occ(["0.05"]),
  },
  {
    id: "j-21",
    title: "违规基金追回",
    points: "4",
    text: "违规基金追回率达到100%得4分；未全额追回的，按追回率乘以本项分值计分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "j-22",
    title: "现场检查",
    points: "3",
    text: "年度现场检查定点医药机构不少于30家，每少1家扣0.1分。",
    expect: { kind: "quota", rule: { quota: "30", points: "0.1" } },
  },
  // 医保支付
  {
    id: "j-23",
    title: "结算资金拨付",
    points: "2",
    text: "未按协议按时拨付定点医疗机构医保结算资金的，每家次扣0.2分。",
    expect: occ(["0.2"]),
  },
  {
    id: "j-24",
    title: "按病种付费",
    points: "2",
    text: "按病种付费病种数达到100个以上的得2分，80至100个的得1分，低于80个的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "100", points: "2" },
          { gte: "80", points: "1" },
        ],
      },
    },
  },
  // 待遇落实
  {
    id: "j-25",
    title: "门诊慢特病认定",
    points: "3",
    text: "门诊慢特病申请材料齐全的，须在15个工作日内完成认定，超时的每件扣0.2分；因认定错误造成基金损失的，每件扣0.5分。",
    expect: occ(["0.2", "0.5"]),
  },
  {
    id: "j-26",
    title: "大病保险结算",
    points: "2",
    text: "大病保险待遇结算准确率低于99%的扣1分，低于95%的扣2分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "99", points: "2" },
          { gte: "95", points: "1" },
        ],
      },
    },
  },
  {
    id: "j-27",
    title: "医疗救助发放",
    points: "2",
    text: "医疗救助资金应在受理之日起20个工作日内发放到位，逾期发放的每户扣0.1分。",
    expect: occ(["0.1"]),
  },
  // 经办服务
  {
    id: "j-28",
    title: "一窗通办",
    points: "2",
    text: "“一窗通办”事项覆盖率不低于90%的得2分，未达到的按实际覆盖率÷90%×2分计算。",
    expect: { kind: "proportional", rule: { of: "90" } },
  },
  {
    id: "j-29",
    title: "窗口投诉",
    points: "3",
    text: "窗口服务被投诉且查实的，每件扣1分；被市级以上媒体曝光的，每次扣2分。",
    expect: occ(["1", "2"]),
  },
  // 信息化
  {
    id: "j-30",
    title: "信息平台运行",
    points: "3",
    text: "医保信息平台运行故障未在2小时内上报的，每次扣0.5分；发生参保人信息泄露事件的，实行一票否决。",
    expect: { ...occ(["0.5"]), gate: { effect: "veto" } },
  },
  {
    id: "j-31",
    title: "电子处方流转",
    points: "2",
    text: "医保电子处方流转定点药店覆盖率达６０％得满分，低于60%的，每低5个百分点扣0.4分。",
    expect: steps("below", "60", "5", "0.4"),
  },
  // 医药价格招采
  {
    id: "j-32",
    title: "中选药品网采",
    points: "3",
    text: "公立医疗机构集采中选药品网上采购率达到90%的得3分，每降低1个百分点扣0.3分。",
    expect: steps("below", "90", "1", "0.3"),
  },
  {
    id: "j-33",
    title: "价格监测报送",
    points: "2",
    text: "每月报送一次医药价格监测数据，每缺报一次扣0.2分。",
    expect: { kind: "quota", rule: { quota: "12", points: "0.2" } },
  },
  // 党风廉政
  {
    id: "j-34",
    title: "廉政风险防控",
    points: "3",
    text: "干部职工发生违纪违法行为被立案查处的，每人次扣1.5分；被追究刑事责任的，本项不得分。",
    expect: { ...occ(["1.5"]), gate: { effect: "zero" } },
  },
  // 宣传
  {
    id: "j-35",
    title: "宣传报道",
    points: "2",
    text: "在国家级媒体发表医保宣传报道的每篇加1分，省级媒体每篇加0.5分，市级媒体每篇加0.2分，最高加2分。",
    expect: {
      kind: "occurrences",
      rule: {
        mode: "award",
        terms: [{ byField: { points: { national: "1", province: "0.5", city: "0.2" } } }],
      },
    },
  },
  // 信访
  {
    id: "j-36",
    title: "信访按期办结",
    points: "2",
    text: "信访事项按期办结率达到100%得2分，每低1个百分点扣0.2分。",
    expect: steps("below", "100", "1", "0.2"),
  },
  // discretionary or ambiguous as written (ambiguousSixth)
  {
    id: "j-37",
    title: "基金监管成效",
    points: "3",
    text: "基金监管工作成效明显的，由考核组综合评定得分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "j-38",
    title: "宣传氛围",
    points: "2",
    text: "医保政策宣传氛围不浓的，酌情扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "j-39",
    title: "信访稳定",
    points: "2",
    text: "因医保问题引发群体性上访的，视影响程度扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "j-40",
    title: "信息化应用水平",
    points: "2",
    text: "信息化应用水平较高的多得分，较低的少得分。",
    expect: { kind: "discretionary" },
  },
];
