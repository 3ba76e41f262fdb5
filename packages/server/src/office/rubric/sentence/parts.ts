/**
 * The parts a scoring clause is made of, each found by a small pattern of its own: the action
 * (扣/加/得/计/记/赋/奖 N 分, 不得分, 计满分), the unit of counting (每次/每例/每少一篇/每下降0.1%/
 * 一项不符合), a threshold (达到X%/不低于X/N件以上/A-B%), the limit (扣完为止/最高扣N分/封顶),
 * 酌情, 一票否决, 就高, levels (县级/市级/省级), the subject of a ratio (…率/…占…比例), rank
 * words and exemptions (…不扣分). A part records where it is in the normalised text.
 */
import type { PartKind } from "../reading.js";
import { NUMBER, numberOf } from "./text.js";

/** A recognised part. `start`/`end` are offsets in the normalised text. */
export interface Part {
  kind: PartKind | "rank" | "exempt";
  start: number;
  end: number;
  /** Action: the verb; unit: the counting verb (少/低/增…); threshold: the comparator. */
  verb?: string;
  /** Action/limit/threshold/unit amount. */
  value?: string;
  /** Threshold: upper end of a range. */
  upper?: string;
  /** Unit or threshold unit (%, 次, 元…). */
  unit?: string;
  /** Action: 各 (each of a list). */
  each?: boolean;
}

const UNITS =
  "个百分点|百分点|个点|%|‰|人次|户次|台套|个月|万元|千元|元|小时|周岁|岁|名|个|次|例|件|项|篇|条|人|户|台|处|份|类|家|起|天|日|周|月|年度|所|期|批|宗|笔|套|本|张|位|村|行业|方面|环节|分钟";
const COUNT_VERBS =
  "发现|出现|有|少|缺|缺少|少报|少完成|多|多报|超|超过|超出|超额完成|增加|增|减少|减|下降|降低|降|低|低于|高出|提高|进|退|迟报|漏报|错报|瞒报|缺席|延迟|逾期|未完成";

const patterns: { kind: Part["kind"]; re: RegExp; read: (m: RegExpExecArray) => Partial<Part> }[] =
  [
    { kind: "veto", re: /一票否决|一票否优|实行否决/g, read: () => ({}) },
    {
      kind: "discretion",
      re: /酌情(?:扣分|扣减|扣|减分|打分|评分|给分|计分|得分|奖分|加分|奖励)?|视(?:其)?(?:情节|情况|程度)(?:轻重)?(?:减分|扣分|加分|奖分|给分|打分|评分)?/g,
      read: (m) => ({
        verb: /扣|减/.test(m[0]) ? "deduct" : /加|奖/.test(m[0]) ? "bonus" : "score",
      }),
    },
    {
      kind: "limit",
      re: new RegExp(
        `(?:累计|单项|本项|此项|该项)?(?:最高|最多|至多|上限|封顶)(?:可)?(?:扣|加|奖励|奖|得|计|不超过|不得超过|为)?(?:分)?${NUMBER}分|(?:扣|加|奖)分?(?:最高)?不(?:得)?超过${NUMBER}分|不超过${NUMBER}分|${NUMBER}分封顶|扣完为止|扣满为止|扣完|为止|(?:本项)?共(?:计)?${NUMBER}分`,
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
    {
      kind: "exempt",
      re: /不扣分|不奖分|不加分|不再重复扣分|不重复扣分|免于扣分|可不扣分/g,
      read: () => ({}),
    },
    {
      kind: "action",
      re: /(?:此项|该项|本项|本项目)?(?:不得分|不记分|不计分|不给分|不得奖分|不能得分|得0分|计0分|记0分)|扣除?(?:该项|本项|此项)?(?:全部)?分(?:值|数)|扣(?:除)?(?:该项|本项|此项)全部分/g,
      read: () => ({ verb: "zero" }),
    },
    { kind: "action", re: /(?:计|得|记|给|为)满分/g, read: () => ({ verb: "full" }) },
    {
      kind: "action",
      re: new RegExp(
        `(各|分别|依次)?(追加扣除|扣除|扣减|扣|减|加|奖励|奖|得|计|记|赋予|给予|赋|给)(?:分)?${NUMBER}分`,
        "g",
      ),
      read: (m) => ({
        verb: /追加/.test(m[2] ?? "")
          ? "extra"
          : /扣|减/.test(m[2] ?? "")
            ? "deduct"
            : /加|奖/.test(m[2] ?? "")
              ? "bonus"
              : "award",
        value: numberOf(m[3]),
        each: m[1] !== undefined,
      }),
    },
    {
      kind: "action",
      re: /(扣|减|加)分(?=$|[,;。])/g,
      read: (m) => ({ verb: m[1] === "加" ? "bonus" : "deduct" }),
    },
    {
      kind: "unit",
      re: new RegExp(`每(?:一)?(${COUNT_VERBS})?(${NUMBER.slice(1, -1)})?(${UNITS})?`, "g"),
      read: (m) => ({
        verb: m[1] ?? "",
        value: m[2] !== undefined ? numberOf(m[2]) : "1",
        unit: m[3] ?? "",
      }),
    },
    {
      kind: "unit",
      re: new RegExp(
        `(${COUNT_VERBS})?(?:一|1)(次|例|起|件|项|处|人次|户次|条|篇|个|家|台套|类)(?=[^,;。]{0,6}?(?:的)?,?(?:扣|加|奖))`,
        "g",
      ),
      read: (m) => ({ verb: m[1] ?? "", value: "1", unit: m[2] ?? "" }),
    },
    {
      kind: "threshold",
      re: new RegExp(
        `(达到|达|不低于|不少于|高于|超过|低于|不足|少于|不到|大于|小于|不大于|不超过|不高于|在)?${NUMBER}(${UNITS})?(?:\\(含\\))?-${NUMBER}(${UNITS})(?:\\(含\\))?(?:之间)?`,
        "g",
      ),
      read: (m) => ({
        verb: "range",
        value: numberOf(m[2]),
        upper: numberOf(m[4]),
        unit: m[5] ?? m[3] ?? "",
      }),
    },
    {
      kind: "threshold",
      re: new RegExp(
        `(达到|达|不低于|不少于|高于|超过|低于|不足|少于|不到|大于|小于|不大于|不超过|不高于)${NUMBER}(${UNITS})?(?:\\(含\\))?(以上|以下|及以上|及以下|以内)?|${NUMBER}(${UNITS})?(?:\\(含\\))?(以上|以下|及以上|及以下|以内)`,
        "g",
      ),
      read: (m) => ({
        verb: m[1] ?? m[7] ?? "",
        value: numberOf(m[2] ?? m[5]),
        unit: m[3] ?? m[6] ?? "",
        ...(m[4] !== undefined ? { upper: m[4] } : {}),
      }),
    },
    {
      kind: "threshold",
      re: /(\d+(?:\.\d+)?)(%)/g,
      read: (m) => ({ verb: "", value: m[1] ?? "", unit: "%" }),
    },
    { kind: "rank", re: /排名|名次|第\d+(?:-\d+)?名|倒数第/g, read: () => ({}) },
    { kind: "levels", re: /国家级|省部级|省级|市厅级|市级|县级|区级|县区级/g, read: () => ({}) },
    {
      kind: "subject",
      re: /[^,;。:()、与和及或]{1,14}?(?:率|占比|比例|比重)(?!先)/g,
      read: () => ({}),
    },
  ];

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
      // A bare 每 ("每年培训…") or a period without a count ("每月…") is not a unit of counting.
      if (p.kind === "unit" && /^每(?:一)?(?:年度?|月|季度?|周|天|日|学期)?$/.test(m[0])) continue;
      // A number followed by 年 is a year, not a threshold.
      if (p.kind === "threshold" && /^年/.test(text.slice(e))) continue;
      for (let i = s; i < e; i++) taken[i] = true;
      out.push({ kind: p.kind, start: offset + s, end: offset + e, ...p.read(m) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
