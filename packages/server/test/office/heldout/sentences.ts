/**
 * Held-out scoring sentences for the rubric reader (issue #12): written for this test in the
 * wording of other counties' 医保 rubrics — none is a corpus sentence, none was used to tune the
 * reader (they were written and committed before the recognisers of decisions 0190–0194). Each
 * gives the item's points, its text and what the reader should propose: the rule kind of the
 * item (wrappers included) and key parameters, matched as a subset of the proposed rule; `gate`
 * and `fact` likewise against the item's gate and one of its facts. `before` are earlier rows of
 * the same table (for sentences that refer to other items).
 */

/** What a held-out sentence should be read as. */
export interface Expected {
  kind: string;
  rule?: Record<string, unknown>;
  gate?: Record<string, unknown>;
  fact?: Record<string, unknown>;
}

/** A held-out sentence. */
export interface HeldOut {
  id: string;
  title: string;
  points: string;
  text: string;
  expect: Expected;
  before?: [string, string, string][];
}

export const heldOut: HeldOut[] = [
  // 追加扣除 beyond the item (penalty)
  {
    id: "pen-1",
    title: "基金监管台账",
    points: "3",
    text: "基金监管台账不规范的，每处扣0.5分；本项扣满3分的，另追加扣除5分。",
    expect: {
      kind: "penalty",
      rule: {
        rule: { kind: "occurrences" },
        penalties: [{ when: { deducted: "3" }, points: "5" }],
      },
    },
  },
  {
    id: "pen-2",
    title: "欺诈骗保案件报告",
    points: "4",
    text: "发生欺诈骗保案件未及时上报的，本项不得分，并追加扣除10分。",
    expect: { kind: "penalty", rule: { penalties: [{ points: "10", zeroItem: true }] } },
  },
  {
    id: "pen-3",
    title: "违规报销",
    points: "4",
    text: "每发现一例违规报销扣1分，累计扣满4分的，再追加扣除8分。",
    expect: {
      kind: "penalty",
      rule: {
        rule: { kind: "occurrences" },
        penalties: [{ when: { deducted: "4" }, points: "8" }],
      },
    },
  },
  {
    id: "pen-4",
    title: "年度稽核",
    points: "6",
    text: "未按时完成年度稽核任务的，扣2分；造成基金重大损失的，除本项不得分外，追加扣除15分。",
    expect: { kind: "penalty", rule: { penalties: [{ points: "15", zeroItem: true }] } },
  },
  {
    id: "pen-5",
    title: "参保档案管理",
    points: "2",
    text: "参保档案缺失的，每份扣0.2分，扣满2分的追加扣除5分",
    expect: { kind: "penalty", rule: { penalties: [{ when: { deducted: "2" }, points: "5" }] } },
  },
  {
    id: "pen-6",
    title: "协议管理",
    points: "6",
    text: "定点医药机构协议管理不到位的，每家扣1分；累计扣满6分的，另从总分中扣除5分。",
    expect: { kind: "penalty", rule: { penalties: [{ when: { deducted: "6" }, points: "5" }] } },
  },
  // 从总分扣 / 加 (toTotal)
  {
    id: "tot-1",
    title: "舆情管理",
    points: "",
    text: "发生重大医保舆情事件造成不良影响的，每次从总分中扣除2分。",
    expect: {
      kind: "toTotal",
      rule: { sign: "minus", rule: { kind: "occurrences", terms: [{ points: "2" }] } },
    },
  },
  {
    id: "tot-2",
    title: "通报批评",
    points: "",
    text: "因医保工作受到市级以上通报批评的，在考核总分中扣1分。",
    expect: { kind: "toTotal", rule: { sign: "minus" } },
  },
  {
    id: "tot-3",
    title: "通报表扬",
    points: "",
    text: "医保工作被省医保局通报表扬的，在总分基础上加2分。",
    expect: { kind: "toTotal", rule: { sign: "plus" } },
  },
  {
    id: "tot-4",
    title: "审计问题",
    points: "",
    text: "年度内被审计部门查出医保资金问题的，每个问题直接扣减总分0.5分。",
    expect: {
      kind: "toTotal",
      rule: { sign: "minus", rule: { kind: "occurrences", terms: [{ points: "0.5" }] } },
    },
  },
  // discretionary ranges not starting at 0 (orZero)
  {
    id: "rng-1",
    title: "工作推进",
    points: "2",
    text: "重点工作推进迟缓的，视情节扣0.5-1分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "0.5", max: "1", orZero: true } },
  },
  {
    id: "rng-2",
    title: "材料报送",
    points: "5",
    text: "材料报送不规范、不及时的，酌情扣1-3分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "1", max: "3", orZero: true } },
  },
  {
    id: "rng-3",
    title: "创新工作",
    points: "3",
    text: "创新工作经验被上级推广的，视情况加1至3分。",
    expect: { kind: "discretionary", fact: { min: "1", max: "3", orZero: true } },
  },
  {
    id: "rng-4",
    title: "信息安全",
    points: "5",
    text: "信息系统安全检查中发现隐患的，视情节扣2至5分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "2", max: "5", orZero: true } },
  },
  {
    id: "rng-5",
    title: "宣传报道",
    points: "2",
    text: "医保宣传报道被中央媒体采用的，酌情加0.5-2分。",
    expect: { kind: "discretionary", fact: { min: "0.5", max: "2", orZero: true } },
  },
  // grade vetoes (gate effects)
  {
    id: "gat-1",
    title: "基金安全",
    points: "5",
    text: "发生重大医疗保障基金安全事件的，实行一票否优。",
    expect: { kind: "checklist", gate: { effect: "noExcellent" } },
  },
  {
    id: "gat-2",
    title: "负面舆情",
    points: "3",
    text: "年度内出现较大负面舆情的，取消年度评先评优资格。",
    expect: { kind: "checklist", gate: { effect: "ineligible" } },
  },
  {
    id: "gat-3",
    title: "套取基金",
    points: "4",
    text: "被查实存在套取医保基金行为的，本年度不得参加评先评优。",
    expect: { kind: "checklist", gate: { effect: "ineligible" } },
  },
  {
    id: "gat-4",
    title: "安全生产",
    points: "2",
    text: "发生安全生产责任事故的，该单位年度考核不得评为优秀等次。",
    expect: { kind: "checklist", gate: { effect: "noExcellent" } },
  },
  // two-sided steps
  {
    id: "both-1",
    title: "城乡居民参保率",
    points: "5",
    text: "城乡居民参保率以95%为基准，每增（减）1个百分点加（减）0.5分。",
    expect: { kind: "steps", rule: { direction: "both", from: "95", step: "1", points: "0.5" } },
  },
  {
    id: "both-2",
    title: "家庭医生签约率",
    points: "3",
    text: "家庭医生签约率达到60%得3分，每提高或降低1个百分点相应加减0.1分。",
    expect: { kind: "steps", rule: { direction: "both", from: "60", step: "1", points: "0.1" } },
  },
  {
    id: "both-3",
    title: "药品集采完成率",
    points: "4",
    text: "药品集中带量采购完成率以100%为基数，每超过或不足5个百分点加或扣1分。",
    expect: { kind: "steps", rule: { direction: "both", from: "100", step: "5", points: "1" } },
  },
  // proportional
  {
    id: "pro-1",
    title: "监管检查任务完成率",
    points: "5",
    text: "按完成比例得分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "pro-2",
    title: "待遇核查完成率",
    points: "4",
    text: "按实际完成率乘以本项分值计分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "pro-3",
    title: "医保码激活",
    points: "3",
    text: "按任务完成比例计分，完成率100%的得满分。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  {
    id: "pro-4",
    title: "省级考核",
    points: "10",
    text: "引用省医保局对县区的年度考核得分，按百分制折算。",
    expect: { kind: "proportional", rule: { of: "100" } },
  },
  // proportional to the best unit
  {
    id: "best-1",
    title: "参保增长",
    points: "5",
    text: "按各县区参保人数增长率排名，第1名得5分，其余按与第1名的比例计分。",
    expect: { kind: "bestRatio", rule: { order: "desc" } },
  },
  {
    id: "best-2",
    title: "基金征缴",
    points: "4",
    text: "以全县征缴进度最高值为满分，其他乡镇按与最高值的比值得分。",
    expect: { kind: "bestRatio", rule: { order: "desc" } },
  },
  {
    id: "best-3",
    title: "结算时效",
    points: "3",
    text: "按平均结算用时排名，用时最少的得满分，其余按与最少用时的比例得分。",
    expect: { kind: "bestRatio", rule: { order: "asc" } },
  },
  // rank linear in place
  {
    id: "per-1",
    title: "收缴进度",
    points: "10",
    text: "按基金收缴进度全县排名，第1名得10分，每后退1名扣0.5分。",
    expect: { kind: "rank", rule: { perPlace: "0.5", awards: [{ upTo: 1, points: "10" }] } },
  },
  {
    id: "per-2",
    title: "经办服务",
    points: "6",
    text: "全市排名第一的得6分，名次每下降一位减0.3分。",
    expect: { kind: "rank", rule: { perPlace: "0.3", awards: [{ upTo: 1, points: "6" }] } },
  },
  {
    id: "per-3",
    title: "工作量",
    points: "5",
    text: "按工作量排名，第1至3名分别得5分、4.5分、4分，其后每降一名少得0.2分。",
    expect: {
      kind: "rank",
      rule: {
        perPlace: "0.2",
        awards: [
          { upTo: 1, points: "5" },
          { upTo: 2, points: "4.5" },
          { upTo: 3, points: "4" },
        ],
      },
    },
  },
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
