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
import { WeightedMemo } from "./memo.js";
import {
  summaryRowsOfComputed,
  summaryRowsOfSheets,
  toRoundResults,
  toSheetCores,
  type ResultsMeta,
  type SummaryRow,
} from "./sheets.js";
import { findLatestSnapshotRef, findSnapshot, listSnapshots } from "./repository.js";
import type { SnapshotContent, SnapshotKind } from "./snapshots.js";
import {
  isAtOrAfter,
  isUnitActor,
  requireRound,
  requireRoundUnit,
  type RoundWithScheme,
  schemeOfRound,
} from "../workflow/index.js";

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

/** A snapshot's parsed sheets and summary rows. */
interface FrozenContent {
  sheets: UnitSheetCore[];
  rows: SummaryRow[];
}

/** Parsed snapshots by id (immutable rows, so never stale); at most ~6,000 units' sheets. */
const frozenMemo = new WeightedMemo<FrozenContent>(6000);

/** Builds the results service. */
export function createResultsService(deps: ServiceDeps) {
  const { db } = deps;

  /** The latest snapshot once published (parsed once per snapshot: they never change), else undefined. */
  async function frozen(
    round: RoundWithScheme,
  ): Promise<{ content: FrozenContent; meta: ResultsMeta } | undefined> {
    if (!isAtOrAfter(round, "published")) return undefined;
    const snapshot = await findLatestSnapshotRef(db, round.id);
    if (snapshot === undefined) return undefined;
    let content = frozenMemo.get(snapshot.id);
    if (content === undefined) {
      const row = await findSnapshot(db, round.id, snapshot.sequence);
      const parsed = JSON.parse(row?.results ?? "{}") as SnapshotContent;
      content = { sheets: parsed.sheets, rows: summaryRowsOfSheets(parsed.sheets) };
      frozenMemo.set(snapshot.id, content, Math.max(1, parsed.sheets.length));
    }
    const meta: ResultsMeta = {
      roundId: round.id,
      roundState: round.state,
      source: "snapshot",
      snapshotSequence: snapshot.sequence,
      engineVersion: snapshot.engine_version,
    };
    return { content, meta };
  }

  const liveMeta = (round: RoundWithScheme): ResultsMeta => ({
    roundId: round.id,
    roundState: round.state,
    source: "live",
    snapshotSequence: null,
    engineVersion: ENGINE_VERSION,
  });

  return {
    /** The whole round: totals, ranks, category subtotals, self vs reviewed. */
    async getRoundResults(ctx: RequestContext, roundId: string): Promise<RoundResults> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      requirePublishedForUnits(actor, round);
      const detailFor = isUnitActor(actor) ? (actor.activeRole?.organisationId ?? "") : null;
      const snapshot = await frozen(round);
      if (snapshot !== undefined)
        return toRoundResults(
          schemeOfRound(round),
          snapshot.content.rows,
          snapshot.meta,
          detailFor,
        );
      return toRoundResults(
        schemeOfRound(round),
        summaryRowsOfComputed(await computeRoundResults(db, round)),
        liveMeta(round),
        detailFor,
      );
    },

    /** One unit's score sheet: every item with reviewed score, self score, difference and trace. */
    async getUnitResults(ctx: RequestContext, roundId: string, unitId: string): Promise<UnitSheet> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      await requireRoundUnit(db, actor, round, unitId);
      requirePublishedForUnits(actor, round);
      const snapshot = await frozen(round);
      if (snapshot !== undefined) {
        const sheet = snapshot.content.sheets.find((s) => s.unitId === unitId);
        if (sheet === undefined) throw notFound("被考核单位");
        return { ...sheet, ...snapshot.meta, unitCount: snapshot.content.sheets.length };
      }
      const computed = await computeRoundResults(db, round);
      const [sheet] = toSheetCores({
        scheme: computed.scheme,
        units: computed.units.filter((u) => u.unit.unit_id === unitId),
      });
      if (sheet === undefined) throw notFound("被考核单位");
      return { ...sheet, ...liveMeta(round), unitCount: computed.units.length };
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
        ranking: content.sheets.map((s) => ({
          unitId: s.unitId,
          unitName: s.unitName,
          total: s.total,
          rank: s.rank,
        })),
        sheets: own === undefined ? content.sheets : content.sheets.filter((s) => s.unitId === own),
      };
    },
  };
}

/** The results service. */
export type ResultsService = ReturnType<typeof createResultsService>;
