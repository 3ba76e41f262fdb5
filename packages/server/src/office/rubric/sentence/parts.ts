/**
 * The parts a scoring clause is made of, each found by a small pattern of its own: the action
 * (扣/加/得/计/记/赋/奖 N 分, 不得分, 计满分), the unit of counting (每次/每例/每少一篇/每下降0.1%/
 * 一项不符合), a threshold (达到X%/不低于X/N件以上/A-B%), the limit (扣完为止/最高扣N分/封顶),
 * 酌情, 一票否决, 就高, levels (县级/市级/省级), the subject of a ratio (…率/…占…比例), rank
 * words and exemptions (…不扣分). A part records where it is in the normalised text. The units of
 * counting and the thresholds, with their words, are in ./quantities.ts.
 */
import type { PartKind } from "../reading.js";
import { quantityPatterns, UNITS } from "./quantities.js";
import { NUMBER, numberOf } from "./text.js";
import { BARE_PLACES, ORDINAL, PLACE_BEFORE_POINTS } from "./places.js";
import { formulaPatterns } from "./formula-parts.js";

/** A recognised part. `start`/`end` are offsets in the normalised text. */
export interface Part {
  kind: PartKind | "rank" | "exempt" | "reach" | "total" | "mean" | "first" | "otherwise" | "base";
  start: number;
  end: number;
  /** Action: the verb; unit: the counting verb (少/低/增…); threshold: the comparator. */
  verb?: string;
  /** Action/limit/threshold/unit amount. */
  value?: string;
  /** Threshold: upper end of a range. */
  upper?: string;
  /** Threshold range: which ends belong to it (default the lower: 85%（含）-95%（不含）). */
  closed?: "lower" | "upper" | "both" | "none";
  /** Unit or threshold unit (%, 次, 元…). */
  unit?: string;
  /** Action: 各 (each of a list). */
  each?: boolean;
  /** Action: on the unit's total (扣减总分N分). */
  total?: boolean;
  /** Action: per unit written after it (扣0.5分/次 → 次). */
  per?: string;
  /** Unit: what the value is compared with (每超出年度任务1个百分点 → 年度任务); threshold 至少: what is done (至少走访困难群众2户 → 走访困难群众). */
  against?: string;
}

/** Words that put an amount on the unit's total (从总分中扣除, 在总分基础上加, 计入总分). */
export const TOTAL_WORDS =
  /(?:从|在)(?:单位|年度|全年|综合|绩效|考核|目标)*(?:总得分|总分|总成绩)(?:中|里|基础上|内)?|(?:直接)?计入(?:单位)?总分|倒(?=扣)/g;

/** A pattern of one kind of part and what it reads from a match. */
export interface PartPattern {
  kind: Part["kind"];
  re: RegExp;
  read: (m: RegExpExecArray) => Partial<Part>;
}

const patterns: PartPattern[] = [
  { kind: "veto", re: /一票否决|实行否决/g, read: () => ({}) },
  // 基础分60分 / 基本分为70分 / 以6分为基数: a base score the lines after it add to and take from.
  {
    kind: "base",
    re: new RegExp(
      `(?:基础分|基本分|基准分|起评分|底分)(?:值)?(?:为|是|:)?${NUMBER}分|以${NUMBER}分为(?:基数|基础分?|基准分?|起评分|起点)`,
      "g",
    ),
    read: (m) => ({ value: numberOf(m[1] ?? m[2]) }),
  },
  // Vetoes of a grade or of eligibility, not of the score (一票否优, 不得参加评先评优).
  {
    kind: "veto",
    re: /一票否优|(?:年度考核)?不得评(?:为|定为)?优秀(?:等次)?|不得评优|取消[^,;。]{0,8}?评(?:先评)?优(?:评先)?资格|不得参(?:加|与)[^,;。]{0,6}?评(?:先评)?优(?:评先)?/g,
    read: (m) => ({ verb: /否优|优秀|不得评优/.test(m[0]) ? "noExcellent" : "ineligible" }),
  },
  // Points linear in rank: 每后退1名, 名次每下降一位.
  {
    kind: "rank",
    re: /每(?:后退|退后|后移|下移|下滑|下降|降低|降|落后)(?:一|1)(?:个)?(?:名|位|个名次)/g,
    read: () => ({}),
  },
  // Places (第4-6名, 前3名, 后两名) before thresholds: "4-6名" is a range of places, not of a
  // value, and "后3名" the last three places, not three people.
  {
    kind: "rank",
    re: /(?:第[\d一二三四五六七八九十]+(?:(?:-|至|到)[\d一二三四五六七八九十]+)?名|前[\d一二三四五六七八九十]+名|(?:最后|(?<![每此之以退落])后|末)[\d一二两三四五六七八九十]+(?:名|位))(?!的?(?:比例|比值))/g,
    read: () => ({}),
  },
  // A range of places without 第 (1-5名, 1至3位), read as 第… by rank.ts (verb "range").
  { kind: "rank", re: BARE_PLACES, read: () => ({ verb: "range" }) },
  // 第一 without 名 where it is a place: after 排名/位列…, or right before its points (第一的得满分).
  {
    kind: "rank",
    re: new RegExp(
      `(?<=(?:排名|排序|名次|位列|名列|位居|居)(?:为|在)?(?:全县|全市|全区|全省|全州)?)第${ORDINAL}|第${ORDINAL}(?=(?:的|者)?,?(?:得|计|记|加|扣|减))`,
      "g",
    ),
    read: () => ({}),
  },
  // 累计扣满N分(的/后): the trigger of a penalty beyond the item.
  {
    kind: "reach",
    re: new RegExp(`(?:累计|本项)?扣满${NUMBER}分(?:后|的)?`, "g"),
    read: (m) => ({ value: numberOf(m[1]) }),
  },
  // 扣满本项分值后 / 本项分值扣完后: the trigger is the item's own points (settled by beyond.ts).
  {
    kind: "reach",
    re: /(?:累计)?扣(?:满|完)本项(?:分值|分数|满分|全部分值|分)?(?![^,;。]{0,2}为止)(?:后|的)?|本项(?:分值|分数)?(?:被)?扣(?:满|完)(?:后|的)/g,
    read: () => ({ verb: "item" }),
  },
  // No cap: what the rule gives beyond the item's points counts (加分不封顶).
  {
    kind: "limit",
    re: /(?:加分)?(?:上)?不封顶|不设上限|上不设限|不受本项分值限制|可超过本项分值/g,
    read: () => ({ verb: "open" }),
  },
  // On the unit's total (从总分中扣除, 在总分基础上加).
  {
    kind: "total",
    re: TOTAL_WORDS,
    read: () => ({}),
  },
  ...formulaPatterns,
  {
    kind: "first",
    re: /(?:全县|全市|全区|全省|各乡镇中?)?(?:首个|第一个|第一家|率先|最先|最早)(?:在(?:全县|全市|全区|全省)(?:范围内)?)?完成/g,
    read: () => ({}),
  },
  {
    kind: "mean",
    re: /(?:全县|全市|全省|全区|各地区|各乡镇|各县区|各单位|市级部门人员|市级部门|同类单位|各地|本轮)(?:的)?平均(?:值|水平|数|占比|年龄)?(?!得?分)|(?<!每[^,;。]{0,4}|取[^,;。]{0,8}|(?:季度|月|年|年度|次|期|周|天|日)(?:的)?)平均(?:值|水平|数)(?!得?分)/g,
    read: () => ({}),
  },
  // A discretionary range that does not start at 0 (扣0.5-1分, 加1至3分).
  {
    kind: "discretion",
    re: new RegExp(`(扣|减|加|奖)(?:分)?${NUMBER}(?:分)?(?:-|至|到)${NUMBER}分`, "g"),
    read: (m) => ({
      verb: /扣|减/.test(m[1] ?? "") ? "deduct" : "bonus",
      value: numberOf(m[2]),
      upper: numberOf(m[3]),
    }),
  },
  {
    kind: "discretion",
    re: /酌情(?:扣分|扣减|扣|减分|打分|评分|给分|计分|得分|奖分|加分|奖励)?|酌(?:减|扣)(?:分值|分数|分)?|(?<![\d一二两三四五六七八九十半])(?:多|少)(?:得|计|给)分|适当(?:扣分|扣减|减分|打分|评分|给分|计分|奖分|加分|奖励)|视(?:其)?[^,;。]{0,6}?(?:情节|情况|程度|轻重|多少|大小)(?:轻重|多少|大小)?(?:减分|扣分|加分|奖分|给分|打分|评分)?|(?:根据|按照|依据)[^,;。]{0,10}?(?:情节|情况|程度|轻重|多少|大小|性质)(?:轻重|多少|大小)?(?:扣减|扣除|扣分|减分|加分|奖分|给分|打分|评分)(?:相应(?:的)?(?:分值|分数))?|(?:扣减|扣除|加上?)相应(?:的)?(?:分值|分数)/g,
    read: (m) => ({
      verb: /扣|减/.test(m[0]) ? "deduct" : /加|奖/.test(m[0]) ? "bonus" : "score",
    }),
  },
  {
    kind: "limit",
    re: new RegExp(
      `(?:满分|加满|得满分)(?:后|以后)?(?:的)?,?不再(?:加分|奖分|计分|得分)|不(?:再|另)(?:行)?(?:加分|奖分)|(?:累计|单项|本项|此项|该项)?(?:最高|最多|至多|上限|封顶)(?:可)?(?:扣|加|奖励|奖|得|计|不超过|不得超过|为)?(?:分)?${NUMBER}分|(?:扣|加|奖)分?(?:最高)?不(?:得)?超过${NUMBER}分|不超过${NUMBER}分|${NUMBER}分封顶|扣完为止|扣满为止|扣完|为止|(?:本项)?共(?:计)?${NUMBER}分`,
      "g",
    ),
    read: (m) => {
      const v = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
      return v !== undefined
        ? {
            value: numberOf(v),
            verb: /加|奖/.test(m[0]) ? "bonus" : /扣/.test(m[0]) ? "deduct" : "",
          }
        : {};
    },
  },
  { kind: "highest", re: /就高|取最高|按最高|取高/g, read: () => ({}) },
  // 不重复扣分: an event counted once — across items (已在其他考核项目中扣分的, 前项已扣分的) or
  // within this one (同一问题只扣一次).
  {
    kind: "exempt",
    re: /(?:不再?重复(?:扣分|扣减|计分|计算|处罚|扣|加分|奖分)|(?:只|仅)(?:扣|计)一次(?:分)?|不再(?:扣分|扣减|计分|扣))/g,
    read: () => ({ verb: "notAgain" }),
  },
  // The else branch of bands (其余得1分, 其他情况得0.5分, 否则得1分).
  {
    kind: "otherwise",
    re: /(?:其余|其他|其它)(?:情况|情形|名次|单位)?(?:的)?(?=,?(?:均|一律)?(?:得|计|记|给|赋|不得分|不计分))|否则(?=,?(?:均|一律)?(?:得|计|记|给|赋|不得分|不计分))/g,
    read: () => ({}),
  },
  {
    kind: "exempt",
    re: /不扣分|不奖分|不加分|免于扣分|可不扣分/g,
    read: () => ({}),
  },
  {
    kind: "action",
    re: /(?:此项|该项|本项|本项目)?(?:不得分|不记分|不计分|不给分|不得奖分|不能得分|得0分|计0分|记0分)|扣除?(?:该项|本项|此项)?(?:全部)?分(?:值|数)|扣(?:除)?(?:该项|本项|此项)全部分/g,
    read: () => ({ verb: "zero" }),
  },
  {
    kind: "action",
    re: /(?:计|得|记|给|为|赋)(?:满分|全分|全部分值)/g,
    read: () => ({ verb: "full" }),
  },
  // 得一半分 / 得分值的一半 / 计50%分值: half the item's points (settled by bare.ts).
  {
    kind: "action",
    re: /(?:计|得|记|给|赋)(?:该项|本项|此项)?(?:一半(?:的)?分(?:值|数)?|分值的一半|分数的一半|半数分(?:值)?|50%(?:的)?分值)/g,
    read: () => ({ verb: "half" }),
  },
  // 扣0.5分/次, 加0.2分/篇: an action per unit written after it.
  {
    kind: "action",
    re: new RegExp(`(扣除|扣减|减少|扣|减|加|奖励|奖)${NUMBER}分/(${UNITS})`, "g"),
    read: (m) => ({
      verb: /扣|减/.test(m[1] ?? "") ? "deduct" : "bonus",
      value: numberOf(m[2]),
      per: m[3] ?? "",
    }),
  },
  // 1分/项: an amount per unit without 扣/加 (its direction is settled by bare.ts).
  {
    kind: "action",
    re: new RegExp(`(?<![\\d.])${NUMBER}分/(${UNITS})`, "g"),
    read: (m) => ({ verb: "bare", value: numberOf(m[1]), per: m[2] ?? "" }),
  },
  // 第一名4分、第二名3分, 前3名2分, 4-6名1分, 其余1分: points right after a place (or the rest of
  // the places) with no verb of scoring award them (decision 0328); 第4名及以后1分 likewise.
  {
    kind: "action",
    re: new RegExp(`(?<=${PLACE_BEFORE_POINTS}的?[,:：]?)${NUMBER}分(?![/值])`, "g"),
    read: (m) => ({ verb: "award", value: numberOf(m[1]) }),
  },
  // 分别加3、2、1分: one amount per place, the 分 written once at the end (rank.ts reads them).
  {
    kind: "action",
    re: new RegExp(
      `(?:分别|依次)(扣除|扣|减|加|奖励|奖|得|计|记|赋予|给予|赋|给)${NUMBER}(?:、${NUMBER})+分`,
      "g",
    ),
    read: (m) => ({
      verb: /扣|减/.test(m[1] ?? "") ? "deduct" : /加|奖/.test(m[1] ?? "") ? "bonus" : "award",
      value: numberOf(m[2]),
      each: true,
    }),
  },
  {
    kind: "action",
    re: new RegExp(
      // (Not a score compared with: 得分90分及以上的, 得分80—89分的.)
      `(各|分别|依次)?(追加扣除|扣除|扣减|减少|减去|扣|减|加|奖励|奖|得|计|记|赋予|给予|赋|给)(总分)?(?:分)?${NUMBER}分(?!及?以[上下]|[(（]含|[-—~至]\\d)`,
      "g",
    ),
    read: (m) => ({
      ...(m[3] !== undefined ? { total: true } : {}),
      verb: /追加/.test(m[2] ?? "")
        ? "extra"
        : /扣|减/.test(m[2] ?? "")
          ? "deduct"
          : /加|奖/.test(m[2] ?? "")
            ? "bonus"
            : "award",
      value: numberOf(m[4]),
      each: m[1] !== undefined,
    }),
  },
  // A bare 扣分 / 加分 with no amount in its clause (未按时完成的扣分) leaves the amount to the
  // assessor: 酌情. 按次扣分 names the method of the amounts after it, 按0.2分/人次扣分 the
  // direction of the amount before it (both stay actions).
  {
    kind: "discretion",
    re: /(?<!按(?:次|项|件|例|人次|篇|处|条|起)|[\d一二两三四五六七八九十半]分[^,;。]{0,8})(扣|减|加)分(?=$|[,;。])/g,
    read: (m) => ({ verb: m[1] === "加" ? "bonus" : "deduct" }),
  },
  {
    kind: "action",
    re: /(扣|减|加)分(?=$|[,;。])/g,
    read: (m) => ({ verb: m[1] === "加" ? "bonus" : "deduct" }),
  },
  ...quantityPatterns,
  {
    kind: "rank",
    re: /排名|名次|第[\d一二三四五六七八九十]+(?:-\d+)?名|倒数第|前[\d一二三四五六七八九十]+名|末位|最后一名/g,
    read: () => ({}),
  },
  // 每次0.5分 / 每缺一项资料0.5分 / 漏报一例1分: an amount right after a unit of counting, without
  // 扣/加/得 (kept only after a unit: see findParts; its direction is settled by bare.ts).
  {
    kind: "action",
    re: /(?<![\d.])(\d+(?:\.\d+)?)分(?![/之以及制值数钟])/g,
    read: (m) => ({ verb: "bare", value: m[1] ?? "" }),
  },
  { kind: "levels", re: /国家级|省部级|省级|市厅级|市级|县级|区级|县区级/g, read: () => ({}) },
  {
    kind: "subject",
    re: /[^,;。:()、与和及或]{1,14}?(?:率|占比|比例|比重)(?!先)/g,
    read: () => ({}),
  },
];

/** What a period costs or earns, right after it (扣0.5分, 加1分, 1分). */
const PRICED = new RegExp(`^(?:扣除|扣减|扣|减|加|奖|得|计|记)?${NUMBER}分`);

/** The parts of a piece of normalised text, earlier patterns winning overlaps. */
export function findParts(text: string, offset: number): Part[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const out: Part[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      if (m[0] === "") {
        p.re.lastIndex++;
        continue;
      }
      const s = m.index;
      const e = s + m[0].length;
      if (taken.slice(s, e).some(Boolean)) continue;
      // "每村有…" / "每年都…" distribute a requirement; they do not count.
      if (
        p.kind === "unit" &&
        /^每(?:村|年|户|人|月|季度?|个|家|单位|乡镇)[有都均要应须]/.test(text.slice(s))
      )
        continue;
      // A period right before what it costs (每季度扣0.5分, 每月扣0.3分) counts the periods;
      // otherwise a bare 每 ("每年培训…") or a period ("每月…", 每半年…) is not a unit of counting.
      const period = /^每(?:一)?(?:个)?(半年|半月|年度?|季度?|月|周|天|日|学期)/.exec(
        text.slice(s),
      );
      if (p.kind === "unit" && (period !== null || /^每(?:一)?半?$/.test(m[0]))) {
        const at = s + (period?.[0].length ?? m[0].length);
        if (period === null || !PRICED.test(text.slice(at)) || taken.slice(s, at).some(Boolean))
          continue;
        for (let i = s; i < at; i++) taken[i] = true;
        const unit = period[1] === "季" ? "季度" : (period[1] ?? "");
        out.push({ kind: "unit", start: offset + s, end: offset + at, verb: "", value: "1", unit });
        continue;
      }
      // A bare amount (每次0.5分) counts only right after a unit of counting in its clause.
      if (p.kind === "action" && m[0].indexOf("/") < 0 && p.read(m).verb === "bare") {
        const before = out.filter((x) => x.end <= s).sort((a, b) => b.end - a.end)[0];
        if (
          before?.kind !== "unit" ||
          /[,;。]/.test(text.slice(before.end, s)) ||
          s - before.end > 10
        )
          continue;
      }
      // A number followed by 年 is a year, not a threshold.
      if (p.kind === "threshold" && /^年/.test(text.slice(e))) continue;
      for (let i = s; i < e; i++) taken[i] = true;
      out.push({ kind: p.kind, start: offset + s, end: offset + e, ...p.read(m) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
