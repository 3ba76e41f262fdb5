/** SQL of a unit's history: its rounds with their latest snapshot. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** The rounds a unit took part in that have a snapshot, with the latest snapshot's content. */
export function listUnitSnapshots(db: Kysely<Database>, unitId: string) {
  return db
    .selectFrom("round_units")
    .innerJoin("rounds", "rounds.id", "round_units.round_id")
    .innerJoin("scheme_versions", "scheme_versions.id", "rounds.scheme_version_id")
    .innerJoin("schemes", "schemes.id", "scheme_versions.scheme_id")
    .innerJoin("result_snapshots", "result_snapshots.round_id", "rounds.id")
    .select([
      "rounds.id as round_id",
      "rounds.title",
      "rounds.year",
      "rounds.period",
      "rounds.state",
      "schemes.lineage",
      "schemes.code as scheme_code",
      "result_snapshots.sequence",
      "result_snapshots.kind",
      "result_snapshots.results",
    ])
    .where("round_units.unit_id", "=", unitId)
    .where(({ eb, selectFrom }) =>
      eb(
        "result_snapshots.sequence",
        "=",
        selectFrom("result_snapshots as latest")
          .select((e) => e.fn.max("latest.sequence").as("max"))
          .whereRef("latest.round_id", "=", "rounds.id"),
      ),
    )
    .orderBy("rounds.year")
    .orderBy("rounds.created_at")
    .execute();
}
