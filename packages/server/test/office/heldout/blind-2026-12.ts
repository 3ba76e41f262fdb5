/**
 * A blind round of scoring sentences (issue #12, December 2026): 40 sentences written from how
 * county and city 医保 / 医疗救助 / 经办服务 / 12345 热线 / 党风廉政 考核细则 are worded, committed
 * before the reader (src/office/rubric) was read or run on them. Same form as heldout/sentences.ts:
 * the item's points, its text, the rule kind and key parameters a person reads in it (matched as a
 * subset of the proposed rule, gate and facts).
 */
import type { HeldOut } from "./sentences.js";

const occ = (points: string, mode = "deduct") => ({
  kind: "occurrences",
  rule: { mode, terms: [{ points }] },
});
const below = (from: string, step: string, points: string) => ({
  kind: "steps",
  rule: { direction: "below", from, step, points },
});

export const blindDecember: HeldOut[] = [
  // per occurrence, worded every way
  {
    id: "d-1",
    title: "违规行为查处",
    points: "4",
    text: "定点医药机构违规行为经查实的，按每例0.5分扣减，扣完为止。",
    expect: occ("0.5"),
  },
  {
    id: "d-2",
    title: "窗口服务投诉",
    points: "3",
    text: "医保经办窗口服务被投诉且经核实的，扣1分/次。",
    expect: occ("1"),
  },
  {
    id: "d-3",
    title: "月度报表报送",
    points: "2",
    text: "未按时报送月度基金运行报表的〔扣0.2分/次〕。",
    expect: occ("0.2"),
  },
  {
    id: "d-4",
    title: "异地就医备案",
    points: "2",
    text: "异地就医备案办理按每超时一件扣0.1分计分。",
    expect: occ("0.1"),
  },
  {
    id: "d-5",
    title: "慢特病待遇认定",
    points: "3",
    text: "慢特病待遇认定超出规定时限的，每例扣半分。",
    expect: occ("0.5"),
  },
  {
    id: "d-6",
    title: "群众投诉",
    points: "3",
    text: "群众投诉经核实属实的，每件扣0.5分（经调查不属实的不扣分）。",
    expect: occ("0.5"),
  },
  {
    id: "d-7",
    title: "信息公示",
    points: "3",
    text: "每发现一例未按规定公示的扣0.5分，最高扣2分。",
    expect: { kind: "occurrences", rule: { mode: "deduct", terms: [{ points: "0.5", cap: "2" }] } },
  },
  {
    id: "d-8",
    title: "热线工单办理",
    points: "5",
    text: "12345热线工单超时办结的，每件扣0.2分；被市级督办的，每件扣0.5分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ points: "0.2" }, { points: "0.5" }] },
    },
  },
  {
    id: "d-9",
    title: "信息采用",
    points: "2",
    text: "医保工作信息被市级以上部门采用的，每篇加0.2分，本项加分最高不超过2分。",
    expect: occ("0.2", "award"),
  },
  // quotas
  {
    id: "d-10",
    title: "宣传稿件",
    points: "2",
    text: "全年在市级以上媒体发表宣传稿件不得少于8篇，缺1篇扣0.25分。",
    expect: { kind: "quota", rule: { quota: "8", points: "0.25" } },
  },
  {
    id: "d-11",
    title: "政策培训",
    points: "2",
    text: "全年开展医保政策培训不少于四次，每少一次扣0.5分。",
    expect: { kind: "quota", rule: { quota: "4", points: "0.5" } },
  },
  // steps
  {
    id: "d-12",
    title: "城乡居民参保率",
    points: "5",
    text: "城乡居民医保参保率达到95％（含）以上的得满分；每下降1个百分点扣1分，不足1个百分点的按1个百分点计。",
    expect: {
      kind: "steps",
      rule: { direction: "below", from: "95", step: "1", points: "1", rounding: "up" },
    },
  },
  {
    id: "d-13",
    title: "电子凭证激活",
    points: "3",
    text: "医保电子凭证激活率以上年末参保人数为基数，低于80%的，每低2个百分点扣0.5分。",
    expect: below("80", "2", "0.5"),
  },
  {
    id: "d-14",
    title: "次均费用控制",
    points: "3",
    text: "住院次均费用增长率超过5%的，每超过1个百分点扣0.5分。",
    expect: { kind: "steps", rule: { direction: "over", from: "5", step: "1", points: "0.5" } },
  },
  {
    id: "d-15",
    title: "政策知晓率",
    points: "3",
    text: "门诊统筹政策知晓率低于９０％的，每低５个百分点扣０．５分。",
    expect: below("90", "5", "0.5"),
  },
  {
    id: "d-16",
    title: "热线办结率",
    points: "3",
    text: "12345热线转办工单按时办结率达到100%的得3分，每低1个百分点扣0.3分。",
    expect: below("100", "1", "0.3"),
  },
  {
    id: "d-17",
    title: "零星报销时限",
    points: "2",
    text: "零星医疗费用报销应在20个工作日内办结，每超期1个工作日扣0.1分。",
    expect: { kind: "steps", rule: { direction: "over", from: "20", step: "1", points: "0.1" } },
  },
  {
    id: "d-18",
    title: "集采约定量",
    points: "1",
    text: "集采药品约定采购量完成率超过100%的，每超过5个百分点加0.2分，最多加1分。",
    expect: { kind: "steps", rule: { direction: "above", from: "100", step: "5", points: "0.2" } },
  },
  // bands
  {
    id: "d-19",
    title: "救助资金支出",
    points: "4",
    text: "医疗救助资金支出进度达到序时进度100%的得4分，达到90%的得3分，达到80%的得2分，低于80%的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "100", points: "4" },
          { gte: "90", points: "3" },
          { gte: "80", points: "2" },
        ],
      },
    },
  },
  {
    id: "d-20",
    title: "结算清单上传",
    points: "2",
    text: "【DIP结算清单上传率】≥98%得2分，95%≤上传率<98%得1分，<95%不得分。",
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
  {
    id: "d-21",
    title: "政策宣传覆盖",
    points: "2",
    text: "医保政策宣传进村入户，覆盖率达80%以上计2分、60%-80%计1分、60%以下计0分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "80", points: "2" },
          { gte: "60", points: "1" },
        ],
      },
    },
  },
  {
    id: "d-22",
    title: "基金预算执行",
    points: "3",
    text: "基金预算执行率在95%-105%之间的得3分；90%-95%或105%-110%的得2分；其余不得分。",
    expect: { kind: "bands" },
  },
  // checklists and zeroing
  {
    id: "d-23",
    title: "工作部署",
    points: "3",
    text: "未制定年度工作方案的，扣1分；未召开专题会议研究部署的，扣1分；未按时报送工作总结的，扣0.5分。",
    expect: {
      kind: "checklist",
      rule: { mode: "deduct", items: [{ points: "1" }, { points: "1" }, { points: "0.5" }] },
    },
  },
  {
    id: "d-24",
    title: "基金监管制度",
    points: "4",
    text: "建立医保基金监管联席会议制度的得1分；开展打击欺诈骗保专项行动的得2分；公开曝光典型案例的得1分。",
    expect: {
      kind: "checklist",
      rule: { mode: "award", items: [{ points: "1" }, { points: "2" }, { points: "1" }] },
    },
  },
  {
    id: "d-25",
    title: "支付方式改革",
    points: "4",
    text: "DRG/DIP付费医疗机构覆盖率达到100%、病种覆盖率达到90%的得满分；每项未达到的扣2分。",
    expect: {
      kind: "checklist",
      rule: { mode: "deduct", items: [{ points: "2" }, { points: "2" }] },
    },
  },
  {
    id: "d-26",
    title: "信息平台贯标",
    points: "3",
    text: "未按期完成医保信息平台贯标任务的，本项不得分。",
    expect: { kind: "checklist" },
  },
  {
    id: "d-27",
    title: "自查自纠",
    points: "4",
    text: "未按规定开展医保基金自查自纠的，本项不得分；自查问题未整改的每项扣1分。",
    expect: { kind: "occurrences", rule: { mode: "deduct" }, gate: { effect: "zero" } },
  },
  // discretionary
  {
    id: "d-28",
    title: "重点工作推进",
    points: "3",
    text: "工作推进不力、进度滞后的，酌情扣分。",
    expect: { kind: "discretionaryDeduction" },
  },
  {
    id: "d-29",
    title: "医疗救助落实",
    points: "4",
    text: "医疗救助政策落实不到位的，视情节轻重扣1—3分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "1", max: "3" } },
  },
  {
    id: "d-30",
    title: "工作创新",
    points: "5",
    text: "由考核组根据工作开展情况综合评定，酌情计0～5分。",
    expect: { kind: "discretionary" },
  },
  // ranks, levels, cross-unit
  {
    id: "d-31",
    title: "基金监管排名",
    points: "5",
    text: "按全市医保基金监管工作考核排名计分：第1名得5分，第2名得4分，第3名得3分，其余得2分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 1, points: "5" },
          { upTo: 2, points: "4" },
          { upTo: 3, points: "3" },
        ],
        rest: "2",
      },
    },
  },
  {
    id: "d-32",
    title: "扩面任务排名",
    points: "4",
    text: "参保扩面任务完成率在全县排名第一的得4分，此后每降一个名次递减0.2分。",
    expect: { kind: "rank", rule: { awards: [{ upTo: 1, points: "4" }], perPlace: "0.2" } },
  },
  {
    id: "d-33",
    title: "经验交流",
    points: "3",
    text: "工作经验在国家级、省级、市级会议上作交流发言的，分别加3分、2分、1分；同一事项按就高不就低原则计分，不重复加分。",
    expect: {
      kind: "occurrences",
      rule: {
        mode: "award",
        terms: [{ byField: { points: { national: "3", province: "2", city: "1" } } }],
      },
    },
  },
  {
    id: "d-34",
    title: "通报批评",
    points: "4",
    text: "被上级通报批评的，省级每次扣2分、市级每次扣1分、县级每次扣0.5分。",
    expect: {
      kind: "occurrences",
      rule: {
        mode: "deduct",
        terms: [{ byField: { points: { province: "2", city: "1", county: "0.5" } } }],
      },
    },
  },
  {
    id: "d-35",
    title: "支付改革全覆盖",
    points: "1",
    text: "在全市第一个完成DRG/DIP支付方式改革全覆盖的县区加1分。",
    expect: { kind: "firstToReach", rule: { points: "1" } },
  },
  {
    id: "d-36",
    title: "经办业务量",
    points: "2",
    text: "乡镇医保经办业务量低于全县平均水平的，每低1个百分点扣0.1分。",
    expect: { kind: "vsMean", rule: { direction: "below", step: "1", points: "0.1" } },
  },
  // gates, penalties, bonuses beyond the item
  {
    id: "d-37",
    title: "欺诈骗保案件",
    points: "5",
    text: "发生重大欺诈骗保案件、造成恶劣社会影响的，实行一票否决。",
    expect: { kind: "checklist", gate: { effect: "veto" } },
  },
  {
    id: "d-38",
    title: "廉洁纪律",
    points: "3",
    text: "干部职工因违纪违法受到党纪政务处分的，实行“一票否优”。",
    expect: { kind: "checklist", gate: { effect: "noExcellent" } },
  },
  {
    id: "d-39",
    title: "基金使用",
    points: "4",
    text: "医保基金被违规使用的，每起扣2分；扣满本项分值后，另在总分中扣除5分。",
    expect: {
      kind: "penalty",
      rule: {
        rule: { kind: "occurrences" },
        penalties: [{ when: { deducted: "4" }, points: "5" }],
      },
    },
  },
  {
    id: "d-40",
    title: "参保扩面超额",
    points: "2",
    text: "参保人数每超出年度任务1个百分点加0.5分，上不封顶。",
    expect: { kind: "uncapped", rule: { rule: { kind: "steps", step: "1", points: "0.5" } } },
  },
];
