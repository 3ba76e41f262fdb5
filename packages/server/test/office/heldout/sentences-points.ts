/**
 * Held-out scoring sentences (heldout/sentences.ts): how points move — beyond the item or on the total, ranges not starting at 0, grade vetoes, two-sided steps, proportional and rank-linear points.
 */
import type { HeldOut } from "./sentences.js";

export const pointShapes: HeldOut[] = [
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
];
