/**
 * A second set of paraphrased sentences (issue #12), written after the reader changes of decision
 * 0261 and measured once without changing the reader for them: a blind check of those changes.
 * Same form as heldout/paraphrases.ts.
 */
import type { HeldOut } from "./sentences.js";

const occ = (points: string, mode = "deduct") => ({
  kind: "occurrences",
  rule: { mode, terms: [{ points }] },
});

export const blindParaphrases: HeldOut[] = [
  {
    id: "x-1",
    title: "违规问题",
    points: "4",
    text: "检查中每查出一处违规问题减0.5分，减完为止。",
    expect: occ("0.5"),
  },
  {
    id: "x-2",
    title: "投诉处理",
    points: "2",
    text: "年度内每出现一起有效投诉的，扣减两分。",
    expect: occ("2"),
  },
  {
    id: "x-3",
    title: "会议出勤",
    points: "2",
    text: "无故缺席会议的，每人次扣0.2分。",
    expect: occ("0.2"),
  },
  {
    id: "x-4",
    title: "信息采用",
    points: "3",
    text: "信息每被市局采用一篇加0.5分，最高加3分。",
    expect: occ("0.5", "award"),
  },
  {
    id: "x-5",
    title: "参保率",
    points: "5",
    text: "参保率未达到96%的，每差一个百分点扣半分。",
    expect: { kind: "steps", rule: { direction: "below", from: "96", step: "1", points: "0.5" } },
  },
  {
    id: "x-6",
    title: "结算率",
    points: "3",
    text: "即时结算率达到百分之九十八得满分，每低1个百分点减0.3分。",
    expect: { kind: "steps", rule: { direction: "below", from: "98", step: "1", points: "0.3" } },
  },
  {
    id: "x-7",
    title: "满意度",
    points: "4",
    text: "满意度测评95分及以上得4分，85分至95分得2分，其余不得分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "95", points: "4" },
          { gte: "85", lt: "95", points: "2" },
        ],
      },
    },
  },
  {
    id: "x-8",
    title: "完成率",
    points: "3",
    text: "任务完成率100%的得3分，90%（含）至100%的得2分，其他得1分。",
    expect: {
      kind: "bands",
      rule: {
        bands: [
          { gte: "100", points: "3" },
          { gte: "90", lt: "100", points: "2" },
        ],
        otherwise: "1",
      },
    },
  },
  {
    id: "x-9",
    title: "培训次数",
    points: "2",
    text: "年度内开展业务培训不得少于3次，每少一次扣减0.5分。",
    expect: { kind: "quota", rule: { quota: "3", points: "0.5" } },
  },
  {
    id: "x-10",
    title: "台账管理",
    points: "2",
    text: "未建立台账的扣除1分；台账内容不全的扣除0.5分。",
    expect: {
      kind: "checklist",
      rule: { mode: "deduct", items: [{ points: "1" }, { points: "0.5" }] },
    },
  },
  {
    id: "x-11",
    title: "整改落实",
    points: "3",
    text: "整改不彻底的，视情况扣0.5至2分。",
    expect: { kind: "discretionaryDeduction", fact: { min: "0.5", max: "2", orZero: true } },
  },
  {
    id: "x-12",
    title: "时限办结",
    points: "3",
    text: "10个工作日内办结的不扣分，每超过一天扣0.2分。",
    expect: { kind: "steps", rule: { direction: "over", from: "10", points: "0.2" } },
  },
  {
    id: "x-13",
    title: "工作排名",
    points: "6",
    text: "按综合得分排名，第一名得6分，第二至三名得4分，第四至五名得2分。",
    expect: {
      kind: "rank",
      rule: {
        awards: [
          { upTo: 1, points: "6" },
          { upTo: 3, points: "4" },
          { upTo: 5, points: "2" },
        ],
      },
    },
  },
  {
    id: "x-14",
    title: "数据质量",
    points: "2",
    text: "数据上传准确率低于95％的，每低1％减0.1分。",
    expect: { kind: "steps", rule: { direction: "below", from: "95", step: "1", points: "0.1" } },
  },
  {
    id: "x-15",
    title: "资金拨付",
    points: "2",
    text: "资金拨付到位率达到100%得2分，否则不得分。",
    expect: { kind: "bands", rule: { bands: [{ gte: "100", points: "2" }] } },
  },
];
