/**
 * Paraphrased scoring sentences (issue #12, eighth session): the older kinds written the way other
 * counties write them — synonyms of the verbs (扣除/减/扣减/减少), of the counting unit
 * (每发现一次/每出现一例/每有一人次/每被…一次), of the period (全年/年度内), of full marks
 * (得满分/得全分/不扣分), of the comparison (不足/未达到/低于), percentages as 个百分点/%/％/百分之N,
 * Chinese numerals (一/两/半/三), and an else branch (其余/其他情况/否则得N分). Written for this test
 * by hand, none taken from the corpus; the expectations are what the sentence means, matched as a
 * subset of the proposed rule (see rubric-heldout.test.ts). The figures before and after the
 * reader was changed for them are in rubric-paraphrase.test.ts.
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
const quota = (q: string, points: string) => ({ kind: "quota", rule: { quota: q, points } });

export const paraphrases: HeldOut[] = [
  // Counting deductions: verbs, units and periods in other words.
  {
    id: "o-1",
    title: "违规行为",
    points: "3",
    text: "每发现一次违规行为扣除0.5分，扣完为止。",
    expect: occ("0.5"),
  },
  {
    id: "o-2",
    title: "群众投诉",
    points: "3",
    text: "每出现一例有效投诉减1分，扣完本项分值为止。",
    expect: occ("1"),
  },
  {
    id: "o-3",
    title: "培训参加",
    points: "2",
    text: "每有一人次未按时参加培训扣减0.2分。",
    expect: occ("0.2"),
  },
  {
    id: "o-4",
    title: "信访事件",
    points: "2",
    text: "全年每发生一起信访事件减少0.5分，最多扣2分。",
    expect: occ("0.5"),
  },
  {
    id: "o-5",
    title: "通报批评",
    points: "3",
    text: "年度内每被通报批评一次扣1分。",
    expect: occ("1"),
  },
  {
    id: "o-6",
    title: "违规结算",
    points: "2",
    text: "每发现1例违规结算的，扣半分。",
    expect: occ("0.5"),
  },
  { id: "o-7", title: "漏报", points: "4", text: "每漏报一件扣两分，扣完为止。", expect: occ("2") },
  {
    id: "o-8",
    title: "约谈",
    points: "6",
    text: "年度内被上级约谈的，每次扣三分。",
    expect: occ("3"),
  },
  {
    id: "o-9",
    title: "安全事故",
    points: "4",
    text: "未发生安全事故的不扣分，每发生一起扣2分。",
    expect: occ("2"),
  },
  {
    id: "o-10",
    title: "违规行为",
    points: "3",
    text: "全年无违规行为的得全分；每发现一次扣1分。",
    expect: occ("1"),
  },
  {
    id: "o-11",
    title: "资料报送",
    points: "2",
    text: "资料齐全的得满分，每缺一项扣0.5分。",
    expect: occ("0.5"),
  },
  {
    id: "o-12",
    title: "信息报送",
    points: "2",
    text: "每迟报一次减0.2分，每漏报一次减0.5分。",
    expect: {
      kind: "occurrences",
      rule: { mode: "deduct", terms: [{ points: "0.2" }, { points: "0.5" }] },
    },
  },
  {
    id: "o-13",
    title: "稽核问题",
    points: "3",
    text: "稽核中每查实一个问题扣0.3分，扣完为止。",
    expect: occ("0.3"),
  },
  {
    id: "o-14",
    title: "督办事项",
    points: "2",
    text: "督办事项逾期未办结的，每件扣除0.5分。",
    expect: occ("0.5"),
  },
  {
    id: "o-15",
    title: "宣传报道",
    points: "2",
    text: "在市级以上媒体每刊发一篇宣传稿件加0.5分，最多加2分。",
    expect: occ("0.5", "award"),
  },
  {
    id: "o-16",
    title: "经验推广",
    points: "3",
    text: "工作经验每被上级转发一次加一分。",
    expect: occ("1", "award"),
  },
  // Steps below a threshold: 未达到/不足/低于, 个百分点/%/％/个点, 一 and 半.
  {
    id: "s-1",
    title: "参保率",
    points: "5",
    text: "参保率达到95%的得满分，每低1个百分点扣减0.5分，扣完为止。",
    expect: below("95", "1", "0.5"),
  },
  {
    id: "s-2",
    title: "结算率",
    points: "4",
    text: "结算率未达到98%的，每低一个百分点减1分。",
    expect: below("98", "1", "1"),
  },
  {
    id: "s-3",
    title: "签约率",
    points: "3",
    text: "签约率低于90％的，每降低1％扣0.5分。",
    expect: below("90", "1", "0.5"),
  },
  {
    id: "s-4",
    title: "准确率",
    points: "3",
    text: "数据准确率不足95%的，每差1个百分点扣0.5分。",
    expect: below("95", "1", "0.5"),
  },
  {
    id: "s-5",
    title: "及时率",
    points: "2",
    text: "申报及时率须达到百分之九十五，每低一个百分点扣一分。",
    expect: below("95", "1", "1"),
  },
  {
    id: "s-6",
    title: "覆盖率",
    points: "3",
    text: "覆盖率达95%得满分，每低0.5个百分点扣0.1分。",
    expect: below("95", "0.5", "0.1"),
  },
  {
    id: "s-7",
    title: "办结率",
    points: "3",
    text: "办结率不低于98%，每低1个点扣半分。",
    expect: below("98", "1", "0.5"),
  },
  {
    id: "s-8",
    title: "使用率",
    points: "1",
    text: "使用率高于80%的，每高出1%加0.2分，最多加1分。",
    expect: { kind: "steps", rule: { direction: "above", from: "80", step: "1", points: "0.2" } },
  },
  {
    id: "s-9",
    title: "办理时限",
    points: "3",
    text: "5个工作日内办结的不扣分，每超一天扣半分。",
    expect: { kind: "steps", rule: { direction: "over", from: "5", points: "0.5" } },
  },
  {
    id: "s-10",
    title: "完成率",
    points: "4",
    text: "完成率以100%为满分，每少一个百分点减0.1分。",
    expect: below("100", "1", "0.1"),
  },
  // Bands, with an else branch.
  {
    id: "b-1",
    title: "覆盖率",
    points: "3",
    text: "覆盖率达到90%以上的得3分，80%（含）至90%的得2分，低于80%的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "90", points: "3" },
          { gte: "80", lt: "90", points: "2" },
        ],
      },
    },
  },
  {
    id: "b-2",
    title: "满意度",
    points: "3",
    text: "满意度90分以上得3分，80-90分得2分，其余得1分。",
    expect: { kind: "bands", rule: { bands: [{ points: "3" }, { points: "2" }], otherwise: "1" } },
  },
  {
    id: "b-3",
    title: "完成率",
    points: "2",
    text: "完成率在95%及以上得全分，85%-95%得1分，其他情况得0.5分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "2" },
          { gte: "85", lt: "95", points: "1" },
        ],
        otherwise: "0.5",
      },
    },
  },
  {
    id: "b-4",
    title: "办结率",
    points: "2",
    text: "办结率达到100%得2分，否则得1分。",
    expect: { kind: "bands", rule: { bands: [{ gte: "100", points: "2" }], otherwise: "1" } },
  },
  {
    id: "b-5",
    title: "知晓率",
    points: "2",
    text: "政策知晓率不低于80%的得2分，60%-80%的得1分，60%以下的不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "80", points: "2" },
          { gte: "60", lt: "80", points: "1" },
        ],
      },
    },
  },
  // Quotas: 不少于/不得少于/未达到 N 次, 每少/每缺.
  {
    id: "q-1",
    title: "宣传活动",
    points: "2",
    text: "全年开展宣传活动不少于4次，每少一次扣0.5分。",
    expect: quota("4", "0.5"),
  },
  {
    id: "q-2",
    title: "信息报送",
    points: "2",
    text: "年度内报送信息不得少于6篇，每缺1篇扣减0.2分。",
    expect: quota("6", "0.2"),
  },
  {
    id: "q-3",
    title: "业务培训",
    points: "2",
    text: "组织业务培训未达到2次的，每少1次减1分。",
    expect: quota("2", "1"),
  },
  {
    id: "q-4",
    title: "专题会议",
    points: "3",
    text: "每季度至少召开1次专题会议，全年不足4次的，每少一次扣减0.5分。",
    expect: quota("4", "0.5"),
  },
  // Fixed deductions (逐项达标).
  {
    id: "c-1",
    title: "工作台账",
    points: "2",
    text: "未建立工作台账的扣1分；台账记录不完整的扣0.5分。",
    expect: {
      kind: "checklist",
      rule: { mode: "deduct", items: [{ points: "1" }, { points: "0.5" }] },
    },
  },
  {
    id: "c-2",
    title: "年度总结",
    points: "2",
    text: "未按时报送年度工作总结的，减2分。",
    expect: { kind: "checklist", rule: { mode: "deduct", items: [{ points: "2" }] } },
  },
  {
    id: "c-3",
    title: "制度建设",
    points: "2",
    text: "制度不健全的扣除1分，落实不到位的扣除1分。",
    expect: {
      kind: "checklist",
      rule: { mode: "deduct", items: [{ points: "1" }, { points: "1" }] },
    },
  },
  {
    id: "c-4",
    title: "专人负责",
    points: "1",
    text: "未明确专人负责的，扣减一分。",
    expect: { kind: "checklist", rule: { mode: "deduct", items: [{ points: "1" }] } },
  },
  // Discretionary, ranges, vetoes, ranks.
  {
    id: "d-1",
    title: "工作成效",
    points: "3",
    text: "视工作开展情况酌情给分。",
    expect: { kind: "discretionary" },
  },
  {
    id: "d-2",
    title: "问题整改",
    points: "3",
    text: "发现问题整改不到位的，视情节轻重扣1-3分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "1", max: "3", orZero: true } },
  },
  {
    id: "d-3",
    title: "工作创新",
    points: "2",
    text: "工作有创新、成效明显的，视情况加0.5至2分。",
    expect: { kind: "discretionary", fact: { min: "0.5", max: "2", orZero: true } },
  },
  {
    id: "d-4",
    title: "资料规范",
    points: "2",
    text: "资料不规范的，酌情扣减0.5-1分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "0.5", max: "1", orZero: true } },
  },
  {
    id: "r-1",
    title: "工作排名",
    points: "5",
    text: "按完成率排名，第一名得5分，第二名得4分，第三名得3分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 1, points: "5" },
          { upTo: 2, points: "4" },
          { upTo: 3, points: "3" },
        ],
      },
    },
  },
  {
    id: "r-2",
    title: "考核排名",
    points: "3",
    text: "全县排名前三名的得3分，第四至六名的得2分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 3, points: "3" },
          { upTo: 6, points: "2" },
        ],
      },
    },
  },
];
