/**
 * Results → API shapes: a unit's score sheet (every item with reviewed score, self score,
 * difference and trace) and the round's summary (totals, ranks, category subtotals). The same
 * functions present live results and frozen snapshots, so both read alike.
 */
import { parseDecimal, type ItemResult, type Scheme } from "@kaoping/engine";
import type { ItemScore, RoundResults, UnitSheetCore } from "../../contract/results.js";
import type { ComputedRound } from "./compute.js";

/** reviewed − self as a canonical decimal string, or null when either is missing. */
export function differenceOf(score: string | null, selfScore: string | null): string | null {
  if (score === null || selfScore === null) return null;
  const a = parseDecimal(score);
  const b = parseDecimal(selfScore);
  return a === undefined || b === undefined ? null : a.minus(b).toFixed();
}

function selfScoresOf(items: readonly ItemResult[], out = new Map<string, string | null>()): Map<string, string | null> {
  for (const item of items) {
    out.set(item.code, item.score);
    selfScoresOf(item.children, out);
  }
  return out;
}

function toItemScore(item: ItemResult, selfScores: Map<string, string | null>): ItemScore {
  const selfScore = selfScores.get(item.code) ?? null;
  return {
    code: item.code,
    title: item.title,
    max: item.max,
    score: item.score,
    selfScore,
    difference: differenceOf(item.score, selfScore),
    trace: item.trace,
    children: item.children.map((child) => toItemScore(child, selfScores)),
  };
}

/** Every unit's score sheet of a computed round. */
export function toSheetCores(computed: ComputedRound): UnitSheetCore[] {
  return computed.units.map(({ unit, result, self }) => {
    const selfScores = selfScoresOf(self.items);
    return {
      unitId: unit.unit_id,
      unitName: unit.unit_name,
      unitCode: unit.unit_code,
      total: result.total,
      selfTotal: self.total,
      difference: differenceOf(result.total, self.total) ?? "0",
      rank: result.rank,
      complete: result.complete,
      missing: result.missing,
      veto: result.veto ?? null,
      items: result.items.map((item) => toItemScore(item, selfScores)),
    };
  });
}

/** Where a presentation comes from. */
export interface ResultsMeta {
  roundId: string;
  roundState: string;
  source: "live" | "snapshot";
  snapshotSequence: number | null;
  engineVersion: string;
}

/**
 * The round's summary. `detailFor` = null shows every row in full; a unit id shows that row in
 * full and only name, total and rank of the others (what a unit sees once results are published).
 */
export function toRoundResults(scheme: Scheme, sheets: readonly UnitSheetCore[], meta: ResultsMeta, detailFor: string | null): RoundResults {
  return {
    ...meta,
    schemeCode: scheme.id,
    unitCount: sheets.length,
    categories: scheme.items.map((item) => ({ code: item.code, title: item.title, max: item.max })),
    units: sheets.map((sheet) => {
      const full = detailFor === null || detailFor === sheet.unitId;
      return {
        unitId: sheet.unitId,
        unitName: sheet.unitName,
        unitCode: sheet.unitCode,
        total: sheet.total,
        rank: sheet.rank,
        complete: sheet.complete,
        selfTotal: full ? sheet.selfTotal : null,
        difference: full ? sheet.difference : null,
        missingCount: full ? sheet.missing.length : null,
        subtotals: full ? sheet.items.map((item) => ({ code: item.code, score: item.score, selfScore: item.selfScore })) : null,
      };
    }),
  };
}
