/** SQL of the audit log: append, read the chain's end, search, and walk the chain in order. */
import { type Kysely, type SelectQueryBuilder } from "kysely";
import type { AuditPendingTable, AuditRow, Database } from "../../db/schema.js";
import { fetchPage, likeText, type PageRequest } from "../../db/pagination.js";
import { prepared } from "../../db/prepared.js";
import type { AuditOutcomes } from "./types.js";

/** The last record's sequence number and hash, if any. */
export async function lastAuditLink(
  trx: Kysely<Database>,
): Promise<{ seq: number; hash: string } | undefined> {
  return (await selectChainEnd(trx, {})).rows[0];
}

// Prepared (docs/decisions/0296): every save appends a record.
const selectChainEnd = prepared((db) =>
  db.selectFrom("audit_log").select(["seq", "hash"]).orderBy("seq", "desc").limit(1),
);
const insertAudit = prepared((db, v: { rows: AuditRow[] }) =>
  db.insertInto("audit_log").values(v.rows),
);
const insertPending = prepared((db, v: { row: AuditPendingTable }) =>
  db.insertInto("audit_pending").values(v.row),
);

/** Appends records (in `seq` order). */
export async function insertAuditRows(trx: Kysely<Database>, rows: AuditRow[]): Promise<void> {
  if (rows.length > 0) await insertAudit(trx, { rows });
}

/** Records a not yet chained record (docs/decisions/0250). */
export async function insertPendingAuditRow(
  trx: Kysely<Database>,
  row: AuditPendingTable,
): Promise<void> {
  await insertPending(trx, { row });
}

/** Whether any committed record waits for the chain (no lock taken). */
export async function hasPendingAuditRows(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("audit_pending").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Removes and returns up to `limit` waiting records, oldest first (call under the chain's lock). */
export async function takePendingAuditRows(
  trx: Kysely<Database>,
  limit: number,
): Promise<AuditPendingTable[]> {
  const rows = await trx
    .deleteFrom("audit_pending")
    .where(
      "id",
      "in",
      trx.selectFrom("audit_pending").select("id").orderBy("id", "asc").limit(limit),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// Prepared (named on PostgreSQL, decision 0307): every chaining run sends it.
const takeWithChainEnd = prepared((db, v: { limit: number }) =>
  db
    .with("taken", (q) =>
      q
        .deleteFrom("audit_pending")
        .where(
          "id",
          "in",
          q.selectFrom("audit_pending").select("id").orderBy("id", "asc").limit(v.limit),
        )
        .returningAll(),
    )
    .selectFrom("taken")
    .leftJoin(
      (q) =>
        q
          .selectFrom("audit_log")
          .select(["seq", "hash"])
          .orderBy("seq", "desc")
          .limit(1)
          .as("chain_end"),
      (join) => join.onTrue(),
    )
    .selectAll("taken")
    .select(["chain_end.seq as chain_end_seq", "chain_end.hash as chain_end_hash"]),
);

/**
 * PostgreSQL: removes and returns up to `limit` waiting records, oldest first, with the chain's
 * end, in one statement (call under the chain's lock, taken by an earlier statement so this
 * one's snapshot sees every run committed before it; docs/decisions/0266).
 */
export async function takePendingAuditRowsWithChainEnd(
  trx: Kysely<Database>,
  limit: number,
): Promise<{ pending: AuditPendingTable[]; last: { seq: number; hash: string } | undefined }> {
  const { rows } = await takeWithChainEnd(trx, { limit });
  const first = rows[0];
  const last =
    first?.chain_end_seq === null || first?.chain_end_seq === undefined
      ? undefined
      : { seq: Number(first.chain_end_seq), hash: first.chain_end_hash as string };
  const pending = rows.map(({ chain_end_seq: _seq, chain_end_hash: _hash, ...row }) => row);
  return { pending: pending.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), last };
}

/** Filters of the audit search and export. */
export interface AuditFilters {
  action?: string | undefined;
  actorUsername?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  outcome?: AuditOutcomes | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function filtered(
  db: Kysely<Database>,
  filters: AuditFilters,
): SelectQueryBuilder<Database, "audit_log", AuditRow> {
  let query = db.selectFrom("audit_log").selectAll();
  // An action filter ending in "." matches the whole module ("auth." → every auth event).
  if (filters.action !== undefined) {
    query = filters.action.endsWith(".")
      ? query.where(likeText("action", filters.action, "startsWith"))
      : query.where("action", "=", filters.action);
  }
  if (filters.actorUsername !== undefined)
    query = query.where("actor_username", "=", filters.actorUsername);
  if (filters.objectType !== undefined) query = query.where("object_type", "=", filters.objectType);
  if (filters.objectId !== undefined) query = query.where("object_id", "=", filters.objectId);
  if (filters.outcome !== undefined) query = query.where("outcome", "=", filters.outcome);
  if (filters.from !== undefined)
    query = query.where("occurred_at", ">=", new Date(filters.from).toISOString());
  if (filters.to !== undefined)
    query = query.where("occurred_at", "<", new Date(filters.to).toISOString());
  return query;
}

/** One page of records matching the filters. */
export function searchAuditRows(db: Kysely<Database>, filters: AuditFilters, page: PageRequest) {
  return fetchPage(filtered(db, filters), page, { seq: "seq", occurredAt: "occurred_at" }, "seq");
}

/** Records matching the filters in order, at most `limit`. */
export function listAuditRows(
  db: Kysely<Database>,
  filters: AuditFilters,
  limit: number,
): Promise<AuditRow[]> {
  return filtered(db, filters).orderBy("seq", "asc").limit(limit).execute();
}

/** Walks the whole log in `seq` order in batches. */
export async function* walkAuditLog(
  db: Kysely<Database>,
  batchSize = 1000,
): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">", after)
      .orderBy("seq", "asc")
      .limit(batchSize)
      .execute();
    for (const row of rows) yield row;
    const last = rows.at(-1);
    if (last === undefined || rows.length < batchSize) return;
    after = last.seq;
  }
}
