/**
 * The recognisers of the usual 评分细则 phrases, tried in order (the first that matches proposes
 * the rule): 评议, 酌情扣分/打分, 不少于N…每少…扣, 阶梯, 达到上年同期, 分档, 按级别计分, 得N分 lists,
 * 一项未达标扣N分, 每…扣/加N分, "X扣N分" conditions, …扣完为止, 未…不得分 / 加N分. Anything else
 * falls back to 酌情打分 with a low confidence, so the draft always validates.
 */
import { bandsRule, ratioAtMost, stepsAbove, stepsBelow } from "./measures.js";
import {
  labelOf,
  NUM,
  type FactDoc,
  type ItemText,
  type Proposal,
  type Recogniser,
} from "./proposal.js";
import {
  checklistAward,
  checklistDeduct,
  checklistMarked,
  conditions,
  single,
} from "./requirements.js";
import { byLevel, perOccurrence } from "./occurrences.js";
import { periodAlone } from "./sentence/per-period.js";
import { NUMBER, numberOf } from "./sentence/text.js";

/** See the module comment. */
export const ratings: Recogniser = (item) => {
  const m = /评议[^,;。]{0,10}?(得分|打分|评分)|(打分|评分)[^,;。]{0,10}评议/.exec(item.text);
  if (m === null) return undefined;
  const element: Omit<FactDoc, "name"> = {
    type: "score",
    label: "评议得分",
    min: "0",
    ...(item.max !== undefined ? { max: item.max } : {}),
  };
  return {
    rule: { kind: "ratings", groups: [{ fact: "ratings" }] },
    facts: [
      {
        name: "ratings",
        type: "list",
        label: labelOf(item.text.split(/评议/)[0] ?? "", "评议"),
        element,
      },
    ],
    phrase: m[0],
    confidence: 0.8,
    explanation: "评议打分：各评议人打分取平均（可改为去掉最高最低分或分组加权）",
  };
};

/** See the module comment. */
export const partialMatching: Recogniser = (item) => {
  const m = new RegExp(`未([^,;。]{1,10}?)扣${NUM}分[,;]?([^;。]{0,14}?),?酌情扣分`).exec(
    item.text,
  );
  if (m === null || item.max === undefined) return undefined;
  return {
    rule: {
      kind: "option",
      fact: "status",
      options: [
        { value: "full", points: item.max },
        { value: "none", points: "0" },
        { value: "partial", rule: { kind: "discretionaryDeduction", fact: "deduction" } },
      ],
    },
    facts: [
      {
        name: "status",
        type: "enum",
        label: `${m[1] ?? ""}情况`,
        values: [
          { value: "full", label: "足额到位" },
          { value: "partial", label: "不到位" },
          { value: "none", label: `未${m[1] ?? ""}` },
        ],
      },
      {
        name: "deduction",
        type: "score",
        label: "不到位酌情扣分",
        required: false,
        min: "0",
        max: item.max,
      },
    ],
    phrase: m[0],
    confidence: 0.6,
    explanation: "按选项计分：完全做到得满分，未做到不得分，部分做到由考核人员酌情扣分",
  };
};

const discretionaryDeduction: Recogniser = (item) => {
  const m = /酌情扣分/.exec(item.text);
  if (m === null) return undefined;
  return {
    rule: { kind: "discretionaryDeduction", fact: "deduction" },
    facts: [
      {
        name: "deduction",
        type: "score",
        label: "酌情扣分",
        min: "0",
        ...(item.max !== undefined ? { max: item.max } : {}),
      },
    ],
    phrase: m[0],
    confidence: 0.7,
    explanation: "酌情扣分：由考核人员确定扣分",
  };
};

const discretionary: Recogniser = (item) => {
  const m = /酌情(打分|评分|给分|计分|得分)/.exec(item.text);
  if (m === null) return undefined;
  return {
    rule: { kind: "discretionary", fact: "score" },
    facts: [
      {
        name: "score",
        type: "score",
        label: "酌情得分",
        min: "0",
        ...(item.max !== undefined ? { max: item.max } : {}),
      },
    ],
    phrase: m[0],
    confidence: 0.9,
    explanation: "酌情打分：由考核人员在 0 至满分之间打分",
  };
};

const quota: Recogniser = (item) => {
  const m = new RegExp(
    `不少于${NUM}\\s*([篇个次项件家份])?.{0,20}?每少(?:一|1)\\s*[篇个次项件家份]?,?扣${NUM}分`,
  ).exec(item.text);
  if (m === null) return undefined;
  const unit = m[2] ?? "";
  const label = labelOf(item.text.split("不少于")[0] ?? "", "数量");
  return {
    rule: { kind: "quota", fact: "count", quota: m[1] ?? "0", points: m[3] ?? "0" },
    facts: [{ name: "count", type: "int", label, ...(unit !== "" ? { unit } : {}) }],
    phrase: m[0],
    confidence: 0.9,
    explanation: "数量不足扣分：不少于规定数量，每少一个扣分",
  };
};

/** See the module comment. */
export const compare: Recogniser = (item) => {
  const reach = new RegExp(`达到(上年度?|去年)同期[^,;。]{0,8}?,?得${NUM}分`).exec(item.text);
  // 比上年(同期)增加的得2分 / 较去年下降的得满分: a change without a figure is a comparison too.
  const change =
    reach === null
      ? new RegExp(
          `(?:(?:比|较|与)(上年度?|去年)(?:同期)?(?:相比)?|(同比|环比))(?:有所)?(增加|增长|提高|上升|提升|下降|减少|降低)的?,?(?:得|计|记)(?:${NUM}分|(满分))`,
        ).exec(item.text)
      : null;
  const m = reach ?? change;
  if (m === null) return undefined;
  // 持平的得3分 beside the change: the score when this year equals last year (a three-way
  // comparison, 0328); only after the change, in a clause of its own.
  const level =
    change === null
      ? null
      : new RegExp(
          `(?<=[,;。])(?:与(?:上年度?|去年|上期)(?:同期)?|同比|环比)?(?:相比)?持平的?,?(?:(?:得|计|记)(?:${NUMBER}分|(满分))|(不得分|不计分|[得计记]0分))`,
        ).exec(item.text.slice((change.index ?? 0) + change[0].length));
  // 下降的不得分 / 较上年减少的得0分: the change's other side.
  const other =
    level === null
      ? null
      : new RegExp(
          `(?<=[,;。])(?:(?:比|较|与)(?:上年度?|去年)(?:同期)?(?:相比)?|同比|环比)?(?:有所)?(?:增加|增长|提高|上升|提升|下降|减少|降低)的?,?(?:不得分|不计分|[得计记]0分)`,
        ).exec(item.text.slice((change?.index ?? 0) + (change?.[0].length ?? 0)));
  const rest = [change?.[0], level?.[0], other?.[0]].reduce<string>(
    (t, x) => (x === undefined ? t : t.replace(x, "")),
    item.text,
  );
  // Only when nothing else scores (…的不得分 / 否则不得分 aside): 较上年上升的，每上升1个百分点扣 is a step.
  if (change !== null && /\d分|每/.test(rest)) return undefined;
  const equal =
    level === null
      ? undefined
      : level[2] !== undefined
        ? (item.max ?? "0")
        : numberOf(level[1] ?? "0");
  const points =
    change === null
      ? (m[2] ?? "0")
      : change[5] !== undefined
        ? (item.max ?? "0")
        : (change[4] ?? "0");
  const op = change === null ? "gte" : /下降|减少|降低/.test(change[3] ?? "") ? "lt" : "gt";
  const subject = labelOf(item.text.split(/同比|环比|达到|比|较|与/)[0] ?? "", "数量");
  // 同比 is on the same period of last year, 环比 on the period before (上月, 上季度).
  const onPrevious = change?.[2] === "环比";
  const earlier = onPrevious ? "上期" : change?.[2] === "同比" ? "上年同期" : (m[1] ?? "上年");
  // 第四季度…环比: the period is named, and the one before it is 上一季度 (上月 for a month).
  const named = onPrevious ? /^(第[一二三四1-4]季度|\d{1,2}月份?)/.exec(subject) : null;
  const before = named === null ? "" : /季度/.test(named[1] ?? "") ? "上一季度" : "上月";
  return {
    rule: {
      kind: "compare",
      fact: "current",
      reference: "previous",
      op,
      points,
      ...(equal === undefined ? {} : { equal, otherwise: "0" }),
    },
    facts: [
      {
        name: "current",
        type: change === null ? "int" : "decimal",
        label: named !== null ? subject : `${onPrevious ? "本期" : "本年"}${subject}`,
      },
      {
        name: "previous",
        type: change === null ? "int" : "decimal",
        label:
          named !== null
            ? `${before}${subject.slice(named[0].length)}`
            : `${earlier}${change === null ? "同期" : ""}${subject}`,
      },
    ],
    // 未增加的不得分 / 否则不得分 is the comparison's other side, not a clause left over.
    phrase: [
      m[0],
      ...(level === null ? [] : [level[0]]),
      ...(other === null ? [] : [other[0]]),
      ...(/(?:未|没有|否则|持平或)[^,;。]{0,12}?不得分/.exec(item.text) ?? []),
    ].join(","),
    confidence: 0.85,
    explanation:
      change === null
        ? "与上年同期比较：达到得分，未达到不得分"
        : `与${earlier}比较：${op === "lt" ? "低于" : "高于"}${earlier}得分${equal === undefined ? "" : "，持平另得一档分"}，否则不得分`,
  };
};

const veto: Recogniser = (item) => {
  const m = /一票否决/.exec(item.text);
  if (m === null) return undefined;
  return {
    rule: { kind: "checklist", mode: "award", items: [{ fact: "clear", points: item.max ?? "0" }] },
    facts: [{ name: "clear", type: "bool", label: "未发生一票否决事项" }],
    gate: { fact: "clear", pass: true, effect: "veto", reason: labelOf(item.text, "一票否决") },
    phrase: m[0],
    confidence: 0.7,
    explanation: "一票否决：发生该事项时单位总分为 0",
  };
};

/** See the module comment. */
export const fallback: Recogniser = (item) => ({
  rule: { kind: "discretionary", fact: "score" },
  facts: [
    {
      name: "score",
      type: "score",
      label: "得分",
      min: "0",
      ...(item.max !== undefined ? { max: item.max } : {}),
    },
  ],
  phrase: "",
  confidence: 0.1,
  explanation: "未识别出计分规则，暂按酌情打分，请管理员确认或修改",
});

/** The recognisers in the order they are tried. */
export const recognisers: readonly Recogniser[] = [
  veto,
  ratings,
  partialMatching,
  discretionaryDeduction,
  discretionary,
  quota,
  stepsBelow,
  stepsAbove,
  compare,
  bandsRule,
  byLevel,
  ratioAtMost,
  checklistAward,
  checklistMarked,
  checklistDeduct,
  perOccurrence,
  conditions,
  single,
  periodAlone,
  fallback,
];

/** The proposal for an item's text; a "未达标不得分" next to another rule becomes a gate (不达标本项为 0). */
export function propose(item: ItemText): Proposal {
  for (const recognise of recognisers) {
    const p = recognise(item);
    if (p === undefined) continue;
    const zeroGate = /未达标不得分|不达标不得分/.exec(item.text);
    if (
      zeroGate !== null &&
      p.rule.kind !== "checklist" &&
      p.gate === undefined &&
      p.confidence > 0.1
    ) {
      const facts = [...p.facts, { name: "met", type: "bool", label: "达标" }];
      return {
        ...p,
        facts,
        gate: { fact: "met", pass: true, effect: "zero", reason: "未达标，本项不得分" },
        phrase: `${p.phrase}；${zeroGate[0]}`,
        explanation: `${p.explanation}；未达标时本项不得分`,
      };
    }
    return p;
  }
  return fallback(item) as Proposal;
}
