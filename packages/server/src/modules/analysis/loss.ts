/**
 * 失分分析: where a round's units lose points — per item (sum, mean, how many units, the most
 * common reasons from the traces), per unit (its weakest items against the mean) — and against
 * the previous round of the same scheme lineage (per unit and item, up or down, rank change).
 * Pure: computed results in, the analysis out (docs/decisions/0231).
 */
import { parseDecimal, type ItemResult } from "@kaoping/engine";
import type { LossAnalysis } from "../../contract/analysis.js";

/** What the analysis reads of a unit's results. */
export interface AnalysedUnit {
  unitId: string;
  unitName: string;
  total: string;
  rank: number;
  items: readonly ItemResult[];
}

/** A decimal of a result (always canonical text). */
function dec(text: string) {
  const value = parseDecimal(text);
  if (value === undefined) throw new Error(`not a decimal: ${text}`);
  return value;
}

/** True when a group's children together may score more than the group (a capped bonus group). */
function capped(item: ItemResult): boolean {
  const children = item.children.reduce((sum, c) => sum.plus(c.max), dec("0"));
  return children.greaterThan(item.max);
}

/**
 * The items losses are counted on, by code, in rubric order: the leaves, except that a capped
 * group (加分 up to 10 points from items worth more) counts as one item — a point "lost" on one
 * of its items is not lost when another item fills the cap.
 */
function leaves(items: readonly ItemResult[], out = new Map<string, ItemResult>()) {
  for (const item of items) {
    if (item.children.length === 0 || capped(item)) out.set(item.code, item);
    else leaves(item.children, out);
  }
  return out;
}

/** Every item of a result tree by code (groups too). */
function allItems(items: readonly ItemResult[], out = new Map<string, ItemResult>()) {
  for (const item of items) {
    out.set(item.code, item);
    allItems(item.children, out);
  }
  return out;
}

/**
 * A reason's key: the trace with its numbers masked and the closing "得 X 分" dropped, so
 * "缺席 1 次，扣 0.5 分" and "缺席 2 次，扣 1 分" are one reason; the first unit's words show it.
 */
function reasonKey(trace: readonly string[]): string {
  return trace
    .join("；")
    .replace(/，得 [-\d.]+ 分$/u, "")
    .replace(/-?\d+(\.\d+)?/gu, "#");
}

/** The points lost on an item: max − score, null when not scored. */
function lostOn(item: ItemResult | undefined): string | null {
  if (item === undefined || item.score === null) return null;
  return dec(item.max).minus(item.score).toFixed();
}

/** Mean of a sum over a count, to two places (a statistic, not a score). */
function mean(sum: string, count: number): string {
  return count === 0 ? "0" : dec(sum).dividedBy(count).toDecimalPlaces(2).toFixed();
}

/** The loss analysis of a round's computed results, with the previous round's when given. */
export function analyseLosses(
  round: { roundId: string; roundTitle: string },
  units: readonly AnalysedUnit[],
  previous?: { roundId: string; title: string; year: number; units: readonly AnalysedUnit[] },
): LossAnalysis {
  const first = units[0];
  const codes = first === undefined ? [] : [...leaves(first.items).values()];
  const unitLeaves = units.map((u) => leaves(u.items));
  const items = codes.map((template) => {
    let sum = dec("0");
    let scored = 0;
    let losing = 0;
    const reasons = new Map<string, { text: string; units: number }>();
    for (const byCode of unitLeaves) {
      const item = byCode.get(template.code);
      const lost = lostOn(item);
      if (lost === null || item === undefined) continue;
      scored++;
      if (dec(lost).isZero()) continue;
      losing++;
      sum = sum.plus(lost);
      const key = reasonKey(item.trace);
      const known = reasons.get(key);
      if (known === undefined) reasons.set(key, { text: item.trace.join("；"), units: 1 });
      else known.units++;
    }
    return {
      code: template.code,
      title: template.title,
      max: template.max,
      lostSum: sum.toFixed(),
      lostMean: mean(sum.toFixed(), scored),
      unitsLosing: losing,
      reasons: [...reasons.values()].sort((a, b) => b.units - a.units).slice(0, 3),
      previousLostSum: null as string | null,
    };
  });
  const meanByCode = new Map(items.map((i) => [i.code, i]));
  const previousByUnit = new Map((previous?.units ?? []).map((u) => [u.unitId, u]));
  if (previous !== undefined) {
    const previousLeaves = previous.units.map((u) => leaves(u.items));
    for (const item of items) {
      let sum = dec("0");
      let found = false;
      for (const byCode of previousLeaves) {
        const lost = lostOn(byCode.get(item.code));
        if (lost === null) continue;
        found = true;
        sum = sum.plus(lost);
      }
      item.previousLostSum = found ? sum.toFixed() : null;
    }
  }
  const analysedUnits = units.map((u, i) => {
    const byCode = unitLeaves[i] as Map<string, ItemResult>;
    const lost = codes.map((c) => lostOn(byCode.get(c.code)));
    const weakest = codes
      .flatMap((c, k) => {
        const own = lost[k];
        const average = meanByCode.get(c.code)?.lostMean ?? "0";
        if (own === null || own === undefined || dec(own).isZero()) return [];
        return [{ code: c.code, title: c.title, lost: own, meanLost: average }];
      })
      .sort((a, b) => dec(b.lost).minus(b.meanLost).comparedTo(dec(a.lost).minus(a.meanLost)))
      .slice(0, 5);
    const before = previousByUnit.get(u.unitId);
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      total: u.total,
      rank: u.rank,
      lost,
      weakest,
      previous: before === undefined ? null : compareUnit(u, before),
    };
  });
  return {
    roundId: round.roundId,
    roundTitle: round.roundTitle,
    unitCount: units.length,
    items: items.sort(
      (a, b) => dec(b.lostSum).comparedTo(a.lostSum) || a.code.localeCompare(b.code),
    ),
    units: analysedUnits,
    previousRound:
      previous === undefined
        ? null
        : {
            roundId: previous.roundId,
            title: previous.title,
            year: previous.year,
            unitCount: previous.units.length,
          },
  };
}

/** A unit against its previous round: total, rank and every item (group or leaf) that changed. */
function compareUnit(now: AnalysedUnit, before: AnalysedUnit) {
  const was = allItems(before.items);
  const changed = [...allItems(now.items).values()].flatMap((item) => {
    const old = was.get(item.code);
    if (old === undefined || old.score === null || item.score === null) return [];
    const change = dec(item.score).minus(old.score);
    if (change.isZero()) return [];
    return [
      {
        code: item.code,
        title: item.title,
        before: old.score,
        after: item.score,
        change: change.toFixed(),
      },
    ];
  });
  return {
    total: before.total,
    rank: before.rank,
    rankChange: before.rank - now.rank,
    totalChange: dec(now.total).minus(before.total).toFixed(),
    items: changed,
  };
}
