/**
 * Results (考核结果): the whole round and one unit's score sheet, and the frozen snapshots.
 * Before publication results are computed live from effective facts (assessing organisation
 * only); from publication on they are read from the latest snapshot, and units see their own
 * sheet and the ranking — never another unit's details, never anything before publication.
 */
import { ENGINE_VERSION } from "@kaoping/engine";
import type { RoundResults, UnitSheet, UnitSheetCore } from "../../contract/results.js";
import type { ResultSnapshotRow } from "../../db/schema.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type Actor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { computeRoundResults } from "./compute.js";
import { isAtOrAfter, isUnitActor, requireRound, requireRoundUnit, schemeOfRound } from "./round-access.js";
import type { RoundWithScheme } from "./round-data.js";
import { toRoundResults, toSheetCores, type ResultsMeta } from "./sheets.js";
import { findSnapshot, latestSnapshot, listSnapshots, type SnapshotContent, type SnapshotKind } from "./snapshots.js";

function requirePublishedForUnits(actor: Actor, round: RoundWithScheme): void {
  if (isUnitActor(actor) && !isAtOrAfter(round, "published")) {
    throw new AppError("CONFLICT", "考核结果尚未公示，公示后才能查看得分和排名。");
  }
}

function toSnapshotSummary(row: Omit<ResultSnapshotRow, "results">) {
  return {
    sequence: row.sequence,
    kind: row.kind as SnapshotKind,
    engineVersion: row.engine_version,
    schemeVersionId: row.scheme_version_id,
    resultsSha256: row.results_sha256,
    reason: row.reason,
    createdAt: row.created_at,
  };
}

/** Builds the results service. */
export function createResultsService(deps: ServiceDeps) {
  const { db } = deps;

  /** The round's sheets: the latest snapshot once published, else computed now. */
  async function sheetsOf(round: RoundWithScheme): Promise<{ sheets: UnitSheetCore[]; meta: ResultsMeta }> {
    const base = { roundId: round.id, roundState: round.state };
    if (isAtOrAfter(round, "published")) {
      const snapshot = await latestSnapshot(db, round.id);
      if (snapshot !== undefined) {
        const content = JSON.parse(snapshot.results) as SnapshotContent;
        return { sheets: content.sheets, meta: { ...base, source: "snapshot", snapshotSequence: snapshot.sequence, engineVersion: snapshot.engine_version } };
      }
    }
    const computed = await computeRoundResults(db, round);
    return { sheets: toSheetCores(computed), meta: { ...base, source: "live", snapshotSequence: null, engineVersion: ENGINE_VERSION } };
  }

  return {
    /** The whole round: totals, ranks, category subtotals, self vs reviewed. */
    async roundResults(ctx: RequestContext, roundId: string): Promise<RoundResults> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      requirePublishedForUnits(actor, round);
      const { sheets, meta } = await sheetsOf(round);
      return toRoundResults(schemeOfRound(round), sheets, meta, isUnitActor(actor) ? (actor.activeRole?.organisationId ?? "") : null);
    },

    /** One unit's score sheet: every item with reviewed score, self score, difference and trace. */
    async unitResults(ctx: RequestContext, roundId: string, unitId: string): Promise<UnitSheet> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      await requireRoundUnit(db, actor, round, unitId);
      requirePublishedForUnits(actor, round);
      const { sheets, meta } = await sheetsOf(round);
      const sheet = sheets.find((s) => s.unitId === unitId);
      if (sheet === undefined) throw notFound("被考核单位");
      return { ...sheet, ...meta, unitCount: sheets.length };
    },

    /** The round's snapshots, oldest first. */
    async listSnapshots(ctx: RequestContext, roundId: string) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      requirePublishedForUnits(actor, round);
      return (await listSnapshots(db, round.id)).map(toSnapshotSummary);
    },

    /** One snapshot exactly as frozen; a unit sees its own sheet and the ranking. */
    async getSnapshot(ctx: RequestContext, roundId: string, sequence: number) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      requirePublishedForUnits(actor, round);
      const row = await findSnapshot(db, round.id, sequence);
      if (row === undefined) throw notFound("结果快照");
      const content = JSON.parse(row.results) as SnapshotContent;
      const own = isUnitActor(actor) ? actor.activeRole?.organisationId : undefined;
      return {
        ...toSnapshotSummary(row),
        ranking: content.sheets.map((s) => ({ unitId: s.unitId, unitName: s.unitName, total: s.total, rank: s.rank })),
        sheets: own === undefined ? content.sheets : content.sheets.filter((s) => s.unitId === own),
      };
    },
  };
}

/** The results service. */
export type ResultsService = ReturnType<typeof createResultsService>;
