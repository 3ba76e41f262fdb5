/**
 * The fifth blind round of scoring sentences of December 2026 (issue #12, decision 0321): 40
 * sentences on the topics and wordings the earlier rounds covered least — 医保电子凭证, 异地就医直接
 * 结算, DRG/DIP, 集中带量采购 (约定采购量, 结余留用), 基金预算执行率, 两定机构协议管理, 长期护理保险,
 * 医疗救助 (资助参保, 一站式结算), 信息采用 by level, 12393 热线, 信访, 安全生产, 党风廉政, 档案,
 * 统计报表, 内控 (审计整改), 视频/暗访, 群众满意度测评 — in the wordings 以…为满分, 按…折算,
 * 得分＝…÷N%×M分, 采用1篇计N分, 分别扣, 每户/每处/每人次, 比上年增加/下降, 在…之间, 等次, 排名,
 * 未完成的按完成比例得分, 一票否决 beside a deduction, Chinese numerals, 〇, full-width digits and
 * stray spaces — committed before the reader (src/office/rubric) was read or run on them. Same
 * form as heldout/sentences.ts. Self-written in the style of public 评分细则, not copied.
 *
 * `ambiguousFifth` names the sentences a careful person cannot score as written: their
 * expectation is a 酌情 kind, and the measure asks that the reader says it did not understand.
 * Every other sentence is clear: read right, it should be shown at high confidence.
 */
import type { Expected, HeldOut } from "./sentences.js";

const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});
const checklist = (mode: string, points: string[]): Expected => ({
  kind: "checklist",
  rule: { mode, items: points.map((p) => ({ points: p })) },
});
const steps = (direction: string, from: string, step: string, points: string): Expected => ({
  kind: "steps",
  rule: { direction, from, step, points },
});
const levels = (mode: string, points: Record<string, string>): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: [{ byField: { points } }] },
});

/** The ids of the sentences that are discretionary or ambiguous as written. */
export const ambiguousFifth: readonly string[] = ["i-36", "i-37", "i-38", "i-39", "i-40"];

export const blindDecemberFifth: HeldOut[] = [
  // 医保电子凭证
  {
    id: "i-1",
    title: "电子凭证激活",
    points: "3",
    text: "以全县医保电子凭证激活率最高的乡镇为满分，其余乡镇按本乡镇激活率与最高激活率之比折算得分。",
    expect: { kind: "bestRatio", rule: { order: "desc" } },
  },
  {
    id: "i-2",
    title: "电子凭证使用",
    points: "2",
    text: "医保电子凭证结算使用率达到６０％的得满分，每低 5 个百分点扣 0.5 分，扣完为止。",
    expect: steps("below", "60", "5", "0.5"),
  },
  // 异地就医直接结算
  {
    id: "i-3",
    title: "异地直接结算率",
    points: "2",
    text: "异地就医住院费用直接结算率80%（含）以上的得2分；在70%（含）至80%之间的得1分；70%以下不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "80", points: "2" },
          { gte: "70", points: "1" },
        ],
      },
    },
  },
  {
    id: "i-4",
    title: "职工参保增长",
    points: "2",
    text: "职工医保参保人数比上年同期增加的得2分，未增加的不得分。",
    expect: { kind: "compare", rule: { op: "gt", points: "2" } },
  },
  // DRG/DIP
  {
    id: "i-5",
    title: "DRG病例入组",
    points: "3",
    text: "得分＝DRG付费病例入组率÷95%×3分，最高不超过3分。",
    expect: { kind: "proportional", rule: { of: "95" } },
  },
  {
    id: "i-6",
    title: "DIP清单上传",
    points: "2",
    text: "DIP结算清单上传及时率低于95%的，每低一个百分点扣0.1分；低于85%的该项不得分。",
    expect: steps("below", "95", "1", "0.1"),
  },
  {
    id: "i-7",
    title: "DIP付费扩面",
    points: "3",
    text: "完成DIP付费年度扩面任务的得3分，未完成的按完成比例得分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  // 集中带量采购
  {
    id: "i-8",
    title: "集采约定采购量",
    points: "1",
    text: "国家组织集采药品约定采购量完成率达100%的得满分，每低1个百分点扣零点一分，最多扣一分。",
    expect: steps("below", "100", "1", "0.1"),
  },
  {
    id: "i-9",
    title: "集采结余留用",
    points: "2",
    text: "集采结余留用资金未按规定时限拨付给医疗机构的，每家扣0.2分，扣完为止。",
    expect: occ(["0.2"]),
  },
  // 基金预算执行率
  {
    id: "i-10",
    title: "基金预算执行",
    points: "2",
    text: "基金预算执行率在95%～105%之间的得2分，在90%～95%之间的得1分，低于90%或高于105%的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", lte: "105", points: "2" },
          { gte: "90", points: "1" },
        ],
      },
    },
  },
  // 两定机构协议管理
  {
    id: "i-11",
    title: "两定机构协议管理",
    points: "2",
    text: "新增定点医药机构未按规定开展评估的，每家扣0.3分；对违约机构未按协议约定处理的，每家扣0.5分；本项最多扣2分。",
    expect: occ(["0.3", "0.5"]),
  },
  // 长期护理保险
  {
    id: "i-12",
    title: "失能等级评估",
    points: "2",
    text: "长期护理保险失能等级评估复核发现错评、漏评的，每人次扣0.2分，累计扣分不超过本项分值。",
    expect: occ(["0.2"]),
  },
  {
    id: "i-13",
    title: "长护经办满意度",
    points: "3",
    text: "长期护理保险经办服务满意度以第三方测评结果为准，按测评得分(满分100分)折算计入本项。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "i-14",
    title: "长护基金运行",
    points: "3",
    text: "长期护理保险基金当期收支不平衡的扣二分；出现赤字未及时报告的，再扣一分。",
    expect: checklist("deduct", ["2", "1"]),
  },
  // 医疗救助
  {
    id: "i-15",
    title: "救助对象资助参保",
    points: "3",
    text: "特困人员、低保对象等医疗救助对象资助参保不到位的，每户扣0.5分，本项扣完为止。",
    expect: occ(["0.5"]),
  },
  {
    id: "i-16",
    title: "一站式结算",
    points: "2",
    text: "医疗救助“一站式”结算率达到 100% 的得 2 分，未达到的该项不得分。",
    expect: { kind: "bands", rule: { bands: [{ gte: "100", points: "2" }] } },
  },
  {
    id: "i-17",
    title: "救助资金支出进度",
    points: "2",
    text: "医疗救助资金支出进度按序时进度考核，每落后序时进度1个百分点扣0.1分，扣完为止。",
    expect: { kind: "steps", rule: { step: "1", points: "0.1" } },
  },
  // 信息报送
  {
    id: "i-18",
    title: "信息采用",
    points: "2",
    text: "信息报送：被国家医保局采用1篇计2分，省医保局采用1篇计1分，市医保局采用1篇计0.3分（同一篇信息按最高级别计分，不累计）。",
    expect: levels("award", { national: "2", province: "1", city: "0.3" }),
  },
  {
    id: "i-19",
    title: "信息报送数量",
    points: "2",
    text: "二〇二六年度每季度报送医保工作信息不少于3篇，全年每少报1篇扣0.1分。",
    expect: { kind: "quota", rule: { quota: "12", points: "0.1" } },
  },
  {
    id: "i-20",
    title: "宣传稿件刊发",
    points: "1",
    text: "在国家级媒体刊发医保宣传稿件的，每篇加0.5分；在省级媒体刊发的，每篇加0.2分。本项加分累计不超过1分。",
    expect: levels("award", { national: "0.5", province: "0.2" }),
  },
  // 12393 热线
  {
    id: "i-21",
    title: "12393热线",
    points: "2",
    text: "12393热线工单办结率、群众满意率均达到95%的得满分；其中一项未达到的扣1分。",
    expect: checklist("deduct", ["1", "1"]),
  },
  {
    id: "i-22",
    title: "热线工单质量",
    points: "2",
    text: "12393热线工单被退回重办的，每件扣0.1分；被市级通报超期的，每件扣0.3分（同一工单不重复扣分）。",
    expect: occ(["0.1", "0.3"]),
  },
  // 信访
  {
    id: "i-23",
    title: "越级上访",
    points: "3",
    text: "发生到市、赴省、进京越级上访的，每起分别扣0.5分、1分、2分。",
    expect: levels("deduct", { city: "0.5", province: "1", national: "2" }),
  },
  {
    id: "i-24",
    title: "信访办结",
    points: "2",
    text: "信访事项须在60日内办结，未按期办结的每件扣0.2分，最多扣1分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ points: "0.2", cap: "1" }] },
    },
  },
  // 安全生产
  {
    id: "i-25",
    title: "安全生产",
    points: "2",
    text: "全年未发生安全生产事故的得满分；发生一般安全事故的每起扣1分；发生较大及以上安全事故的，该项不得分。",
    expect: { ...occ(["1"]), gate: { effect: "zero" } },
  },
  // 党风廉政
  {
    id: "i-26",
    title: "党风廉政考核",
    points: "3",
    text: "县纪委监委党风廉政建设考核为“好”等次的得3分、“较好”等次得2分、“一般”等次得1分、“差”等次不得分。",
    expect: {
      kind: "option",
      rule: { options: [{ points: "3" }, { points: "2" }, { points: "1" }, { points: "0" }] },
    },
  },
  {
    id: "i-27",
    title: "救助资金安全",
    points: "4",
    text: "医疗救助资金被挤占挪用的，每起扣2分；情节严重被移送司法机关的，实行一票否决。",
    expect: { ...occ(["2"]), gate: { effect: "veto" } },
  },
  // 档案
  {
    id: "i-28",
    title: "档案管理",
    points: "2",
    text: "年度文书档案未按时归档的扣0.5分；档案室“八防”设施不全的，每缺一项扣0.1分。",
    expect: occ(["0.5", "0.1"]),
  },
  // 统计报表
  {
    id: "i-29",
    title: "统计报表",
    points: "2",
    text: "统计报表未按时报送的，每次扣0.2分；报表数据差错经上级退回的，每处扣0.1分；最多扣2分。",
    expect: occ(["0.2", "0.1"]),
  },
  // 内控
  {
    id: "i-30",
    title: "审计问题整改",
    points: "2",
    text: "审计、巡察反馈问题整改率100%的得2分；整改率低于100%的，每低10个百分点扣0.5分（不足10个百分点按10个百分点计）。",
    expect: {
      kind: "steps",
      rule: { direction: "below", from: "100", step: "10", points: "0.5", rounding: "up" },
    },
  },
  // 视频/暗访
  {
    id: "i-31",
    title: "窗口暗访",
    points: "2",
    text: "经视频巡查或暗访发现窗口人员脱岗、玩手机等问题的，每人次扣0.2分；被媒体曝光的，每次扣1分。",
    expect: occ(["0.2", "1"]),
  },
  // 群众满意度测评
  {
    id: "i-32",
    title: "群众满意度测评",
    points: "3",
    text: "群众满意度测评得分在90分以上的得满分，80—90分的得2分，70—80分的得1分，70分以下的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "90", points: "3" },
          { gte: "80", points: "2" },
          { gte: "70", points: "1" },
        ],
      },
    },
  },
  // 排名, 比上年下降, 加分
  {
    id: "i-33",
    title: "基金监管考核排名",
    points: "4",
    text: "医保基金监管年度考核在全市排名第1名的得4分，第2—3名的得3分，第4—6名的得2分，第7名及以后的得1分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 1, points: "4" },
          { upTo: 3, points: "3" },
          { upTo: 6, points: "2" },
        ],
        rest: "1",
      },
    },
  },
  {
    id: "i-34",
    title: "个人负担比例",
    points: "1",
    text: "政策范围内住院费用个人负担比例比上年下降的，每下降1个百分点加0.2分，最高加1分。",
    expect: steps("above", "0", "1", "0.2"),
  },
  {
    id: "i-35",
    title: "查处欺诈骗保",
    points: "2",
    text: "主动发现并查处欺诈骗保案件的，每查处1件加0.2分；移送公安机关的，每件再加0.5分，加分最高不超过2分。",
    expect: occ(["0.2", "0.5"], "award"),
  },
  // discretionary or ambiguous as written (ambiguousFifth)
  {
    id: "i-36",
    title: "满意度结果运用",
    points: "2",
    text: "群众满意度测评结果较差的，视情况扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "i-37",
    title: "档案规范",
    points: "2",
    text: "档案管理不规范的，由考核组视具体情形酌减分值。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "i-38",
    title: "协议管理评价",
    points: "3",
    text: "两定机构协议管理工作按照市医保局年度评价等次计分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "i-39",
    title: "信访工作",
    points: "2",
    text: "信访工作出现问题的，按相关规定扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "i-40",
    title: "暗访问题",
    points: "2",
    text: "暗访发现问题较多的多扣分，问题较少的少扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
];
