/**
 * 分档计分 from threshold statements: each threshold with its points, bands best first (the
 * highest floor first, or the lowest ceiling first where lower is better), ranges with the ends
 * the text marks (85%（含）-95%（不含）, 10%＜x≤20%), a bottom band worth 0 left to the default.
 */
import { bandsRule, WINDOW_UNITS } from "../measures.js";
import { minus, shift, type ItemText } from "../proposal.js";
import type { Built } from "./build.js";
import { differentSubjects, valueFor } from "./measured.js";
import type { Part } from "./parts.js";
import { conditionOf, type Statement } from "./statements.js";

type Band = { gte?: string; gt?: string; lt?: string; lte?: string; points: string };

/** A band no value lies in (gte 95, lt 95): a misreading. */
const empty = (b: Band) => {
  const lo = b.gte ?? b.gt;
  const hi = b.lt ?? b.lte;
  return lo !== undefined && hi !== undefined && Number(lo) >= Number(hi);
};

/** 分档计分 from threshold statements (best first; a bottom band worth 0 is the default). */
export function assembleBands(
  item: ItemText,
  thresholds: Statement[],
  otherwise?: Statement,
): Built | undefined {
  const known = thresholds.length >= 2 && otherwise === undefined ? bandsRule(item) : undefined;
  const bands: Band[] = [];
  let unit = "";
  for (const s of thresholds) {
    // A window or an age (出生后90日内, 60岁以上) is not the band's threshold when another is stated.
    const ts = s.parts.filter((p) => p.kind === "threshold");
    const t = ts.find((p) => !WINDOW_UNITS.test(p.unit ?? "")) ?? ts[0];
    const a = s.action;
    if (t === undefined || a === undefined) continue;
    unit = t.unit ?? unit;
    const scale = t.unit === "万元" ? 4 : 0;
    const value = shift(t.value ?? "0", scale);
    const points = pointsOf(item, a);
    const verb = t.verb ?? "";
    // "N以上M以下" (a lower and an upper bound of the same unit in one statement) is one band.
    const upper = ts.find(
      (p) => p !== t && p.unit === t.unit && /以下|低于|不足|不超过|以内/.test(p.verb ?? ""),
    );
    if (verb === "range") {
      const closed = t.closed ?? "lower";
      const lo = closed === "lower" || closed === "both" ? "gte" : "gt";
      const hi = closed === "upper" || closed === "both" ? "lte" : "lt";
      bands.push({ [lo]: value, [hi]: shift(t.upper ?? "0", scale), points });
    } else if (upper !== undefined && /以上|达到|不低于|超过|高于/.test(verb))
      bands.push({
        [/超过|高于/.test(verb) ? "gt" : "gte"]: value,
        lt: shift(upper.value ?? "0", scale),
        points,
      });
    else if (/不大于|不超过|不高于|以内|及以下/.test(verb)) bands.push({ lte: value, points });
    else if (/(?<!不)(?:低于|少于|小于)|不足|不到|以下/.test(verb))
      bands.push({ lt: value, points });
    else if (/高于|超过|大于/.test(verb)) bands.push({ gt: value, points });
    else bands.push({ gte: value, points });
  }
  if (bands.length === 0) return undefined;
  const rest0 = belowCeilings(item, thresholds, bands);
  // Best first: highest floor first, unless the best band has only a ceiling (≤10%得3分 — lower
  // is better), then lowest ceiling first.
  const floor = (b: Band) => Number(b.gte ?? b.gt ?? -1);
  const ceiling = (b: Band) => Number(b.lte ?? b.lt ?? Infinity);
  const best = bands.reduce((a, b) => (Number(b.points) > Number(a.points) ? b : a));
  const lowerBetter = best.gte === undefined && best.gt === undefined;
  bands.sort((a, b) => (lowerBetter ? ceiling(a) - ceiling(b) : floor(b) - floor(a)));
  while (bands.length > 1 && bands[bands.length - 1]?.points === "0") bands.pop();
  closeTops(item, bands);
  closeGaps(bands);
  // The known whole-sentence shape keeps its exact bounds when it read the same bands.
  // (A sum of the bands and a 首个完成 rule holds them as its first part.)
  type Banded = { bands?: Band[]; parts?: Banded[] };
  const k = known?.rule as unknown as Banded | undefined;
  const knownBands = k?.bands ?? k?.parts?.find((x) => x.bands !== undefined)?.bands ?? [];
  const same =
    knownBands.length === bands.length &&
    knownBands.every((b, i) => minus(b.points, bands[i]?.points ?? "") === "0");
  if (known !== undefined && same && !knownBands.some(empty))
    return { rule: known.rule, facts: known.facts };
  const v = valueFor(item, unit, conditionOf(thresholds[0] as Statement));
  // 其余得1分: what no band holds scores the else branch (0 unless stated).
  const rest = otherwise?.action !== undefined ? pointsOf(item, otherwise.action) : (rest0 ?? "0");
  return {
    rule: { kind: "bands", value: v.spec, bands, ...(rest !== "0" ? { otherwise: rest } : {}) },
    facts: v.facts,
  };
}

/**
 * 低于99%的扣1分，低于95%的扣2分 (or one: 低于70%的扣5分): deductions below ceilings leave the item's points above the
 * highest, so the ceilings are floors of the bands above them (≥99 → all, ≥95 → less 1) and what
 * lies below the lowest scores its band's points (returned, for `otherwise`); changes `bands` in
 * place (0328: read as lower-is-better, 99.5 % scored 0).
 */
function belowCeilings(item: ItemText, ts: Statement[], bands: Band[]): string | undefined {
  const deducts = ts.every((s) => s.action?.verb === "deduct" || s.action?.verb === "zero");
  const ceilings = bands.every(
    (b) => b.lt !== undefined && b.gte === undefined && b.gt === undefined && b.lte === undefined,
  );
  // One ceiling too (低于70%的扣5分): the points above it, the deduction below (decision 0341;
  // before, 80 % scored 0).
  if (item.max === undefined || !deducts || !ceilings || bands.length === 0) return undefined;
  const sorted = [...bands].sort((a, b) => Number(b.lt) - Number(a.lt));
  const floors: Band[] = sorted.map((b, i) => ({
    gte: b.lt as string,
    points: i === 0 ? (item.max as string) : (sorted[i - 1] as Band).points,
  }));
  const lowest = (sorted[sorted.length - 1] as Band).points;
  bands.splice(0, bands.length, ...floors);
  return lowest;
}

/**
 * 在95%～105%之间的得2分…高于105%的不得分: a range's upper end that starts no other band belongs to
 * it when the text says only what lies above it (高于/超过/大于 that end) — or outside the range
 * (超出区间的计0分) — scores otherwise.
 */
function closeTops(item: ItemText, bands: Band[]): void {
  for (const b of bands) {
    const top = b.lt;
    if (top === undefined || (b.gte === undefined && b.gt === undefined)) continue;
    if (bands.some((o) => o !== b && (o.gte === top || o.gt === top))) continue;
    // …or only what lies outside the range (超出区间的, 上述范围以外的): both its ends are in it.
    const above = new RegExp(
      `(?:高于|超过|大于|>)${top.replace(".", "\\.")}(?![\\d.])|(?:超出|超过|偏离|不在)(?:该|此|上述|以上)?(?:区间|范围)|(?:区间|范围)(?:以)?外`,
    );
    if (!above.test(item.text)) continue;
    delete b.lt;
    b.lte = top;
  }
}

/**
 * «90分及以上…80—89分…»: a band written up to a whole figure just below where the next band starts
 * (89 under 90) reaches that start, so 89.5 is not left between the bands.
 */
function closeGaps(bands: Band[]): void {
  for (const b of bands) {
    const top = b.lt ?? b.lte;
    if (top === undefined) continue;
    const next = bands
      .map((o) => o.gte ?? o.gt)
      .filter((v): v is string => v !== undefined && Number(v) > Number(top))
      .sort((x, y) => Number(x) - Number(y))[0];
    if (next === undefined || Number(next) - Number(top) > 1 || !/^\d+$/.test(top)) continue;
    delete b.lte;
    b.lt = next;
  }
}

/** The points an action gives out of the item's maximum (扣1分 of 3 → 2, 不得分 → 0, 满分 → 3). */
function pointsOf(item: ItemText, a: Part): string {
  return a.verb === "deduct"
    ? minus(item.max ?? "0", a.value ?? "0")
    : a.verb === "zero"
      ? "0"
      : a.verb === "full"
        ? (item.max ?? "0")
        : (a.value ?? "0");
}

/**
 * 及时率≥95%得3分，合格率≥90%得3分: thresholds on different measures, each awarding its own
 * points — a band each on its own value, for the caller to add (多项合计); else `undefined`.
 */
export function bandsEach(item: ItemText, thresholds: Statement[]): Built[] | undefined {
  if (thresholds.length < 2 || !differentSubjects(thresholds)) return undefined;
  // Each names its measure in full: «增长不足5%的» after «参保人数较上年增长5%以上» is the same one.
  const names = thresholds.map((t) => {
    const at = t.parts.find((p) => p.kind === "threshold")?.start ?? t.start;
    return t.text.slice(0, at - t.start);
  });
  if (names.some((n, i) => n.length < 3 || names.some((o, j) => j !== i && o.includes(n))))
    return undefined;
  if (!thresholds.every((t) => t.action?.verb === "award" && t.action.value !== undefined))
    return undefined;
  const built = thresholds.map((t) =>
    assembleBands({ ...item, text: t.text, max: t.action?.value }, [t]),
  );
  return built.every((b) => b !== undefined) ? (built as Built[]) : undefined;
}
