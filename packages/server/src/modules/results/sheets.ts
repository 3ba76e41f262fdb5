/**
 * Results → API shapes: a unit's score sheet (every item with reviewed score, self score,
 * difference and trace) and the round's summary (totals, ranks, category subtotals). The same
 * functions present live results and frozen snapshots, so both read alike.
 */
import { parseDecimal, type ItemResult, type Scheme } from "@kaoping/engine";
import type { ItemScore, RoundResults, UnitSheetCore } from "../../contract/results.js";
import type { ComputedRound } from "./compute.js";

/** Each top-level item's average score over every unit that has one, to two decimals. */
function categoryAverages(scheme: Scheme, rows: readonly SummaryRow[]): RoundResults["averages"] {
  return scheme.items.map((item) => {
    const scores = rows
      .map((row) => row.subtotals.find((s) => s.code === item.code)?.score ?? null)
      .map((score) => (score === null ? undefined : parseDecimal(score)))
      .filter((score) => score !== undefined);
    if (scores.length === 0) return { code: item.code, average: null };
    const sum = scores.reduce((a, b) => a.plus(b));
    return { code: item.code, average: sum.dividedBy(scores.length).toFixed(2) };
  });
}

/** reviewed − self as a canonical decimal string, or null when either is missing. */
export function differenceOf(score: string | null, selfScore: string | null): string | null {
  if (score === null || selfScore === null) return null;
  const a = parseDecimal(score);
  const b = parseDecimal(selfScore);
  return a === undefined || b === undefined ? null : a.minus(b).toFixed();
}

function selfScoresOf(
  items: readonly ItemResult[],
  out = new Map<string, string | null>(),
): Map<string, string | null> {
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
      ...(result.adjustments === undefined ? {} : { adjustments: result.adjustments }),
      ...(result.marks === undefined ? {} : { marks: result.marks }),
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

/** One unit's line of the round summary, before it is shown to someone. */
export interface SummaryRow {
  unitId: string;
  unitName: string;
  unitCode: string;
  total: string;
  rank: number;
  complete: boolean;
  selfTotal: string;
  difference: string;
  missingCount: number;
  subtotals: { code: string; score: string | null; selfScore: string | null }[];
}

/** Summary rows straight from computed results (no item trees built: fast for 1,500 units). */
export function summaryRowsOfComputed(computed: ComputedRound): SummaryRow[] {
  return computed.units.map(({ unit, result, self }) => {
    const selfTop = new Map(self.items.map((item) => [item.code, item.score]));
    return {
      unitId: unit.unit_id,
      unitName: unit.unit_name,
      unitCode: unit.unit_code,
      total: result.total,
      rank: result.rank,
      complete: result.complete,
      selfTotal: self.total,
      difference: differenceOf(result.total, self.total) ?? "0",
      missingCount: result.missing.length,
      subtotals: result.items.map((item) => ({
        code: item.code,
        score: item.score,
        selfScore: selfTop.get(item.code) ?? null,
      })),
    };
  });
}

/** Summary rows of frozen score sheets. */
export function summaryRowsOfSheets(sheets: readonly UnitSheetCore[]): SummaryRow[] {
  return sheets.map((sheet) => ({
    unitId: sheet.unitId,
    unitName: sheet.unitName,
    unitCode: sheet.unitCode,
    total: sheet.total,
    rank: sheet.rank,
    complete: sheet.complete,
    selfTotal: sheet.selfTotal,
    difference: sheet.difference,
    missingCount: sheet.missing.length,
    subtotals: sheet.items.map((item) => ({
      code: item.code,
      score: item.score,
      selfScore: item.selfScore,
    })),
  }));
}

/**
 * The round's summary. `detailFor` = null shows every row in full; a unit id shows that row in
 * full and only name, total and rank of the others (what a unit sees once results are published).
 */
export function toRoundResults(
  scheme: Scheme,
  rows: readonly SummaryRow[],
  meta: ResultsMeta,
  detailFor: string | null,
): RoundResults {
  return {
    ...meta,
    schemeCode: scheme.id,
    schemeTitle: scheme.title,
    unitCount: rows.length,
    categories: scheme.items.map((item) => ({ code: item.code, title: item.title, max: item.max })),
    averages: categoryAverages(scheme, rows),
    units: rows.map((row) => {
      const full = detailFor === null || detailFor === row.unitId;
      return {
        unitId: row.unitId,
        unitName: row.unitName,
        unitCode: row.unitCode,
        total: row.total,
        rank: row.rank,
        complete: row.complete,
        selfTotal: full ? row.selfTotal : null,
        difference: full ? row.difference : null,
        missingCount: full ? row.missingCount : null,
        subtotals: full ? row.subtotals : null,
        canOpen: full,
      };
    }),
  };
}
