/**
 * Requirements stated per period (decisions 0318, 0325, 0341): 每季度…不少于1次 and 每半年召开一次…
 * are met period by period — the year's quota (the 细则's own total) of what each period achieved
 * up to its requirement, unless the shortfall is counted over the year (全年每少…). Weeks, days and
 * 旬 are left as written — how many a year holds is not the 细则's to assume.
 */
import { parseDecimal } from "@kaoping/engine";
import { labelOf, type ItemText, type Proposal } from "../proposal.js";
import { buildQuota, type Built } from "./build.js";
import type { Statement } from "./statements.js";
import { NUMBER, numberOf } from "./text.js";

/** Periods a year holds, for a requirement stated per period (每季度…不少于1次: 4 a year), named. */
const PERIODS: readonly [RegExp, number, string][] = [
  [/每(?:个)?月(?:度)?/, 12, "月"],
  [/每(?:个)?季度?/, 4, "季度"],
  [/每半年(?:度)?/, 2, "半年"],
];

/** A period's name and how many a year holds. */
export interface Period {
  times: number;
  word: string;
}

/**
 * A requirement stated per period (各村每月上报…不少于3条): how many periods a year holds, the
 * period's name and the words without the period.
 */
export function perPeriod(named: string): (Period & { rest: string }) | undefined {
  for (const [re, times, word] of PERIODS) {
    const m = re.exec(named);
    if (m === null) continue;
    return {
      times,
      word,
      rest: `${named.slice(0, m.index)}${named.slice(m.index + m[0].length)}`,
    };
  }
  return undefined;
}

/** A shortfall counted over the year (全年每少报1篇, 年度累计少): the year's total is the quota. */
export const YEAR_SHORT = /(?:全年|年度|年内)(?:累计|合计)?(?:每)?(?:少|缺|不足)/;

/**
 * A requirement each period (decision 0341): every period must meet it, so a period's excess does
 * not make up another's shortfall. Asked as the periods that met it (once a period: 开展…的月份数)
 * or as the year's figure with each period counted up to its N (每季度超过2次的部分不计), at most
 * N × the periods; the year's quota and the deduction per unit short as written.
 */
export function periodQuota(
  act: string,
  period: Period,
  figure: NonNullable<ReturnType<typeof parseDecimal>>,
  unit: string,
  points: string,
): Built {
  const once = figure.equals(1);
  const quota = figure.times(period.times).toString();
  const each = `每${period.word}不少于${figure.toString()}${unit}`;
  // The act as any count is named (at most 30 characters), then what each period asks.
  const named = labelOf(once ? act : `全年${act}`, "完成数量");
  const label = once
    ? `${named}达到要求的${period.word === "月" ? "月份" : period.word}数（${each}）`
    : `${named}（每${period.word}超过${figure.toString()}${unit}的部分不计）`;
  const built = buildQuota(quota, points, label, once ? "" : unit);
  return { ...built, facts: built.facts.map((f) => ({ ...f, label, max: quota })) };
}

/** 每半年召开一次<what> / 每月报送2期<what>: the act, how many a period, the measure, what is done. */
const ONCE = new RegExp(
  `^(?:.*?)(每(?:个)?(?:半年|季度?|月)度?)([^\\d,;。]{1,12}?)${NUMBER}(次|期|篇|场|条|份|批)([^,;。]*)$`,
);

/** A shortfall written before its count: 少开一次, 缺报1期, 每少1次, 每缺报1期. */
const SHORT_BEFORE = /(?:^|[,;])(?:每)?(?:少|缺)[^\d,;。]{0,3}$/;

/**
 * A requirement once (or N times) a period whose shortfall is counted — 每半年召开一次…，少开一次扣2分;
 * 每月报送一次…；缺报一次扣0.5分: the year's quota (N × the periods), named 全年<act><what>, with the
 * statement the requirement was read from (the count's own, or the one before it). Undefined when
 * the shortfall counts another measure (参会人员每缺1人) or the period is a week or a day.
 */
export function periodOnce(
  text: string,
  sts: readonly Statement[],
  c: Statement,
): { built: Built; from: Statement } | undefined {
  const unit = c.unit;
  if (unit === undefined || unit.value !== "1" || c.action?.verb !== "deduct") return undefined;
  const own = text.slice(c.start, unit.start);
  const shortAt = own.search(/[,;][^,;]*$/);
  const shortClause = shortAt < 0 ? own : own.slice(shortAt);
  if (!/^(?:少|缺)/.test(unit.verb ?? "") && !SHORT_BEFORE.test(shortClause)) return undefined;
  const before = sts[sts.indexOf(c) - 1];
  const candidates: [string, Statement][] = [[shortAt < 0 ? "" : own.slice(0, shortAt), c]];
  if (before !== undefined && before.role === "none") candidates.push([before.text, before]);
  for (const [clause, from] of candidates) {
    const m = ONCE.exec(clause.replace(/[。.]+$/, ""));
    if (m === null || m[4] !== unit.unit) continue;
    const period = perPeriod(m[1] ?? "");
    const figure = parseDecimal(numberOf(m[3]));
    if (period === undefined || figure === undefined) continue;
    const act = `${(m[2] ?? "").replace(/^(?:要|应|须|需)/, "")}${m[5] ?? ""}`;
    const points = c.action.value ?? "0";
    const unitName = unit.unit ?? "";
    return {
      built: YEAR_SHORT.test(text)
        ? buildQuota(figure.times(period.times).toString(), points, `全年${act}`, unitName)
        : periodQuota(act, period, figure, unitName, points),
      from,
    };
  }
  return undefined;
}

/** A requirement each period standing alone (每月向…报送…不少于1次。), its act and figure. */
const ALONE = new RegExp(
  `^([^,;。]*?)(每(?:个)?(?:半年|季度?|月)度?)([^\\d,;。]{1,24}?)(?:不少于|至少|不得少于)?${NUMBER}(次|期|篇|场|条|份|批|个|户|家)([^,;。]*)$`,
);

/**
 * A requirement each period with no points or deduction written (每月报送信息不少于2条。 in an item
 * of 4): each period that meets it earns its share of the item — 按比例 on the periods met of the
 * periods a year holds — said 请核对, since the 细则 does not say what a shortfall costs (0341).
 */
export function periodAlone(item: ItemText): Proposal | undefined {
  const text = item.text.replace(/[。.]+$/, "");
  if (item.max === undefined || /[扣得加减]|\d\s*分|分值/.test(text)) return undefined;
  const m = ALONE.exec(text);
  const period = perPeriod(m?.[2] ?? "");
  const figure = parseDecimal(numberOf(m?.[4]));
  if (m === null || period === undefined || figure === undefined || figure.lte(0)) return undefined;
  const act = `${(m[3] ?? "").replace(/^(?:要|应|须|需|均)/, "")}${m[6] ?? ""}`;
  const each = `每${period.word}不少于${figure.toString()}${m[5] ?? ""}`;
  const label = `${labelOf(act, "完成")}达到要求的${period.word === "月" ? "月份" : period.word}数（${each}）`;
  const times = String(period.times);
  return {
    rule: { kind: "proportional", value: { fact: "met" }, of: times },
    facts: [{ name: "met", type: "int", label, min: "0", max: times }],
    phrase: item.text,
    confidence: 0.6,
    explanation: `按比例得分：${each}，按达到要求的${period.word}数计分`,
    warnings: [
      `细则未写明${period.word === "月" ? "某月" : `某${period.word}`}未达到“${each}”时如何扣分：暂按达到要求的${period.word}数占全年${times}个${period.word === "月" ? "月" : period.word}的比例计分（每缺1个${period.word === "月" ? "月" : period.word}少得本项分值的1/${times}），请核对`,
    ],
  };
}
