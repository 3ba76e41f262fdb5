/**
 * The one write path for facts rows, whatever the source: the unit's form and its facts import
 * (`self`), a reviewer's correction, the review import and an upheld appeal (`review`). Every
 * writer calls it inside its transaction after taking its step's lock (self writes:
 * `lockEditable`), and every write is versioned: it replaces the row at the version the writer
 * saw, or — for writers without a version of their own (imports, appeals) — at the version read
 * here, inside the transaction, so nothing read before the transaction is ever written back.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, FactRow } from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import {
  deleteReviewFacts,
  findFact,
  insertFact,
  updateFact,
  updateFactAtExpectedVersion,
} from "./facts-repository.js";

/** One facts write. */
export interface FactsWrite {
  roundUnitId: string;
  itemCode: string;
  source: "self" | "review";
  facts: Record<string, unknown>;
  /** Why a reviewer or an appeal changed the unit's facts (review rows only). */
  reason?: string | null;
  appealId?: string | null;
  userId: string;
  now: string;
  /** The version the writer saw (0: no row yet); omitted: the row as it is now. */
  expectedVersion?: number;
}

/** Writes one item's facts from one source; returns the row before (if any) and after. 409 when another write came first. */
export async function writeFacts(
  trx: Kysely<Database>,
  write: FactsWrite,
): Promise<{ before: FactRow | undefined; row: FactRow }> {
  const fields = {
    value: JSON.stringify(write.facts),
    reason: write.reason ?? null,
    appeal_id: write.appealId ?? null,
    updated_by: write.userId,
    updated_at: write.now,
  };
  // The common save: a version the writer saw; read and update in one go (one statement on
  // PostgreSQL, docs/decisions/0296).
  if (write.expectedVersion !== undefined && write.expectedVersion > 0) {
    const key = { roundUnitId: write.roundUnitId, itemCode: write.itemCode, source: write.source };
    const { before, changed } = await updateFactAtExpectedVersion(
      trx,
      key,
      write.expectedVersion,
      fields,
    );
    await assertVersionedUpdate(changed, async () => before !== undefined, "评分项数据");
    return {
      before,
      row: { ...(before as FactRow), ...fields, version: write.expectedVersion + 1 },
    };
  }
  const before = await findFact(trx, write.roundUnitId, write.itemCode, write.source);
  const expected = write.expectedVersion ?? before?.version ?? 0;
  if (expected === 0) {
    if (before !== undefined) await assertVersionedUpdate(false, async () => true, "评分项数据");
    const row: FactRow = {
      id: randomUUID(),
      round_unit_id: write.roundUnitId,
      item_code: write.itemCode,
      source: write.source,
      ...fields,
      version: 1,
    };
    await insertFact(trx, row);
    return { before, row };
  }
  const changed = before !== undefined && (await updateFact(trx, before.id, expected, fields));
  await assertVersionedUpdate(changed, async () => before !== undefined, "评分项数据");
  return { before, row: { ...(before as FactRow), ...fields, version: expected + 1 } };
}

/** Removes an item's review facts (the reviewer confirmed the unit's own after all); returns the row removed. */
export async function removeReviewFacts(
  trx: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
): Promise<FactRow | undefined> {
  const before = await findFact(trx, roundUnitId, itemCode, "review");
  if (before !== undefined) await deleteReviewFacts(trx, before.id);
  return before;
}
