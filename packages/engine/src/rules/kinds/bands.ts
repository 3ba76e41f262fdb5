/**
 * 分档计分: the first band that contains the value gives the score. Bounds are explicit
 * (gte/gt/lt/lte), so "65%–70%" is written [65, 70); list bands best first so a value on an
 * overlapping boundary gets the better band (docs/spec/templates.md rule 5).
 */
import { z } from "zod";
import { constant, ZERO, type Ratio } from "../../decimal.js";
import { compareRatioText } from "../../scaled.js";
import { decimalText } from "../../facts/declaration.js";
import { withUnit } from "../../text.js";
import { defineKind } from "../kind.js";
import {
  explainValue,
  measure,
  valueRefs,
  valueItems,
  scoreReason,
  sourceSpecSchema,
} from "../value-spec.js";
import { amount, awardWords } from "../wording.js";
import { candidates, valueTo, type Target } from "../improve-values.js";

const band = z
  .object({
    gte: decimalText.optional(),
    gt: decimalText.optional(),
    lt: decimalText.optional(),
    lte: decimalText.optional(),
    points: decimalText,
  })
  .strict();
const params = z
  .object({
    value: sourceSpecSchema,
    bands: z.array(band).min(1),
    otherwise: decimalText.default("0"),
  })
  .strict();
type Band = z.output<typeof band>;

/** True when the value lies in the band (exact comparison of the ratio). */
function contains(b: Band, value: Ratio): boolean {
  return (
    (b.gte === undefined || compareRatioText(value, b.gte) >= 0) &&
    (b.gt === undefined || compareRatioText(value, b.gt) > 0) &&
    (b.lt === undefined || compareRatioText(value, b.lt) < 0) &&
    (b.lte === undefined || compareRatioText(value, b.lte) <= 0)
  );
}

/** A band in words: "70% 及以上", "65%（含）至 70%（不含）". */
function describe(b: Band, unit: string): string {
  const lo =
    b.gte !== undefined
      ? `${withUnit(b.gte, unit)}（含）`
      : b.gt !== undefined
        ? `${withUnit(b.gt, unit)}（不含）`
        : undefined;
  const hi =
    b.lt !== undefined
      ? `${withUnit(b.lt, unit)}（不含）`
      : b.lte !== undefined
        ? `${withUnit(b.lte, unit)}（含）`
        : undefined;
  if (lo !== undefined && hi !== undefined) return `在 ${lo}至${hi}之间`;
  if (lo !== undefined)
    return `${lo.replace("（含）", "")}${b.gte !== undefined ? "及以上" : "以上（不含）"}`;
  if (hi !== undefined)
    return b.lt !== undefined
      ? `低于 ${withUnit(b.lt, unit)}`
      : `不超过 ${withUnit(b.lte ?? "", unit)}`;
  return "任何值";
}

/** A band's range for a sentence: "70% 及以上", "65%（含）至 70%（不含）", "低于 60%". */
function rangeWords(b: Band, unit: string): string {
  const at = (t: string) => amount(t, unit);
  const lo =
    b.gte !== undefined
      ? { text: at(b.gte), inclusive: true }
      : b.gt !== undefined
        ? { text: at(b.gt), inclusive: false }
        : undefined;
  const hi =
    b.lte !== undefined
      ? { text: at(b.lte), inclusive: true }
      : b.lt !== undefined
        ? { text: at(b.lt), inclusive: false }
        : undefined;
  const mark = (inclusive: boolean) => (inclusive ? "（含）" : "（不含）");
  if (lo !== undefined && hi !== undefined)
    return `${lo.text}${mark(lo.inclusive)}至 ${hi.text}${mark(hi.inclusive)}`;
  if (lo !== undefined) return lo.inclusive ? `${lo.text}及以上` : `高于 ${lo.text}`;
  if (hi !== undefined) return hi.inclusive ? `${hi.text}及以下` : `低于 ${hi.text}`;
  return "任何值";
}

/** An end of a band: its value (undefined: unbounded) and whether it is included. */
interface End {
  at: string | undefined;
  inclusive: boolean;
}

/**
 * True when every value lies in some band (≥90 / 80–90 / <80), so that no value gets
 * `otherwise` and the explanation need not mention it. Exact: bounds are compared as decimals.
 */
export function coversEveryValue(list: readonly Band[]): boolean {
  const ends = list.map((b) => ({
    lo: { at: b.gte ?? b.gt, inclusive: b.gte !== undefined } as End,
    hi: { at: b.lte ?? b.lt, inclusive: b.lte !== undefined } as End,
  }));
  // Sweep from the lowest start: each band must begin where the ones before it reach.
  ends.sort((a, b) =>
    a.lo.at === undefined
      ? -1
      : b.lo.at === undefined
        ? 1
        : constant(a.lo.at).comparedTo(constant(b.lo.at)) || (a.lo.inclusive ? -1 : 1),
  );
  let reach: End | undefined;
  for (const { lo, hi } of ends) {
    if (reach === undefined) {
      if (lo.at !== undefined) return false;
    } else if (reach.at === undefined) return true;
    else if (lo.at !== undefined) {
      const c = constant(lo.at).comparedTo(constant(reach.at));
      if (c > 0 || (c === 0 && !lo.inclusive && !reach.inclusive)) return false;
    }
    if (reach === undefined || hi.at === undefined) reach = hi;
    else if (reach.at !== undefined) {
      const c = constant(hi.at).comparedTo(constant(reach.at));
      if (c > 0 || (c === 0 && hi.inclusive)) reach = hi;
    }
  }
  return reach !== undefined && reach.at === undefined;
}

/** Bands kind. */
export const bands = defineKind({
  id: "bands",
  name: "分档计分",
  description:
    "按数值或比例所在区间给分，区间上下限是否包含均明确写出；按从优到劣的顺序列出，边界值取较优档。",
  params,
  refs: (p) => valueRefs(p.value, "value"),
  items: (p) => valueItems(p.value, "value"),
  evaluate(p, env) {
    const m = measure(p.value, env);
    if (m === undefined) return { score: ZERO, trace: ["未填写可计算的数据，不计分"] };
    let hit: Band | undefined;
    for (let i = 0; i < p.bands.length && hit === undefined; i++) {
      const b = p.bands[i] as Band;
      if (contains(b, m.value)) hit = b;
    }
    if (hit === undefined)
      return { score: constant(p.otherwise), trace: [`${m.text}，不在任何计分档内`] };
    return { score: constant(hit.points), trace: [`${m.text}，${describe(hit, m.unit)}`] };
  },
  explain(p, env) {
    const v = explainValue(p.value, env);
    const each = p.bands.map(
      (b) => `${rangeWords(b, v.unit)}的，${awardWords(env.item, b.points)}`,
    );
    // 「其余得 0 分」 only where some value is outside every band.
    const rest = coversEveryValue(p.bands) ? "" : `；其余${awardWords(env.item, p.otherwise)}`;
    return `${v.label}：${each.join("；")}${rest}`;
  },
  improve(p, env) {
    const on = scoreReason(p.value, env);
    if (on !== undefined) return on;
    const m = measure(p.value, env);
    if (m === undefined) return { candidates: [] };
    const hit = p.bands.find((b) => contains(b, m.value));
    const now = constant(hit?.points ?? p.otherwise);
    // Every better band, entered through the bound the value is on the wrong side of.
    const targets: Target[] = [];
    for (const b of p.bands) {
      if (!constant(b.points).greaterThan(now)) continue;
      const low = b.gte ?? b.gt;
      const high = b.lte ?? b.lt;
      const lowTarget =
        low === undefined ? undefined : { at: constant(low), up: true, strict: b.gt !== undefined };
      const highTarget =
        high === undefined
          ? undefined
          : { at: constant(high), up: false, strict: b.lt !== undefined };
      if (
        lowTarget !== undefined &&
        compareRatioText(m.value, low as string) < (lowTarget.strict ? 1 : 0)
      )
        targets.push(lowTarget);
      else if (highTarget !== undefined) targets.push(highTarget);
    }
    return candidates(targets.flatMap((t) => valueTo(p.value, env, t)));
  },
});
