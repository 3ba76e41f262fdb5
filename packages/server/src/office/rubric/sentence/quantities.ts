/**
 * The counting parts of a scoring clause: the unit of counting (每次/每例/每少一篇/每下降0.1%/
 * 一项不符合) and the threshold (达到X%/不低于X/N件以上/A-B%/≥95%/5个工作日内), with the words
 * they are made of. Their place in the order of ./parts.ts (after the actions, before rank words)
 * decides overlaps: earlier patterns win.
 */
import type { PartPattern } from "./parts.js";
import { NUMBER, numberOf } from "./text.js";

/** Units a count or a threshold is written in (%, 次, 元…). */
/** A threshold's comparator below its figure (低于90%), and above it (高于9个月). */
export const BELOW_VERB = /^(?:低于|不足|少于|小于|不到|未达到|未达|达不到|<)$/;
export const ABOVE_VERB = /^(?:高于|超过|超出|多于|大于)$/;

export const UNITS =
  "个百分点|百分点|个点|%|‰|人次|户次|家次|例次|件次|台次|台套|个月|个工作日|工作日|万元|千元|元|小时|周岁|岁|名|个|次|例|件|项|篇|条|人|户|台|处|份|类|家|起|天|日|周|月|年度|所|期|批|宗|笔|套|本|张|位|村|行业|方面|环节|分钟|场";
const COUNT_VERBS =
  "发现|出现|有|少|缺|缺少|少报|少完成|多|多报|超|超过|超出|超额完成|增加|增|减少|减|下降|降低|降|低|低于|高出|提高|进|退|迟报|漏报|错报|瞒报|缺席|延迟|逾期|未完成|差|相差|偏离|偏差|落后|发生|查实|查出|查处|存在|超期|超时|延期|高|上升|增长|提升";

/** Which ends of a range belong to it. */
const closedEnds = (lower: boolean, upper: boolean) =>
  lower ? (upper ? "both" : "lower") : upper ? "upper" : "none";

/** An alternation that tries the longer words first (超过 before 超). */
const longestFirst = (words: string) =>
  words
    .split("|")
    .sort((a, b) => b.length - a.length)
    .join("|");

/** Units of counting, then thresholds, in the order they are tried. */
export const quantityPatterns: PartPattern[] = [
  // 每超出年度任务1个百分点 / 每低于目标值2% / 每落后序时进度1个百分点 / 每低于97%0.5个百分点:
  // what the value is compared with sits between the verb and the step; the step is still on the
  // rate.
  {
    kind: "unit",
    re: new RegExp(
      `每(超过|超出|超|高出|高于|低于|少于|落后于|落后|差)([^,;。\\d每]{2,10}?|\\d+(?:\\.\\d+)?%)${NUMBER}(个百分点|百分点|个点|%|‰)`,
      "g",
    ),
    read: (m) => ({ verb: m[1] ?? "", against: m[2], value: numberOf(m[3]), unit: m[4] ?? "" }),
  },
  // 每次会议缺席1人 / 每期缺席一名 / 每次无故缺席一人: the people absent, counted at each meeting —
  // a count of 人次 (one person at one meeting), not of meetings (decision 0328).
  {
    kind: "unit",
    re: new RegExp(
      `每(?:次|期|场|轮)(?:[^\\d,;。每扣加]{0,6}?)(缺席|缺勤|缺课|未参加|未参会|未到会|未到|请假)(?:一|1)(?:人|名)`,
      "g",
    ),
    read: (m) => ({ verb: m[1] ?? "", value: "1", unit: "人次" }),
  },
  // 每少核查1户 / 每缺配备1名: the act stands between the shortfall and the count; it is part
  // of what is counted (少核查的户数).
  {
    kind: "unit",
    re: new RegExp(
      `每(少|缺)([^\\d,;。每一二两三四五六七八九十半的]{1,3}?)${NUMBER}(${UNITS})`,
      "g",
    ),
    read: (m) => ({
      verb: `${m[1] ?? ""}${m[2] ?? ""}`,
      value: numberOf(m[3]),
      unit: m[4] ?? "",
    }),
  },
  {
    kind: "unit",
    re: new RegExp(
      // Not a heading of the lines after it (以下每项加分: …).
      `每(?!项(?:加|扣)分:)(?:一)?(${longestFirst(COUNT_VERBS)})?(?:平均值|平均水平|平均数|平均年龄|基准值?)?(${NUMBER.slice(1, -1)})?(${UNITS})?`,
      "g",
    ),
    read: (m) => ({
      verb: m[1] ?? "",
      value: m[2] !== undefined ? numberOf(m[2]) : "1",
      unit: m[3] ?? "",
    }),
  },
  {
    kind: "unit",
    re: new RegExp(
      // Not a word of its own: 一次性告知, 一件事一次办 (a policy's name) count nothing.
      `(${longestFirst(COUNT_VERBS)})?(?:一|1)(次|例|起|件|项|处|人次|户次|条|篇|个|家|台套|类)(?!性|事)(?=[^,;。]{0,6}?(?:的)?,?(?:扣|减|加|奖|\\d+(?:\\.\\d+)?分))`,
      "g",
    ),
    read: (m) => ({ verb: m[1] ?? "", value: "1", unit: m[2] ?? "" }),
  },
  // 有一件差评未按期整改扣1分: 有 one of them, however many words name it before the deduction, is
  // each one (as 每有一件) — not a single deduction for having any.
  {
    kind: "unit",
    re: /(?<![每没])有(?:一|1)(人次|户次|件|例|次|起|处|笔|户|家|条)(?![性事])(?=[^,;。]{1,16}?(?:的)?,?(?:扣|减)\d)/g,
    read: (m) => ({ verb: "有", value: "1", unit: m[1] ?? "" }),
  },
  // 发现1人未参保扣2分: one found (发现/查出/查实…) of persons or households, right before what it
  // costs, is each one found (as 每发现1人) — not a single deduction for having found any.
  {
    kind: "unit",
    re: /(发现|查出|查实|查处|出现|发生|存在)(?:一|1)(人次|户次|人|户|名|家)(?![性事])(?=[^,;。]{1,16}?(?:的)?,?(?:扣|减)\d)/g,
    read: (m) => ({ verb: m[1] ?? "", value: "1", unit: m[2] ?? "" }),
  },
  // 逾期1天扣0.1分: a time late of one, right before what it costs, is per day (as 每逾期1天).
  {
    kind: "unit",
    re: /(逾期|超期|超时|延期|延迟|迟报)(?:一|1)(个工作日|工作日|天|日|小时)(?=(?:的)?,?(?:扣|减)\d)/g,
    read: (m) => ({ verb: m[1] ?? "", value: "1", unit: m[2] ?? "" }),
  },
  // 每聘用一名 / 每培育1家 / 每开展1场…计0.2分: a verb of its own between 每 and a count, before
  // an amount (what is counted may be named between them: 每推荐1个示范点并经认定的加0.5分). A
  // count of several (每办理20件, 每核查10家) keeps its act: the steps are of that many done.
  {
    kind: "unit",
    re: new RegExp(
      `每(?!年|月|季|周|天|日|半年|村|户|人|乡镇|单位|家|个)([^\\d,;。每一]{1,4}?)(一|\\d+)(名|个|家|所|项|件|篇|条|次|例|人|户|处|起|期|批|套|份|场|笔|宗)(?=[^,;。]{0,20}?(?:扣|减|加|奖|计|记)\\d)`,
      "g",
    ),
    read: (m) => {
      const value = numberOf(m[2]);
      return { verb: value === "1" ? "" : (m[1] ?? ""), value, unit: m[3] ?? "" };
    },
  },
  // 以95%为基准: the value a step or a band is measured from.
  {
    kind: "threshold",
    re: new RegExp(`以${NUMBER}(${UNITS})?为(?:基准|基数|标准|目标|基础|起点)(?:值)?`, "g"),
    read: (m) => ({ verb: "基准", value: numberOf(m[1]), unit: m[2] ?? "" }),
  },
  // Comparison signs: 90%≤完成率<95% (a range), 完成率≥95%, <90%.
  {
    kind: "threshold",
    re: new RegExp(
      `${NUMBER}(${UNITS})?(≤|<=|<|＜)[^,;。\\d]{0,12}?(<|＜|≤|<=)${NUMBER}(${UNITS})?`,
      "g",
    ),
    read: (m) => ({
      verb: "range",
      value: numberOf(m[1]),
      upper: numberOf(m[5]),
      unit: m[6] ?? m[2] ?? "",
      closed: closedEnds(/≤|=/.test(m[3] ?? ""), /≤|=/.test(m[4] ?? "")),
    }),
  },
  {
    kind: "threshold",
    re: new RegExp(`(≥|>=|≤|<=|＞|>|＜|<)${NUMBER}(${UNITS})?`, "g"),
    read: (m) => ({
      verb: /≥|>=/.test(m[1] ?? "")
        ? "不低于"
        : /≤|<=/.test(m[1] ?? "")
          ? "不超过"
          : /＞|>/.test(m[1] ?? "")
            ? "高于"
            : "低于",
      value: numberOf(m[2]),
      unit: m[3] ?? "",
    }),
  },
  // A score as the measure (满意度90分以上, 80-90分的): 分 before a comparison or an action.
  {
    kind: "threshold",
    re: new RegExp(
      `(?:达到|达|在)?${NUMBER}(?:分)?(?:\\(含\\))?(?:-|至|到)${NUMBER}分(?:\\(含\\))?(?:之间)?(?=的?,?(?:得|计|记|给|赋|扣|减|加|不得分))`,
      "g",
    ),
    read: (m) => ({ verb: "range", value: numberOf(m[1]), upper: numberOf(m[2]), unit: "分" }),
  },
  {
    kind: "threshold",
    re: new RegExp(
      `(达到|达|不低于|不少于|高于|超过|低于|不足|少于|不到|大于|小于)?${NUMBER}分(?:\\(含\\))?(以上|以下|及以上|及以下)|(达到|达|不低于|不少于|高于|低于|不足|少于|不到|大于|小于)${NUMBER}分(?=的?,?(?:得|计|记|给|赋|扣|减|加|不得分))`,
      "g",
    ),
    read: (m) => ({
      verb: m[1] ?? m[4] ?? m[3] ?? "",
      value: numberOf(m[2] ?? m[5]),
      unit: "分",
      ...(m[3] !== undefined ? { upper: m[3] } : {}),
    }),
  },
  {
    kind: "threshold",
    re: new RegExp(
      `(达到|达|不低于|不少于|高于|超过|低于|不足|少于|不到|大于|小于|不大于|不超过|不高于|在)?${NUMBER}(${UNITS})?(\\((?:不)?含\\))?(?:-|至|到)${NUMBER}(${UNITS})(\\((?:不)?含\\))?(?:之间)?`,
      "g",
    ),
    read: (m) => ({
      verb: "range",
      value: numberOf(m[2]),
      upper: numberOf(m[5]),
      unit: m[6] ?? m[3] ?? "",
      // 85%（含）-95%（不含）: the marks say which ends belong to the band; unmarked, the lower.
      closed: closedEnds(m[4] !== "(不含)", m[7] === "(含)"),
    }),
  },
  // 至少走访困难群众2户: what is done stands between 至少 and the figure (至少2户 too).
  {
    kind: "threshold",
    re: new RegExp(`至少([^\\d,;。每]{0,10}?)${NUMBER}(${UNITS})`, "g"),
    read: (m) => ({ verb: "至少", against: m[1], value: numberOf(m[2]), unit: m[3] ?? "" }),
  },
  {
    kind: "threshold",
    re: new RegExp(
      `(达到|达|不低于|不少于|至少|高于|超过|低于|不足|少于|不到|大于|小于|不大于|不超过|不高于)${NUMBER}(${UNITS})?(?:\\(含\\))?(以上|以下|及以上|及以下|以内)?|${NUMBER}(${UNITS})?(?:\\(含\\))?(以上|以下|及以上|及以下|以内)`,
      "g",
    ),
    read: (m) => ({
      verb: m[1] ?? m[7] ?? "",
      value: numberOf(m[2] ?? m[5]),
      unit: m[3] ?? m[6] ?? "",
      ...(m[4] !== undefined ? { upper: m[4] } : {}),
    }),
  },
  // A time limit (5个工作日内, 出生后90日内): a window of the measure, or the base of a step in days.
  {
    kind: "threshold",
    re: /(\d+(?:\.\d+)?)(个工作日|工作日|个月|天|日|月|年|周|小时)(?:之内|内)/g,
    read: (m) => ({ verb: "以内", value: m[1] ?? "", unit: m[2] ?? "" }),
  },
  {
    kind: "threshold",
    re: /(\d+(?:\.\d+)?)(%)/g,
    read: (m) => ({ verb: "", value: m[1] ?? "", unit: "%" }),
  },
];
