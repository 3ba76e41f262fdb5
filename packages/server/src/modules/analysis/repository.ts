/** SQL of the analysis module: the previous round of a round's scheme lineage. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/**
 * The round of the same assessing organisation and scheme lineage just before this one (an
 * earlier year, or the same year created earlier) whose results were published (公示 or later:
 * results that counted); undefined when there is none.
 */
export async function findPreviousRoundId(
  db: Kysely<Database>,
  round: {
    id: string;
    year: number;
    created_at: string;
    assessing_organisation_id: string;
    scheme_lineage: string;
  },
): Promise<string | undefined> {
  const row = await db
    .selectFrom("rounds")
    .innerJoin("scheme_versions", "scheme_versions.id", "rounds.scheme_version_id")
    .innerJoin("schemes", "schemes.id", "scheme_versions.scheme_id")
    .select("rounds.id")
    .where("schemes.lineage", "=", round.scheme_lineage)
    .where("rounds.assessing_organisation_id", "=", round.assessing_organisation_id)
    .where("rounds.id", "!=", round.id)
    .where("rounds.state", "in", ["published", "appeals", "final"])
    .where((eb) =>
      eb.or([
        eb("rounds.year", "<", round.year),
        eb.and([
          eb("rounds.year", "=", round.year),
          eb("rounds.created_at", "<", round.created_at),
        ]),
      ]),
    )
    .orderBy("rounds.year", "desc")
    .orderBy("rounds.created_at", "desc")
    .orderBy("rounds.id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
