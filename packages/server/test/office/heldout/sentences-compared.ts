/**
 * Held-out scoring sentences (heldout/sentences.ts): comparisons and compositions — thresholds from the round's mean, the others' mean, uncapped bonuses, one deduction pool, per-band steps, level lists, cross-unit thresholds, steps above a ceiling, a capped term, no double deduction, and the kinds read before.
 */
import type { HeldOut } from "./sentences.js";

export const comparedAndComposed: HeldOut[] = [
  // thresholds from the round's mean
  {
    id: "mean-1",
    title: "门诊统筹支付比例",
    points: "4",
    text: "门诊统筹支付比例不低于全县平均水平的得满分，每低1个百分点扣0.5分。",
    expect: { kind: "vsMean", rule: { direction: "below", step: "1", points: "0.5" } },
  },
  {
    id: "mean-2",
    title: "人均住院费用增幅",
    points: "3",
    text: "人均住院费用增幅不高于全市平均水平的得3分，每超过1个百分点扣0.3分。",
    expect: { kind: "vsMean", rule: { direction: "over", step: "1", points: "0.3" } },
  },
  {
    id: "mean-3",
    title: "办件时长",
    points: "2",
    text: "办件平均时长不超过各乡镇平均值的得满分，每超过1天扣0.2分。",
    expect: { kind: "vsMean", rule: { direction: "over", step: "1", points: "0.2" } },
  },
  {
    id: "mean-4",
    title: "参保率",
    points: "2",
    text: "高于全县平均值的得2分，每低于平均值1个百分点扣0.1分。",
    expect: { kind: "vsMean", rule: { direction: "below", step: "1", points: "0.1" } },
  },
  // the others' mean
  {
    id: "oth-1",
    title: "异地备案办理",
    points: "3",
    text: "每办结一件加0.5分；当年无此类业务的乡镇，按其他乡镇平均分计分。",
    expect: { kind: "othersMean", rule: { rule: { kind: "occurrences" } } },
  },
  {
    id: "oth-2",
    title: "试点任务",
    points: "4",
    text: "承担试点任务的，按完成情况酌情打分；未承担试点任务的单位，本项按其余单位的平均得分计算。",
    expect: { kind: "othersMean", rule: { rule: { kind: "discretionary" } } },
  },
  // bonuses above the item (uncapped)
  {
    id: "unc-1",
    title: "扩面任务",
    points: "3",
    text: "超额完成扩面任务的，每超1个百分点加0.5分，加分不封顶。",
    expect: { kind: "uncapped", rule: { rule: { kind: "steps", step: "1", points: "0.5" } } },
  },
  {
    id: "unc-2",
    title: "案件查办",
    points: "2",
    text: "每多办结一件案件加0.2分，上不封顶。",
    expect: {
      kind: "uncapped",
      rule: { rule: { kind: "occurrences", terms: [{ points: "0.2" }] } },
    },
  },
  {
    id: "unc-3",
    title: "招商引资",
    points: "2",
    text: "每引进一家定点医药机构加1分，不设上限。",
    expect: { kind: "uncapped", rule: { rule: { kind: "occurrences", terms: [{ points: "1" }] } } },
  },
  // one deduction pool
  {
    id: "pool-1",
    title: "内控制度",
    points: "4",
    text: "内控制度不健全的每项扣0.5分，制度落实不到位的酌情扣分，扣完为止。",
    expect: {
      kind: "pool",
      rule: {
        parts: [{ rule: { kind: "occurrences" } }, { rule: { kind: "discretionaryDeduction" } }],
      },
    },
  },
  {
    id: "pool-2",
    title: "数据报送",
    points: "3",
    text: "每少报一次扣1分；报送质量不高的视情况扣分，本项扣完为止。",
    expect: {
      kind: "pool",
      rule: {
        parts: [{ rule: { kind: "occurrences" } }, { rule: { kind: "discretionaryDeduction" } }],
      },
    },
  },
  {
    id: "pool-3",
    title: "问题整改",
    points: "5",
    text: "发现问题未整改的每处扣0.5分，整改不彻底的酌情扣分。",
    expect: {
      kind: "pool",
      rule: {
        parts: [{ rule: { kind: "occurrences" } }, { rule: { kind: "discretionaryDeduction" } }],
      },
    },
  },
  // a different step per band
  {
    id: "pw-1",
    title: "新增参保",
    points: "2",
    text: "新增参保100人以内的，每10人加0.1分；101-500人的，每50人加0.1分。",
    expect: {
      kind: "piecewise",
      rule: {
        direction: "above",
        pieces: [
          { step: "10", points: "0.1" },
          { from: "100", step: "50", points: "0.1" },
        ],
      },
    },
  },
  {
    id: "pw-2",
    title: "资金到位率",
    points: "5",
    text: "资金到位率低于95%不足90%的，每低1个百分点扣0.2分；低于90%的，每低1个百分点扣0.5分。",
    expect: {
      kind: "piecewise",
      rule: {
        direction: "below",
        pieces: [
          { step: "1", points: "0.2" },
          { step: "1", points: "0.5" },
        ],
      },
    },
  },
  {
    id: "pw-3",
    title: "医疗救助捐赠",
    points: "3",
    text: "筹集救助资金500元以下的每100元加0.5分，500元以上的每200元加0.5分。",
    expect: {
      kind: "piecewise",
      rule: {
        direction: "above",
        pieces: [
          { from: "0", step: "100", points: "0.5" },
          { from: "500", step: "200", points: "0.5" },
        ],
      },
    },
  },
  // level lists
  {
    id: "lvl-1",
    title: "经验推广",
    points: "3",
    text: "经验做法被县级、市级、省级推广的，分别加0.5分、1分、2分。",
    expect: {
      kind: "occurrences",
      rule: { terms: [{ byField: { points: { county: "0.5", city: "1", province: "2" } } }] },
    },
  },
  {
    id: "lvl-2",
    title: "信息采用",
    points: "3",
    text: "医保信息被国家级、省级、市级媒体采用的，每篇分别加3分、2分、1分。",
    expect: {
      kind: "occurrences",
      rule: { terms: [{ byField: { points: { national: "3", province: "2", city: "1" } } }] },
    },
  },
  {
    id: "lvl-3",
    title: "表彰奖励",
    points: "2",
    text: "受到省级、市级表彰的，分别加2分、1分，同一事项按最高级别计分。",
    expect: {
      kind: "occurrences",
      rule: { terms: [{ byField: { points: { province: "2", city: "1" } } }] },
    },
  },
  {
    id: "lvl-4",
    title: "通报批评",
    points: "3",
    text: "被市级、省级通报批评的，每次分别扣1分、2分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ byField: { points: { city: "1", province: "2" } } }] },
    },
  },
  {
    id: "lvl-5",
    title: "荣誉称号",
    points: "5",
    text: "获得国家级、省级、市级荣誉称号的依次加5分、3分、1分。",
    expect: {
      kind: "occurrences",
      rule: { terms: [{ byField: { points: { national: "5", province: "3", city: "1" } } }] },
    },
  },
  // cross-unit thresholds
  {
    id: "x-1",
    title: "征缴任务",
    points: "1",
    text: "全县首个完成年度征缴任务的加1分。",
    expect: { kind: "firstToReach", rule: { points: "1" } },
  },
  {
    id: "x-2",
    title: "扩面进度",
    points: "2",
    text: "参保扩面进度在全县前三名的，加2分。",
    expect: { kind: "rank", rule: { awards: [{ upTo: 3, points: "2" }] } },
  },
  {
    id: "x-3",
    title: "系统上线",
    points: "2",
    text: "在全市率先完成医保信息平台上线的乡镇得2分。",
    expect: { kind: "firstToReach", rule: { points: "2" } },
  },
  // deduction per step above a ceiling
  {
    id: "ovr-1",
    title: "办结时限",
    points: "3",
    text: "平均办结时限不超过5个工作日的得满分，每超1天扣0.5分。",
    expect: { kind: "steps", rule: { direction: "over", from: "5", step: "1", points: "0.5" } },
  },
  {
    id: "ovr-2",
    title: "次均费用",
    points: "2",
    text: "次均住院费用控制在3000元以内，每超出100元扣0.2分。",
    expect: {
      kind: "steps",
      rule: { direction: "over", from: "3000", step: "100", points: "0.2" },
    },
  },
  // a cap on one term
  {
    id: "cap-1",
    title: "信息公示",
    points: "4",
    text: "未按规定公示的，每次扣0.5分，最多扣2分；信息报送错误的，每次扣0.2分。",
    expect: {
      kind: "occurrences",
      rule: { terms: [{ points: "0.5", cap: "2" }, { points: "0.2" }] },
    },
  },
  {
    id: "cap-2",
    title: "报表报送",
    points: "3",
    text: "迟报一次扣0.5分（最多扣1.5分），漏报一次扣1分，扣完为止。",
    expect: {
      kind: "occurrences",
      rule: { terms: [{ points: "0.5", cap: "1.5" }, { points: "1" }] },
    },
  },
  // no double deduction across items
  {
    id: "na-1",
    title: "稽核问题",
    points: "5",
    text: "稽核发现违规问题的，每个扣1分（已在其他考核项目中扣分的，不重复扣分）。",
    before: [["1", "基金监管检查", "4", "检查发现问题的，每个扣0.5分，扣完为止。"]],
    expect: { kind: "occurrences", rule: { terms: [{ points: "1", notAgain: {} }] } },
  },
  {
    id: "na-2",
    title: "协议检查",
    points: "4",
    text: "协议检查发现问题的，每项扣0.5分，前项已扣分的同一问题不再重复扣分。",
    before: [["1", "专项检查", "4", "专项检查发现问题的，每项扣1分。"]],
    expect: { kind: "occurrences", rule: { terms: [{ points: "0.5", notAgain: {} }] } },
  },
  // kinds the reader had before (a check that nothing fell back)
  {
    id: "old-1",
    title: "违规事件",
    points: "3",
    text: "每发生一起违规事件扣1分，扣完为止。",
    expect: { kind: "occurrences", rule: { mode: "deduct", terms: [{ points: "1" }] } },
  },
  {
    id: "old-2",
    title: "参保率",
    points: "5",
    text: "参保率达到98%以上的得5分，95%-98%的得3分，低于95%的不得分。",
    expect: { kind: "bands" },
  },
  {
    id: "old-3",
    title: "征缴完成率",
    points: "4",
    text: "征缴完成率每少完成1个百分点扣0.2分。",
    expect: { kind: "steps", rule: { direction: "below", from: "100", step: "1", points: "0.2" } },
  },
  {
    id: "old-4",
    title: "工作机制",
    points: "2",
    text: "未建立工作台账的扣1分，未明确专人负责的扣1分。",
    expect: { kind: "checklist", rule: { mode: "deduct" } },
  },
  {
    id: "old-5",
    title: "业务培训",
    points: "2",
    text: "全年开展业务培训不少于4次，每少一次扣0.5分。",
    expect: { kind: "quota", rule: { quota: "4", points: "0.5" } },
  },
  {
    id: "old-6",
    title: "综合评价",
    points: "2",
    text: "根据工作完成情况酌情打分。",
    expect: { kind: "discretionary" },
  },
];
