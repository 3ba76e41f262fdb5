/**
 * The second blind round of December 2026 (issue #12, decision 0311): 40 scoring sentences written
 * from how county 医保 考核细则 word the topics earlier sets covered least — 长期护理保险, 生育保险,
 * 国谈药品“双通道”, 医用耗材集采, 医疗服务价格, 门诊共济, 医保支付资格管理, 村级医保服务站, 跨省通办,
 * 大病保险, 灵活就业和新生儿参保, 医保信用评价, 社会监督员 — committed before the reader
 * (src/office/rubric) was read or run on them. Same form as heldout/sentences.ts.
 */
import type { HeldOut } from "./sentences.js";

const occ = (points: string, mode = "deduct") => ({
  kind: "occurrences",
  rule: { mode, terms: [{ points }] },
});
const capped = (points: string, cap: string, mode = "deduct") => ({
  kind: "occurrences",
  rule: { mode, terms: [{ points, cap }] },
});
const below = (from: string, step: string, points: string) => ({
  kind: "steps",
  rule: { direction: "below", from, step, points },
});

export const blindDecemberSecond: HeldOut[] = [
  // per occurrence, with and without a cap of its own
  {
    id: "e-1",
    title: "长护险服务稽核",
    points: "4",
    text: "长期护理保险定点护理机构虚报服务项目的，每发现1例扣0.3分，最多扣1.5分。",
    expect: capped("0.3", "1.5"),
  },
  {
    id: "e-2",
    title: "生育津贴发放",
    points: "3",
    text: "生育津贴未按规定时限发放的，按0.2分/人次扣分。",
    expect: occ("0.2"),
  },
  {
    id: "e-3",
    title: "双通道药品配备",
    points: "3",
    text: "“双通道”定点药店国谈药品配备不到位的，每家扣０．５分，扣完为止。",
    expect: occ("0.5"),
  },
  {
    id: "e-4",
    title: "医保医师记分",
    points: "3",
    text: "辖区医保支付资格管理人员被记分未按规定录入系统的，每人次扣零点二分。",
    expect: occ("0.2"),
  },
  {
    id: "e-5",
    title: "村级服务站",
    points: "4",
    text: "村级医保服务站未实现“四有”标准的，每个站点扣0.2分，本项最多扣2分。",
    expect: capped("0.2", "2"),
  },
  {
    id: "e-6",
    title: "跨省通办事项",
    points: "2",
    text: "跨省通办事项办理逾期的，每件扣0.1分（因申请人原因造成的除外）。",
    expect: occ("0.1"),
  },
  {
    id: "e-7",
    title: "社会监督员举报",
    points: "3",
    text: "社会监督员反映问题经核查属实且未及时处置的，每起扣1分；造成不良影响的，每起扣2分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ points: "1" }, { points: "2" }] },
    },
  },
  {
    id: "e-8",
    title: "信用评价结果运用",
    points: "2",
    text: "定点医药机构信用评价结果为A级的，每家加0.1分，此项加分累计不超过1分。",
    expect: capped("0.1", "1", "award"),
  },
  // quotas
  {
    id: "e-9",
    title: "长护险评估培训",
    points: "2",
    text: "每季度至少组织1次失能等级评估人员培训，全年少于4次的，每少1次扣0.5分。",
    expect: { kind: "quota", rule: { quota: "4", points: "0.5" } },
  },
  {
    id: "e-10",
    title: "价格监测报送",
    points: "2",
    text: "全年报送医疗服务价格监测信息不少于十二期，每缺一期扣零点二分。",
    expect: { kind: "quota", rule: { quota: "12", points: "0.2" } },
  },
  // steps
  {
    id: "e-11",
    title: "生育保险参保",
    points: "4",
    text: "职工生育保险参保率以95%为基准，每下降0.1个百分点扣0.2分。",
    expect: below("95", "0.1", "0.2"),
  },
  {
    id: "e-12",
    title: "新生儿参保",
    points: "3",
    text: "新生儿出生当年参保率达到90%的得满分，每低1个百分点扣0.3分，不足1个百分点的不扣分。",
    expect: {
      kind: "steps",
      rule: { direction: "below", from: "90", step: "1", points: "0.3", rounding: "down" },
    },
  },
  {
    id: "e-13",
    title: "耗材集采执行",
    points: "3",
    text: "医用耗材集采中选产品使用比例低于８０％的，每低２个百分点扣０．５分。",
    expect: below("80", "2", "0.5"),
  },
  {
    id: "e-14",
    title: "大病保险赔付",
    points: "3",
    text: "大病保险赔付率应控制在95%以内，每超出1个百分点扣0.5分。",
    expect: { kind: "steps", rule: { direction: "over", from: "95", step: "1", points: "0.5" } },
  },
  {
    id: "e-15",
    title: "门诊共济结算",
    points: "2",
    text: "职工门诊统筹结算人次较上年增长超过10%的，每增加1个百分点加0.1分，最高加1分。",
    expect: { kind: "steps", rule: { direction: "above", from: "10", step: "1", points: "0.1" } },
  },
  {
    id: "e-16",
    title: "灵活就业参保",
    points: "4",
    text: "灵活就业人员参保人数与上年相比，每增加1个百分点加0.5分，每减少1个百分点扣0.5分。",
    expect: { kind: "steps", rule: { direction: "both", step: "1", points: "0.5" } },
  },
  {
    id: "e-17",
    title: "长护险待遇申请",
    points: "2",
    text: "长期护理保险待遇申请应在30个工作日内完成评估，逾期的每逾期1个工作日扣0.1分。",
    expect: { kind: "steps", rule: { direction: "over", from: "30", step: "1", points: "0.1" } },
  },
  // bands
  {
    id: "e-18",
    title: "国谈药品落地",
    points: "3",
    text: "国谈药品落地率95%以上得3分，90%（含）-95%得2分，85%（含）-90%得1分，85%以下不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "3" },
          { gte: "90", points: "2" },
          { gte: "85", points: "1" },
        ],
      },
    },
  },
  {
    id: "e-19",
    title: "价格调整评估",
    points: "2",
    text: "医疗服务价格调整评估完成率：100%计2分；80%（含）以上计1分；80%以下计0分。",
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
  {
    id: "e-20",
    title: "智能审核覆盖",
    points: "4",
    text: "智能审核覆盖率达到百分之九十五及以上的得四分，达到百分之九十的得二分，达不到百分之九十的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "4" },
          { gte: "90", points: "2" },
        ],
      },
    },
  },
  // completion ratios
  {
    id: "e-21",
    title: "医保档案数字化",
    points: "3",
    text: "按实际完成数占年度任务数的比例计分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "e-22",
    title: "基金收入预算",
    points: "4",
    text: "基金收入预算完成率达到100%的得满分，未达到的按完成比例计分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  // checklists, zeroing
  {
    id: "e-23",
    title: "门诊共济改革",
    points: "4",
    text: "未出台门诊共济改革配套文件的扣二分；未建立门诊统筹定点机构名单动态调整机制的扣一分；个人账户家庭共济未开通的扣一分。",
    expect: {
      kind: "checklist",
      rule: { mode: "deduct", items: [{ points: "2" }, { points: "1" }, { points: "1" }] },
    },
  },
  {
    id: "e-24",
    title: "基金运行分析",
    points: "3",
    text: "按季度开展基金运行分析的得1分；形成书面报告报送县政府的得1分；提出风险预警措施的得1分。",
    expect: {
      kind: "checklist",
      rule: { mode: "award", items: [{ points: "1" }, { points: "1" }, { points: "1" }] },
    },
  },
  {
    id: "e-25",
    title: "医保移动支付",
    points: "3",
    text: "二级以上定点医疗机构未全部开通医保移动支付的，此项不计分。",
    expect: { kind: "checklist" },
  },
  {
    id: "e-26",
    title: "长护险协议管理",
    points: "4",
    text: "未与定点护理机构签订服务协议的，该项得0分；协议履行中发现问题的，每个问题扣0.5分。",
    expect: { kind: "occurrences", rule: { mode: "deduct" }, gate: { effect: "zero" } },
  },
  // discretionary
  {
    id: "e-27",
    title: "经办能力建设",
    points: "3",
    text: "经办队伍建设滞后、业务培训流于形式的，由考核组酌情扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "e-28",
    title: "医保服务下沉",
    points: "3",
    text: "医保服务下沉工作推进缓慢的，根据实际情况扣0.5至2分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "0.5", max: "2" } },
  },
  // ranks
  {
    id: "e-29",
    title: "大病保险排名",
    points: "5",
    text: "大病保险经办考核全市排名前3名得满分，第4至6名得3分，其余得1分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 3, points: "5" },
          { upTo: 6, points: "3" },
        ],
        rest: "1",
      },
    },
  },
  {
    id: "e-30",
    title: "耗材集采排名",
    points: "3",
    text: "医用耗材集采执行进度全市排名第一的得3分，每退后一名扣0.3分。",
    expect: { kind: "rank", rule: { awards: [{ upTo: 1, points: "3" }], perPlace: "0.3" } },
  },
  {
    id: "e-31",
    title: "信用评价排名",
    points: "2",
    text: "定点机构信用评价工作在全县排名末位的，扣2分。",
    expect: {
      kind: "rank",
      rule: { mode: "deduct", order: "asc", awards: [{ upTo: 1, points: "2" }] },
    },
  },
  // cross-unit, levels, not counted again
  {
    id: "e-32",
    title: "门诊慢特病待遇",
    points: "2",
    text: "门诊慢特病待遇享受人数占比高于全市平均水平的，每高1个百分点加0.2分。",
    // Corrected after the first measurement (decision 0311): 与平均值比较 has no "above"; an
    // addition above the mean is its `bonus`, higher being better (`below`).
    expect: {
      kind: "vsMean",
      rule: { direction: "below", bonus: { step: "1", points: "0.2" } },
    },
  },
  {
    id: "e-33",
    title: "长护险试点扩面",
    points: "1",
    text: "率先在全市完成长期护理保险制度乡镇全覆盖的，加1分。",
    expect: { kind: "firstToReach", rule: { points: "1" } },
  },
  {
    id: "e-34",
    title: "典型经验推广",
    points: "3",
    text: "医保改革典型经验被国家级推广的加2分，被省级推广的加1分，被市级推广的加0.5分；同一经验不重复计分。",
    expect: {
      kind: "occurrences",
      rule: {
        mode: "award",
        terms: [{ byField: { points: { national: "2", province: "1", city: "0.5" } } }],
      },
    },
  },
  {
    id: "e-35",
    title: "价格违规查处",
    points: "3",
    text: "医疗服务价格违规问题，每发现一项扣0.5分；同一问题在基金监管项目中已扣分的，本项不再扣分。",
    before: [["1", "基金监管", "5", "基金监管检查发现问题的，每项扣0.5分，扣完为止。"]],
    expect: { kind: "occurrences", rule: { terms: [{ points: "0.5", notAgain: {} }] } },
  },
  // beyond the item: vetoes, total, base, uncapped
  {
    id: "e-36",
    title: "基金安全底线",
    points: "5",
    text: "发生长期护理保险基金被骗取套取重大案件的，本项目考核实行一票否决。",
    expect: { kind: "checklist", gate: { effect: "veto" } },
  },
  {
    id: "e-37",
    title: "信息泄露",
    points: "",
    text: "发生参保人员个人信息泄露事件并被媒体曝光的，从考核总分中扣除3分。",
    expect: { kind: "toTotal", rule: { sign: "minus" } },
  },
  {
    id: "e-38",
    title: "两定机构信用管理",
    points: "10",
    text: "基础分8分。被评为省级医保信用示范机构的加2分；每发现一起违规行为扣0.5分。",
    expect: { kind: "sum", rule: { base: "8" } },
  },
  {
    id: "e-39",
    title: "社会监督员聘用",
    points: "1",
    text: "每聘用一名医保社会监督员加0.1分，上不封顶。",
    expect: { kind: "uncapped", rule: { rule: { kind: "occurrences" } } },
  },
  {
    id: "e-40",
    title: "参保登记差错",
    points: "3",
    text: "参保登记信息差错率超过0.5%的，每超过0.1个百分点扣0.3分；超过2%的，本项不得分。",
    expect: {
      kind: "steps",
      rule: { direction: "over", from: "0.5", step: "0.1", points: "0.3" },
    },
  },
];
