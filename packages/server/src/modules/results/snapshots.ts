/**
 * Result snapshots (结果快照): the round's score sheets frozen as JSON with their SHA-256, the
 * engine version and the scheme version. The table is append-only (trigger), so a published
 * ranking never changes silently; later changes add a snapshot with the next sequence.
 */
import { createHash, randomUUID } from "node:crypto";
import { ENGINE_VERSION } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { snapshotKinds, UnitSheetCore } from "../../contract/results.js";
import type { Database } from "../../db/schema.js";
import type { RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { computeRoundResults } from "./compute.js";
import { findLatestSnapshotRef, insertSnapshot } from "./repository.js";
import { toSheetCores } from "./sheets.js";
import { type RoundWithScheme } from "../workflow/index.js";

/** A snapshot kind. */
export type SnapshotKind = (typeof snapshotKinds)[number];

/** What a snapshot's `results` JSON holds. */
export interface SnapshotContent {
  schemeCode: string;
  engineVersion: string;
  sheets: UnitSheetCore[];
}

/** SHA-256 (hex) of a snapshot's JSON text. */
export function sha256Of(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The current results of a round as snapshot JSON. */
export async function currentContent(
  trx: Kysely<Database>,
  round: RoundWithScheme,
): Promise<{ json: string; sha256: string }> {
  const computed = await computeRoundResults(trx, round);
  const content: SnapshotContent = {
    schemeCode: computed.scheme.id,
    engineVersion: ENGINE_VERSION,
    sheets: toSheetCores(computed),
  };
  const json = JSON.stringify(content);
  return { json, sha256: sha256Of(json) };
}

/**
 * Freezes the round's current results as the next snapshot, inside the caller's transaction,
 * and records `results.snapshot`. With `onlyIfChanged`, nothing is written when the results
 * equal the latest snapshot's. Returns the new sequence, or null when nothing was written.
 */
export async function freezeSnapshot(
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, "clock" | "audit">,
  ctx: RequestContext,
  round: RoundWithScheme,
  input: { kind: SnapshotKind; reason: string; onlyIfChanged?: boolean },
): Promise<number | null> {
  const { json, sha256 } = await currentContent(trx, round);
  const latest = await findLatestSnapshotRef(trx, round.id);
  if (input.onlyIfChanged === true && latest?.results_sha256 === sha256) return null;
  const sequence = (latest?.sequence ?? 0) + 1;
  const id = randomUUID();
  await insertSnapshot(trx, {
    id,
    round_id: round.id,
    sequence,
    kind: input.kind,
    engine_version: ENGINE_VERSION,
    scheme_version_id: round.scheme_version_id,
    results: json,
    results_sha256: sha256,
    reason: input.reason,
    created_by: ctx.actor?.userId ?? null,
    created_at: deps.clock().toISOString(),
  });
  await deps.audit(trx, {
    ctx,
    action: "results.snapshot",
    object: { type: "result_snapshot", id },
    after: {
      roundId: round.id,
      sequence,
      kind: input.kind,
      resultsSha256: sha256,
      engineVersion: ENGINE_VERSION,
    },
    detail: { reason: input.reason },
  });
  return sequence;
}
