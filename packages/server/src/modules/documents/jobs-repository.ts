/** SQL of batch document jobs (table document_jobs, migration 0004-multi-process). */
import { sql, type Kysely } from "kysely";
import { isPostgres } from "../../db/dialect.js";
import type { Database, DocumentJobRow } from "../../db/schema.js";

/** A job row without its bytes. */
export type JobStatusRow = Omit<DocumentJobRow, "result">;

const statusColumns = [
  "id",
  "owner_id",
  "round_id",
  "kind",
  "reviewed_early",
  "state",
  "done",
  "total",
  "file_name",
  "error",
  "created_at",
  "heartbeat_at",
  "attempts",
] as const;

/** Jobs of a user still queued or running. */
export async function countUnfinishedJobs(db: Kysely<Database>, ownerId: string): Promise<number> {
  const rows = await db
    .selectFrom("document_jobs")
    .select("id")
    .where("owner_id", "=", ownerId)
    .where("state", "in", ["queued", "running"])
    .execute();
  return rows.length;
}

/** Stores a new job. */
export async function insertJob(db: Kysely<Database>, row: DocumentJobRow): Promise<void> {
  await db.insertInto("document_jobs").values(row).execute();
}

/** A job's state without its bytes. */
export async function findJobStatus(
  db: Kysely<Database>,
  id: string,
): Promise<JobStatusRow | undefined> {
  return db
    .selectFrom("document_jobs")
    .select(statusColumns)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A finished job's bytes. */
export async function findJobResult(db: Kysely<Database>, id: string): Promise<Buffer | null> {
  const row = await db
    .selectFrom("document_jobs")
    .select("result")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.result ?? null;
}

/**
 * Takes the oldest job that is queued, or running with a heartbeat older than `staleBefore` (its
 * process died), for this process; undefined when there is none. PostgreSQL skips rows another
 * process is taking at the same moment; SQLite has one writer at a time anyway.
 */
export async function claimJob(
  db: Kysely<Database>,
  now: string,
  staleBefore: string,
): Promise<JobStatusRow | undefined> {
  const skipLocked = isPostgres(db) ? sql`for update skip locked` : sql``;
  const result = await sql<JobStatusRow>`update document_jobs
      set state = 'running', heartbeat_at = ${now}, attempts = attempts + 1
      where id = (select id from document_jobs
        where state = 'queued' or (state = 'running' and heartbeat_at < ${staleBefore})
        order by created_at limit 1 ${skipLocked})
      returning ${sql.join(statusColumns.map((c) => sql.ref(c)))}`.execute(db);
  return result.rows[0];
}

/** Records progress (and that the process is alive). */
export async function updateJobProgress(
  db: Kysely<Database>,
  id: string,
  change: { done: number; heartbeat_at: string },
): Promise<void> {
  await db
    .updateTable("document_jobs")
    .set(change)
    .where("id", "=", id)
    .where("state", "=", "running")
    .execute();
}

/** Ends a job: its bytes, or why it failed. */
export async function finishJob(
  db: Kysely<Database>,
  id: string,
  end: { state: "done"; done: number; result: Buffer } | { state: "failed"; error: string },
): Promise<void> {
  await db.updateTable("document_jobs").set(end).where("id", "=", id).execute();
}

/** Removes jobs created before `before`. */
export async function deleteJobsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom("document_jobs").where("created_at", "<", before).execute();
}
