/**
 * The sixth blind round of sentences (decision 0328), its first part: the four shapes the last
 * session left, at least three each — a rank beside lines of another kind (each part its own
 * share), places without a verb, a three-way change on last year, people absent at each meeting.
 * Written with blind-2026-12j.ts (which holds the rest and the whole set) before the reader was
 * read; see there.
 */
import type { Expected, HeldOut } from "./sentences.js";

export const occ = (points: string[], mode = "deduct"): Expected => ({
  kind: "occurrences",
  rule: { mode, terms: points.map((p) => ({ points: p })) },
});

const awards = (places: [number, string][]) => places.map(([upTo, points]) => ({ upTo, points }));
const rank = (places: [number, string][], rest?: string): Expected => ({
  kind: "rank",
  rule: { awards: awards(places), ...(rest === undefined ? {} : { rest }) },
});
const change = (op: string, points: string, equal: string): Expected => ({
  kind: "compare",
  rule: { op, points, equal, otherwise: "0" },
});
/** Absences counted per person, whatever the meeting: a count of 人次. */
const absences = (points: string[]): Expected => ({ ...occ(points), fact: { unit: "人次" } });

/** The shapes left by the last session (j-1 to j-16). */
export const leftShapes: HeldOut[] = [
  // a sum of different kinds, a rank among them, each part within its own share
  {
    id: "j-1",
    title: "经办服务综合",
    points: "10",
    text: "经办业务零差错的得6分，每出现1件差错扣0.5分，扣完6分为止；群众满意度在全县排名第1—3名的得4分，第4—6名得2分，其余不得分。",
    expect: {
      kind: "sum",
      rule: {
        shares: [{ points: "6" }, { points: "4" }],
        parts: [
          { kind: "occurrences", mode: "deduct", terms: [{ points: "0.5" }] },
          {
            kind: "rank",
            awards: awards([
              [3, "4"],
              [6, "2"],
            ]),
          },
        ],
      },
    },
  },
  {
    id: "j-2",
    title: "异地就医备案",
    points: "8",
    text: "异地就医备案按时办结率达100%的得5分，每超时办结1件扣0.2分；备案服务评价在全市排名前三名的得3分，第四至第六名得1.5分。",
    expect: {
      kind: "sum",
      rule: {
        shares: [{ points: "5" }, { points: "3" }],
        parts: [
          { kind: "occurrences", mode: "deduct", terms: [{ points: "0.2" }] },
          {
            kind: "rank",
            awards: awards([
              [3, "3"],
              [6, "1.5"],
            ]),
          },
        ],
      },
    },
  },
  {
    id: "j-3",
    title: "参保信息变更",
    points: "5",
    text: "参保信息变更业务1个工作日内办结的得3分，每超期1件扣0.3分；经办窗口“好差评”好评率在全县排名第1名得2分，第2名1.5分，第3名1分。",
    expect: {
      kind: "sum",
      rule: {
        shares: [{ points: "3" }, { points: "2" }],
        parts: [
          { kind: "occurrences", mode: "deduct", terms: [{ points: "0.3" }] },
          {
            kind: "rank",
            awards: awards([
              [1, "2"],
              [2, "1.5"],
              [3, "1"],
            ]),
          },
        ],
      },
    },
  },
  {
    id: "j-4",
    title: "支付方式改革",
    points: "6",
    text: "DRG结算清单质控合格率达到９５％的得4分，每低1个百分点扣0.5分；改革成效在全市排名第1—2名的加2分，第3—5名的加1分。",
    expect: {
      kind: "sum",
      rule: {
        shares: [{ points: "4" }, { points: "2" }],
        parts: [
          { kind: "steps", direction: "below", from: "95", step: "1", points: "0.5" },
          {
            kind: "rank",
            awards: awards([
              [2, "2"],
              [5, "1"],
            ]),
          },
        ],
      },
    },
  },
  // places without a verb
  {
    id: "j-5",
    title: "信息化建设排名",
    points: "4",
    text: "医保信息化建设工作全市排名：第一名4分、第二名3分、第三名2分，其余1分。",
    expect: rank(
      [
        [1, "4"],
        [2, "3"],
        [3, "2"],
      ],
      "1",
    ),
  },
  {
    id: "j-6",
    title: "宣传工作名次",
    points: "3",
    text: "医保政策宣传工作按全县考评名次计分：第1名3分，第2名2.5分，第3名2分，第4名及以后1分。",
    expect: rank(
      [
        [1, "3"],
        [2, "2.5"],
        [3, "2"],
      ],
      "1",
    ),
  },
  {
    id: "j-7",
    title: "集采工作排名",
    points: "2",
    text: "药品集中带量采购工作在全市考核中排名前3名2分、4-6名1分、其余0分。",
    expect: rank([
      [3, "2"],
      [6, "1"],
    ]),
  },
  {
    id: "j-8",
    title: "信访满意率排名",
    points: "2",
    text: "信访事项满意率排名：第1名，2分；第2名，1.5分；第3名，1分；其他不得分。",
    expect: rank([
      [1, "2"],
      [2, "1.5"],
      [3, "1"],
    ]),
  },
  // a three-way change on last year
  {
    id: "j-9",
    title: "居民参保人数",
    points: "5",
    text: "城乡居民医保参保人数比上年提高的得满分，持平的得3分，下降的不得分。",
    expect: change("gt", "5", "3"),
  },
  {
    id: "j-10",
    title: "门诊统筹结算",
    points: "3",
    text: "普通门诊统筹即时结算人次较上年增长的得3分；与上年持平的得两分；较上年减少的得0分。",
    expect: change("gt", "3", "2"),
  },
  {
    id: "j-11",
    title: "违规使用基金",
    points: "2",
    text: "查实违规使用医保基金金额较上年下降的得2分，与上年持平的得1分，比上年上升的不得分。",
    expect: change("lt", "2", "1"),
  },
  {
    id: "j-12",
    title: "医保信访件数",
    points: "2",
    text: "医保信访件数与上年相比下降的得满分，持平的得一分，上升的不得分。",
    expect: change("lt", "2", "1"),
  },
  // absences counted per person at each meeting
  {
    id: "j-13",
    title: "中心组学习",
    points: "2",
    text: "理论学习中心组集中学习每次缺席1人扣0.1分，扣完为止。",
    expect: absences(["0.1"]),
  },
  {
    id: "j-14",
    title: "工作例会出勤",
    points: "2",
    text: "医保工作例会每次无故缺席一人的扣0.2分；迟到早退的每人次扣0.1分。",
    expect: absences(["0.2", "0.1"]),
  },
  {
    id: "j-15",
    title: "业务培训参训",
    points: "2",
    text: "参加全市医保业务培训，每期缺席1人扣0.3分，本项最多扣2分。",
    expect: absences(["0.3"]),
  },
  {
    id: "j-16",
    title: "组织生活会",
    points: "1",
    text: "组织生活会每次会议缺席一名党员扣0.1分。",
    expect: absences(["0.1"]),
  },
];
