/**
 * Recognisers of rules on a measured value: 阶梯计分 (达到X%得N分，每下降Y扣Z; 每增加Y加Z; 低于A%扣满分),
 * 分档计分 (65%-70%扣3分, 5-10万元加1分, 不超过…的10%), and 首个完成. The value is an earlier item's
 * fact when the same subject was measured there (9.1 uses 4.1's 参保率), a ratio when the text says
 * "X占Y的比例", the better of two ratios when it says "…比例或…比例", else a new fact of this item.
 */
import {
  larger,
  minus,
  NUM,
  shift,
  type FactDoc,
  type ItemText,
  type Proposal,
  type Recogniser,
} from "./proposal.js";

/** Units of time and age: a number with one of them is a window or an age, not a rate threshold. */
export const WINDOW_UNITS = /^(天|日|个工作日|工作日|个月|月|年|年度|周|小时|岁|周岁)$/;
const WINDOW_AFTER = "(?:个)?(?:工作日|日|天|月|年|周|小时|周岁|岁)";

export type Value = { spec: Record<string, unknown>; facts: FactDoc[]; ref?: string };

/** A target stated in the text («目标值:≥97%。», a 目标值 column's line): not what is measured. */
const STATED_TARGET =
  /(?:目标值|年度目标值|考核目标值|预期目标值|标准值|目标任务值|指标值):[^。]*(?:。|$)/g;

/** True when a statement is a target stated on its own («目标值:≥97%»). */
export function isStatedTarget(statement: string): boolean {
  return statement.replace(STATED_TARGET, "") === "" && statement !== "";
}

/**
 * 达 as the comparison (达95%, 达标), not inside a word (下达的任务, 传达, 送达); a number after
 * 得/加/扣 is points (全面完成的得8分), not a threshold.
 */
const REACH = "(?<![下传送抵表通转到])达";

/** The subject measured by a phrase: the words before the first number or 达到, without a leading year. */
export function subjectOf(text: string): string {
  // A stated target («目标值:≥97%», a 目标值 column's line) names no measure: read past it.
  const plain = text
    .replace(STATED_TARGET, "")
    .replace(/^\d+\./, "")
    .replace(/^\d{4}年度?/, "");
  // A number of days, months, years or an age (出生后90日内, 3个工作日内, 60岁以上) is a window
  // or an age that belongs to what is measured, not the measure's threshold.
  const head =
    new RegExp(
      `^(.*?)(?:达到|${REACH}|(?<![得加扣减计记])\\d(?!(?:\\d|\\.\\d)*${WINDOW_AFTER}))`,
    ).exec(plain)?.[1] ?? "";
  const last = head.split(/[,;。:]/).pop() ?? "";
  // A formula's value (得分=实际激活率÷80%×8分): without the 得分= before it, the operator after it.
  return last
    .replace(/^(进一步|不断)/, "")
    .replace(/^(?:本项)?(?:得分|分数)(?:计算)?=/, "")
    .replace(/[÷/×*=(]+$/, "");
}

/** One side of "A占B的比例": labels and whether it is money. */
function ratioFacts(a: string, b: string, n: number): FactDoc[] {
  const money = /资金|金额|经费/.test(a + b);
  const type = money ? "yuan" : "int";
  return [
    { name: `part${n}`, type, label: a.slice(-20), ...(money ? {} : { unit: "人次" }) },
    { name: `whole${n}`, type, label: b.slice(-20), ...(money ? {} : { unit: "人次", min: "1" }) },
  ];
}

/** The measured value of an item's text (an earlier item's fact, a ratio, or a new fact). */
export function valueOf(item: ItemText, kind: "pct" | "yuan", scale = ""): Value {
  const pairs = [
    ...item.text.matchAll(
      /(?:^|[,;。或])(?:[\d.]+)?([^,;。或]{2,30}?)占([^,;。]{2,30}?)的?(?:比例|比)/g,
    ),
  ];
  if (pairs.length >= 2) {
    const [p1, p2] = pairs;
    const facts = [
      ...ratioFacts(p1?.[1] ?? "", p1?.[2] ?? "", 1),
      ...ratioFacts(p2?.[1] ?? "", p2?.[2] ?? "", 2),
    ].map((f) => ({ ...f, required: false }));
    return {
      spec: {
        best: [
          { ratio: ["part1", "whole1"], label: "占比一" },
          { ratio: ["part2", "whole2"], label: "占比二" },
        ],
        label: "占比（取较高者）",
      },
      facts,
    };
  }
  if (pairs.length === 1) {
    const p = pairs[0];
    return {
      spec: { ratio: ["part1", "whole1"], label: `${(p?.[1] ?? "").slice(-12)}占比` },
      facts: ratioFacts(p?.[1] ?? "", p?.[2] ?? "", 1),
    };
  }
  const subject = subjectOf(item.text);
  const known = [...item.subjects].find(
    ([s]) =>
      s !== "" &&
      (s === subject || s.endsWith(subject) || subject.endsWith(s)) &&
      subject.length >= 3,
  );
  if (known !== undefined) return { spec: { fact: known[1] }, facts: [], ref: known[1] };
  const label = subject !== "" ? subject : kind === "pct" ? "比率" : "金额";
  return {
    spec: { fact: kind === "pct" ? "rate" : "amount" },
    facts: [
      {
        name: kind === "pct" ? "rate" : "amount",
        type: kind,
        label: `${label}${scale}`.slice(0, 30),
        required: !item.bonus,
      },
    ],
  };
}

/** 达到X%得N分，每下降/每低Y扣Z分 (and 低于A%扣满分 → 0 below A). */
export const stepsBelow: Recogniser = (item) => {
  const full = new RegExp(
    `(?:达到|达)${NUM}(?:%|个百分点)?(?:\\(含\\))?(?:以上)?,?得${NUM}分.{0,20}?每(?:下降|降低|低|减少)${NUM}(?:%|个百分点|个点)?,?扣${NUM}分`,
  ).exec(item.text);
  const zero = new RegExp(
    `低于${NUM}%扣${NUM}分,?每(?:下降|降低|低|减少)${NUM}(?:%|个百分点|个点)?,?扣${NUM}分`,
  ).exec(item.text);
  const m = full ?? zero;
  if (m === null) return undefined;
  const v = valueOf(item, "pct");
  const rule: Record<string, unknown> = {
    kind: "steps",
    value: v.spec,
    direction: "below",
    rounding: "up",
  };
  if (full !== null) Object.assign(rule, { from: full[1], step: full[3], points: full[4] });
  else if (zero !== null) {
    // "低于40%扣2分" deducts the whole item: below 40% scores 0; the steps count down from full coverage (100%).
    Object.assign(rule, {
      from: "100",
      step: zero[3],
      points: zero[4],
      ...(item.max !== undefined && minus(zero[2] ?? "0", item.max) === "0"
        ? { zeroBelow: zero[1] }
        : {}),
    });
  }
  return {
    rule: rule as Proposal["rule"],
    facts: v.facts,
    phrase: m[0],
    confidence: full !== null ? 0.9 : 0.7,
    explanation: "阶梯扣分：未达到目标值时每低一档扣分，不足一档按一档计（可改）",
  };
};

/** X%以上，每增加Y加Z分 (bonus steps, whole steps only). */
export const stepsAbove: Recogniser = (item) => {
  const m = new RegExp(
    `${NUM}%?以上,?.{0,12}?每(?:增加|提高|超过)${NUM}(?:%|个百分点)?,?加${NUM}分`,
  ).exec(item.text);
  if (m === null) return undefined;
  const v = valueOf(item, "pct");
  return {
    rule: {
      kind: "steps",
      value: v.spec,
      direction: "above",
      from: m[1] ?? "0",
      step: m[2] ?? "1",
      points: m[3] ?? "0",
      rounding: "down",
    },
    facts: v.facts,
    phrase: m[0],
    confidence: 0.85,
    explanation: `阶梯加分：超过目标值每一整档加分${v.ref !== undefined ? `（取第 ${v.ref.split(".").slice(0, -1).join(".")} 项已填的数值）` : ""}`,
  };
};

type Band = { gte?: string; lt?: string; lte?: string; points: string };

/** Threshold clauses of a text as bands, best first; undefined when fewer than two. */
function bandsOf(
  item: ItemText,
): { bands: Band[]; phrase: string; kind: "pct" | "yuan" } | undefined {
  const bands: Band[] = [];
  const phrases: string[] = [];
  let kind: "pct" | "yuan" = "pct";
  const amount = (v: string, unit: string | undefined) => {
    if (unit === "万元") kind = "yuan";
    if (unit === "元") kind = "yuan";
    return unit === "万元" ? shift(v, 4) : v;
  };
  const pointsOf = (verb: string | undefined, n: string | undefined) =>
    verb === "扣" ? minus(item.max ?? "0", n ?? "0") : (n ?? "0");
  // "达到70%,得15分" is one clause.
  for (const clause of item.text.replace(/%(\(含\))?,(得|扣|加)/g, "%$1$2").split(/[,;。]/)) {
    const range = new RegExp(`${NUM}(%|万元|元)?-${NUM}(%|万元|元)(扣|加|得)${NUM}分`).exec(clause);
    const above = new RegExp(`${NUM}(%|万元|元)(?:\\(含\\))?以上(扣|加|得)${NUM}分`).exec(clause);
    const below = new RegExp(
      `(?:低于${NUM}(%|万元|元)|${NUM}(%|万元|元)以下)(?:(扣|加|得)${NUM}分|不得分)`,
    ).exec(clause);
    const reach = new RegExp(`(?:达到|达)?${NUM}(%)(?:\\(含\\))?,?得${NUM}分`).exec(clause);
    if (range !== null)
      bands.push({
        gte: amount(range[1] ?? "0", range[2] ?? range[4]),
        lt: amount(range[3] ?? "0", range[4]),
        points: pointsOf(range[5], range[6]),
      });
    else if (above !== null)
      bands.push({ gte: amount(above[1] ?? "0", above[2]), points: pointsOf(above[3], above[4]) });
    else if (below !== null)
      bands.push({
        lt: amount(below[1] ?? below[3] ?? "0", below[2] ?? below[4]),
        points: below[5] === undefined ? "0" : pointsOf(below[5], below[6]),
      });
    else if (reach !== null) bands.push({ gte: reach[1] ?? "0", points: reach[3] ?? "0" });
    else continue;
    phrases.push(clause);
  }
  if (bands.length < 2) return undefined;
  // Best first (docs/spec/templates.md rule 5: a boundary value gets the better band); open lower bands get the next band's floor as ceiling.
  const floor = (b: Band) => (b.gte === undefined ? -1 : Number(b.gte));
  bands.sort((a, b) => floor(b) - floor(a));
  bands.forEach((b, i) => {
    const higher = bands[i - 1];
    if (b.gte !== undefined && b.lt === undefined && higher?.gte !== undefined) b.lt = higher.gte;
  });
  // A bottom band worth 0 is what `otherwise` already gives.
  while (bands.length > 1 && bands[bands.length - 1]?.points === "0") bands.pop();
  return { bands, phrase: phrases.join(","), kind };
}

/** 分档计分 on a value; with 首个完成X% it becomes 多项合计 of the bands and a 首个完成 rule. */
export const bandsRule: Recogniser = (item) => {
  const found = bandsOf(item);
  if (found === undefined) return undefined;
  const v = valueOf(item, found.kind, found.kind === "yuan" ? "(元)" : "");
  const best = found.bands.reduce((acc, b) => larger(acc, b.points), "0");
  const bands: Proposal = {
    rule: { kind: "bands", value: v.spec, bands: found.bands },
    facts: v.facts,
    phrase: found.phrase,
    confidence: 0.8,
    explanation: "分档计分：按数值所在区间得分，边界值取较优档（可改）",
    max: best,
  };
  const first = new RegExp(`首个(?:完成|达到)${NUM}%?.{0,24}?另?加${NUM}分`).exec(item.text);
  if (first === null) {
    if (item.bonus) return bands;
    const { max: _best, ...rest } = bands;
    return rest;
  }
  const valueRef = (v.spec as { fact?: string }).fact;
  const reach = {
    kind: "firstToReach",
    date: "reachedOn",
    ...(valueRef !== undefined ? { qualify: { fact: valueRef, gte: first[1] ?? "0" } } : {}),
    points: first[2] ?? "0",
  };
  return {
    rule: { kind: "sum", parts: [bands.rule, reach] },
    facts: [
      ...v.facts,
      { name: "reachedOn", type: "date", label: `达到${first[1] ?? ""}%的日期`, required: false },
    ],
    phrase: `${found.phrase},${first[0]}`,
    confidence: 0.7,
    explanation: "分档加分，另对本轮最早达到目标的单位加分（跨单位规则）",
    max: minus(best, `-${first[2] ?? "0"}`),
  };
};

/** "A不超过B的10%…未达标扣N分" → one band on the ratio A/B (≤ 10% earns the item). */
export const ratioAtMost: Recogniser = (item) => {
  const m = new RegExp(`([^,;。]{2,20}?)不超过([^,;。]{2,20}?)的${NUM}%`).exec(item.text);
  if (m === null || !/未达标扣|未达到扣|不得分/.test(item.text)) return undefined;
  return {
    rule: {
      kind: "bands",
      value: { ratio: ["part", "whole"], label: `${m[1]}占比` },
      bands: [{ lte: m[3] ?? "0", points: item.max ?? "0" }],
    },
    facts: [
      { name: "part", type: "yuan", label: (m[1] ?? "").slice(-20) },
      { name: "whole", type: "yuan", label: (m[2] ?? "").slice(-20), min: "0.01" },
    ],
    phrase: m[0],
    confidence: 0.6,
    explanation: "比例不超过限额得满分，否则不得分",
  };
};
