/**
 * Requirements stated per period (decisions 0318, 0325): 每季度…不少于1次 and 每半年召开一次… are
 * counted over the year the round scores (the 细则's own total), so a shortfall deducts from the
 * year's quota. Weeks, days and 旬 are left as written — how many a year holds is not the 细则's
 * to assume.
 */
import { parseDecimal } from "@kaoping/engine";
import { buildQuota, type Built } from "./build.js";
import type { Statement } from "./statements.js";
import { NUMBER, numberOf } from "./text.js";

/** Periods a year holds, for a requirement stated per period (每季度…不少于1次: 4 a year). */
const PERIODS: readonly [RegExp, number][] = [
  [/每(?:个)?月(?:度)?/, 12],
  [/每(?:个)?季度?/, 4],
  [/每半年(?:度)?/, 2],
];

/**
 * A requirement stated per period (各村每月上报…不少于3条): how many periods a year holds and the
 * words without the period, so the quota is counted over the year the round scores (the 细则's
 * own total: 3 条 × 12 月 = 36 条).
 */
export function perPeriod(named: string): { times: number; rest: string } | undefined {
  for (const [re, times] of PERIODS) {
    const m = re.exec(named);
    if (m === null) continue;
    return { times, rest: `${named.slice(0, m.index)}${named.slice(m.index + m[0].length)}` };
  }
  return undefined;
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
    const times = perPeriod(m[1] ?? "")?.times;
    const figure = parseDecimal(numberOf(m[3]));
    if (times === undefined || figure === undefined) continue;
    const label = `全年${(m[2] ?? "").replace(/^(?:要|应|须|需)/, "")}${m[5] ?? ""}`;
    return {
      built: buildQuota(
        figure.times(times).toString(),
        c.action.value ?? "0",
        label,
        unit.unit ?? "",
      ),
      from,
    };
  }
  return undefined;
}
