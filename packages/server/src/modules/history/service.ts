/**
 * History (历年结果): a unit's results across rounds and years, grouped by scheme lineage (a
 * template and every scheme cloned from it share one), read from each round's latest snapshot —
 * so only published results appear, exactly as published or corrected on appeal.
 */
import type { z } from "zod";
import type { unitHistorySchema } from "../../contract/results.js";
import type { SnapshotKind } from "../results/snapshots.js";
import type { SnapshotContent } from "../results/snapshots.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { requireReachableOrganisation } from "../organisations/index.js";
import { listUnitSnapshots } from "./repository.js";

type History = z.infer<typeof unitHistorySchema>;

/** Builds the history service. */
export function createHistoryService(deps: ServiceDeps) {
  const { db } = deps;
  return {
    /** A unit's published results across rounds, oldest first within each lineage. */
    async getUnitHistory(ctx: RequestContext, unitId: string): Promise<History> {
      const actor = requireActor(ctx);
      const unit = await requireReachableOrganisation(db, actor, unitId, "单位");
      const lineages = new Map<string, History["lineages"][number]["rounds"]>();
      for (const row of await listUnitSnapshots(db, unitId)) {
        const sheet = (JSON.parse(row.results) as SnapshotContent).sheets;
        const own = sheet.find((s) => s.unitId === unitId);
        if (own === undefined) continue;
        const rounds = lineages.get(row.lineage) ?? [];
        lineages.set(row.lineage, rounds);
        rounds.push({
          roundId: row.round_id,
          title: row.title,
          year: row.year,
          period: row.period,
          roundState: row.state,
          schemeCode: row.scheme_code,
          snapshotSequence: row.sequence,
          snapshotKind: row.kind as SnapshotKind,
          total: own.total,
          rank: own.rank,
          unitCount: sheet.length,
          subtotals: own.items.map((item) => ({
            code: item.code,
            score: item.score,
            selfScore: item.selfScore,
          })),
        });
      }
      return {
        unitId: unit.id,
        unitName: unit.name,
        lineages: [...lineages].map(([lineage, rounds]) => ({ lineage, rounds })),
      };
    },
  };
}

/** The history service. */
export type HistoryService = ReturnType<typeof createHistoryService>;
