/**
 * A unit's save of one item's facts (its form, `self`): the round unit's lock while its
 * self-assessment is open, the fact written against the version the unit saw, and its audit
 * record — all in one transaction, so a save never lands after a concurrent submission and is
 * never acknowledged without its record. The one place that decides what a save did.
 *
 * PostgreSQL with the audit chainer (decision 0327): the three run as one statement, its own
 * implicit transaction — one round trip where BEGIN, lock, write, record and COMMIT took five.
 * The row written over was read with the round and unit (`requireRoundUnitAndFact`); the update
 * names that row's id and version, so it changes the row only while it is that row at that
 * version, whose content is the one read (every facts write bumps the version; a row removed
 * and written again has a new id) — so the record's "before" is exactly what was replaced.
 * Elsewhere (SQLite, a first save, a test's audit writer), the same steps as statements of a
 * transaction through the one facts write path (./facts.ts).
 */
import type { CompiledQuery, Kysely, QueryResult } from "kysely";
import type { AuditPendingTable, Database, FactRow, RoundRow } from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { isPostgres } from "../../db/dialect.js";
import { lockEditable, refuseLock } from "./editability.js";
import { writeFacts } from "./facts.js";
import { runPipelined } from "../../db/pipeline.js";
import { lockWriteAndRecordOutcome, lockWriteAndRecordQuery } from "./facts-save-repository.js";

/**
 * What the save needs of the audit writer (modules/audit's `AuditWriter` is one; the workflow
 * core does not import the audit module, which sits above it).
 */
type AuditRecorder<E> = ((trx: Kysely<Database>, entry: E) => Promise<void>) & {
  pendingRecord?: (
    db: Kysely<Database>,
    entry: E,
  ) => { row: AuditPendingTable; written: () => void } | undefined;
};

/** One facts save of a unit. */
interface SelfFactsSave<E> {
  round: Pick<RoundRow, "state" | "self_assessment_deadline">;
  roundUnitId: string;
  itemCode: string;
  facts: Record<string, unknown>;
  userId: string;
  now: Date;
  /** The version the unit saw (0: no row yet). */
  expectedVersion: number;
  /** The unit's row of the item as read before the save (undefined: none). */
  seen: FactRow | undefined;
  /** The audit entry of the save, given the row before and the row written. */
  entry: (before: FactRow | undefined, row: FactRow) => E;
}

/**
 * Saves a unit's facts of one item; returns the row written and the result of `after`, a read run
 * once the save has committed (PostgreSQL: sent right behind the save's statement on its
 * connection, decision 0344). 409 / 404 as the write path answers.
 */
export async function saveSelfFacts<E, R>(
  db: Kysely<Database>,
  audit: AuditRecorder<E>,
  save: SelfFactsSave<E>,
  after: CompiledQuery<R>,
): Promise<{ row: FactRow; after: QueryResult<R> }> {
  const now = save.now.toISOString();
  const patch = {
    value: JSON.stringify(save.facts),
    reason: null,
    appeal_id: null,
    updated_by: save.userId,
    updated_at: now,
  };
  const { seen } = save;
  const version = save.expectedVersion + 1;
  const row = seen === undefined ? undefined : { ...seen, ...patch, version };
  const pending =
    row !== undefined && save.expectedVersion > 0 && isPostgres(db)
      ? audit.pendingRecord?.(db, save.entry(seen, row))
      : undefined;
  if (row !== undefined && pending !== undefined) {
    const statement = lockWriteAndRecordQuery(db, {
      roundUnitId: save.roundUnitId,
      now,
      itemCode: save.itemCode,
      id: row.id,
      expectedVersion: save.expectedVersion,
      version,
      patch,
      record: pending.row,
    });
    const [result, read] = await runPipelined(db, [statement, after]);
    const done = lockWriteAndRecordOutcome(result);
    if (!done.locked) return refuseLock(db, save.round, save.roundUnitId, save.now);
    await assertVersionedUpdate(done.changed, async () => done.present, "评分项数据");
    pending.written();
    return { row, after: read };
  }
  const written = await db.transaction().execute(async (trx) => {
    await lockEditable(trx, save.round, save.roundUnitId, save.now);
    const written = await writeFacts(trx, {
      roundUnitId: save.roundUnitId,
      itemCode: save.itemCode,
      source: "self",
      facts: save.facts,
      userId: save.userId,
      now,
      expectedVersion: save.expectedVersion,
    });
    await audit(trx, save.entry(written.before, written.row));
    return written.row;
  });
  return { row: written, after: await db.executeQuery(after) };
}
