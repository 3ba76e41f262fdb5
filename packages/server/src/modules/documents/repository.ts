/** SQL of the documents module: a round unit's own (self) facts, the round units' ids, the latest results snapshot. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Round unit ids of a round by the unit's organisation id. */
export async function roundUnitIds(
  db: Kysely<Database>,
  roundId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("round_units")
    .select(["id", "unit_id"])
    .where("round_id", "=", roundId)
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r.id]));
}

/** The results JSON of a round's latest snapshot (the published truth), or undefined before publication. */
export async function latestSnapshotResults(
  db: Kysely<Database>,
  roundId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("result_snapshots")
    .select("results")
    .where("round_id", "=", roundId)
    .orderBy("sequence", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.results;
}
