/** SQL of the results module: result snapshots (append-only, migration trigger). */
import type { Kysely } from "kysely";
import type { Database, ResultSnapshotRow } from "../../db/schema.js";

/** The snapshots of a round without their content, oldest first. */
export function listSnapshots(
  db: Kysely<Database>,
  roundId: string,
): Promise<Omit<ResultSnapshotRow, "results">[]> {
  return db
    .selectFrom("result_snapshots")
    .select([
      "id",
      "round_id",
      "sequence",
      "kind",
      "engine_version",
      "scheme_version_id",
      "results_sha256",
      "reason",
      "created_by",
      "created_at",
    ])
    .where("round_id", "=", roundId)
    .orderBy("sequence")
    .execute();
}

/** One snapshot with its content. */
export function findSnapshot(
  db: Kysely<Database>,
  roundId: string,
  sequence: number,
): Promise<ResultSnapshotRow | undefined> {
  return db
    .selectFrom("result_snapshots")
    .selectAll()
    .where("round_id", "=", roundId)
    .where("sequence", "=", sequence)
    .executeTakeFirst();
}

/** The latest snapshot of a round without its content (which callers memoise by id). */
export function findLatestSnapshotRef(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("result_snapshots")
    .select(["id", "sequence", "engine_version", "results_sha256"])
    .where("round_id", "=", roundId)
    .orderBy("sequence", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Stores a snapshot (the table is append-only: rows are never changed or deleted). */
export async function insertSnapshot(db: Kysely<Database>, row: ResultSnapshotRow): Promise<void> {
  await db.insertInto("result_snapshots").values(row).execute();
}
