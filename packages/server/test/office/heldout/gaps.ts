/**
 * Held-out sentences for the reader's gaps (task reader-gaps, issue #12, decision 0294): written
 * for this test in the styles of 医保, 卫健, 民政 and 党建 考核细则, before the reader was read or
 * changed for them — multi-digit Chinese numerals (十五, 二十, 一百, 两百, 百分之九十五, 零点五,
 * 第十一名), bare amounts without 扣/加/得 (每次0.5分, 1分/项, 每缺一项0.5分) whose direction comes
 * from the condition, the item or its group, 其余得N分 after ranked places, and a base score with
 * add and deduct lines in one cell. Expectations are engine rules matched as a subset.
 */
import type { HeldOut } from "./sentences.js";

const item = (
  id: string,
  title: string,
  points: string,
  text: string,
  expect: HeldOut["expect"],
  before?: HeldOut["before"],
): HeldOut => ({ id, title, points, text, expect, ...(before ? { before } : {}) });
const occ = (mode: string, ...points: string[]) => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});
const steps = (direction: string, from: string, step: string, points: string) => ({
  kind: "steps",
  rule: { direction, from, step, points },
});
const rank = (awards: [number, string][], rest?: string) => ({
  kind: "rank",
  rule: {
    awards: awards.map(([upTo, points]) => ({ upTo, points })),
    ...(rest === undefined ? {} : { rest }),
  },
});
/** A bonus group heading before a bare-amount line. */
const bonusGroup: HeldOut["before"] = [["五", "加分项目", "5", ""]];
/** A deduction group heading before a bare-amount line. */
const deductGroup: HeldOut["before"] = [["六", "扣分项目", "10", ""]];

export const gapSentences: HeldOut[] = [
  // Multi-digit Chinese numerals, fractions and decimals.
  item(
    "n-1",
    "城乡居民参保",
    "5",
    "城乡居民参保率达到百分之九十五的得满分，每低一个百分点扣零点五分，扣完为止。",
    steps("below", "95", "1", "0.5"),
  ),
  item("n-2", "政策宣传", "3", "全年组织政策宣传活动不少于十二次，每少一次扣零点二五分。", {
    kind: "quota",
    rule: { quota: "12", points: "0.25" },
  }),
  item(
    "n-3",
    "基金监管成效",
    "10",
    "按基金监管工作成效全市排名，前十名得十分，第十一至二十名得八分，其余得五分。",
    rank(
      [
        [10, "10"],
        [20, "8"],
      ],
      "5",
    ),
  ),
  item(
    "n-4",
    "现场检查",
    "4",
    "两定机构现场检查覆盖率达到百分之百的得四分，百分之八十至百分之百的得二分，低于百分之八十的不得分。",
    {
      kind: "bands",
      rule: {
        bands: [
          { gte: "100", points: "4" },
          { gte: "80", lt: "100", points: "2" },
        ],
      },
    },
  ),
  item("n-5", "违规结算", "2", "每发现一例违规结算扣零点五分，最多扣二分。", occ("deduct", "0.5")),
  item(
    "n-6",
    "基金结余",
    "3",
    "统筹基金累计结余率超过百分之二十五的，每超一个百分点扣零点一分。",
    steps("over", "25", "1", "0.1"),
  ),
  item(
    "n-7",
    "家庭医生签约",
    "15",
    "家庭医生签约服务任务完成率达到百分之一百的得十五分，每低五个百分点扣一分。",
    steps("below", "100", "5", "1"),
  ),
  item(
    "n-8",
    "群众满意度",
    "2",
    "群众满意度测评在九十分以上的得二分，八十分至九十分的得一分，八十分以下不得分。",
    {
      kind: "bands",
      rule: {
        bands: [
          { gte: "90", points: "2" },
          { gte: "80", lt: "90", points: "1" },
        ],
      },
    },
  ),
  item(
    "n-9",
    "全省排名",
    "20",
    "在全省排名中位列第一名的得二十分，第二名至第五名的得十五分，第六名至第十名的得十分。",
    rank([
      [1, "20"],
      [5, "15"],
      [10, "10"],
    ]),
  ),
  item(
    "n-10",
    "结算及时率",
    "5",
    "月度结算及时率低于百分之九十的，每低一个百分点扣零点二分。",
    steps("below", "90", "1", "0.2"),
  ),
  item(
    "n-11",
    "业务培训",
    "2",
    "年度业务培训达到两百人次的得满分，每少十人次扣零点一分。",
    steps("below", "200", "10", "0.1"),
  ),
  // Bare amounts: the direction comes from the condition, the item or its group.
  item("b-1", "病历质量", "3", "病历书写不规范的，每份0.2分。", occ("deduct", "0.2")),
  item("b-2", "档案资料", "2", "每缺一项资料0.5分。", occ("deduct", "0.5")),
  item("b-3", "不良事件报告", "4", "漏报一例1分。", occ("deduct", "1")),
  item("b-4", "工作台账", "3", "台账不完整的，1分/项。", occ("deduct", "1")),
  item("b-5", "经验推广", "2", "工作经验被省级推广的，每例2分。", occ("award", "2"), bonusGroup),
  item(
    "b-6",
    "宣传报道（加分项）",
    "2",
    "在市级以上媒体刊发的，每篇0.5分，最高2分。",
    occ("award", "0.5"),
  ),
  item(
    "b-7",
    "违规使用基金",
    "5",
    "查实违规使用医保基金的，每例2分。",
    occ("deduct", "2"),
    deductGroup,
  ),
  // 其余得N分 after ranked places.
  item(
    "r-1",
    "综合考核排名",
    "5",
    "按考核得分排名，第1名得5分，第2-3名得4分，其余得2分。",
    rank(
      [
        [1, "5"],
        [3, "4"],
      ],
      "2",
    ),
  ),
  item(
    "r-2",
    "工作进度",
    "3",
    "工作进度全县排名前三名的得3分，其他乡镇得1分。",
    rank([[3, "3"]], "1"),
  ),
  item(
    "r-3",
    "基金使用效率",
    "4",
    "按基金使用效率排名，第一名得4分，第二名得3分，第三名得2分，其余单位得1分。",
    rank(
      [
        [1, "4"],
        [2, "3"],
        [3, "2"],
      ],
      "1",
    ),
  ),
  // A base score with add and deduct lines in one cell.
  item(
    "c-1",
    "村级综合评价",
    "100",
    "基础分60分。以下每项加分：获得省级表彰的加10分；获得市级表彰的加5分。以下每项扣分：发生安全责任事故的扣20分；被通报批评的每次扣5分。",
    { kind: "sum", rule: { base: "60" } },
  ),
  item(
    "c-2",
    "定点机构信用评价",
    "100",
    "基础分八十分，在此基础上：每发现一例违规扣2分；每有一项工作被上级推广加1分。",
    { kind: "sum", rule: { base: "80" } },
  ),
  item(
    "c-3",
    "党支部星级评定",
    "100",
    "基本分70分。加分项：被评为先进党支部的加10分；创建党建品牌的加5分。扣分项：未按时交纳党费的扣5分；组织生活会未召开的每次扣3分。",
    { kind: "sum", rule: { base: "70" } },
  ),
  // Other common phrasings.
  item("o-1", "组织生活", "2", "党支部未按时召开组织生活会的扣1分，未开展民主评议党员的扣1分。", {
    kind: "checklist",
    rule: { mode: "deduct", items: [{ points: "1" }, { points: "1" }] },
  }),
  item(
    "o-2",
    "低保动态管理",
    "3",
    "低保对象动态管理不及时的，发现一户扣0.3分，扣完为止。",
    occ("deduct", "0.3"),
  ),
  item("o-3", "健康档案", "2", "健康档案建档率≥90%得2分，80%≤建档率<90%得1分，建档率<80%不得分。", {
    kind: "bands",
    rule: {
      bands: [
        { gte: "90", points: "2" },
        { gte: "80", lt: "90", points: "1" },
      ],
    },
  }),
  item(
    "o-4",
    "参保扩面",
    "4",
    "参保扩面任务完成率超过百分之百的，每超一个百分点加零点二分，最高加一分。",
    steps("above", "100", "1", "0.2"),
  ),
  item(
    "o-5",
    "信访办理",
    "3",
    "信访件办结率达到百分之百得3分，每降低一个百分点扣0.3分。",
    steps("below", "100", "1", "0.3"),
  ),
  item(
    "o-6",
    "通报批评",
    "2",
    "被市级通报批评一次扣1分，被省级通报批评一次扣2分。",
    // Two terms, or one count with points by level (市级 1, 省级 2): both are right.
    { kind: "occurrences", rule: { mode: "deduct" } },
  ),
  item(
    "o-7",
    "典型发言",
    "2",
    "在市级以上会议作典型发言的，每次加零点五分，最高加二分。",
    occ("award", "0.5"),
  ),
];
