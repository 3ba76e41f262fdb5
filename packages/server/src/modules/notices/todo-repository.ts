/** SQL of the bell's to-dos (decision 0213): counts over rounds the caller reaches. */
import type { Kysely } from "kysely";
import { likeText } from "../../db/pagination.js";
import type { Database } from "../../db/schema.js";

/** Rounds in `states` whose assessing organisation lies in the subtree at `path`. */
export function listSubtreeRounds(db: Kysely<Database>, path: string, states: readonly string[]) {
  return db
    .selectFrom("rounds")
    .innerJoin("organisations", "organisations.id", "rounds.assessing_organisation_id")
    .selectAll("rounds")
    .where(likeText("organisations.path", path, "startsWith"))
    .where("rounds.state", "in", states)
    .orderBy("rounds.created_at")
    .limit(50)
    .execute();
}

/** A unit's round units in rounds in `states`, with their rounds. */
export function listOwnRoundUnits(db: Kysely<Database>, unitId: string, states: readonly string[]) {
  return db
    .selectFrom("round_units")
    .innerJoin("rounds", "rounds.id", "round_units.round_id")
    .selectAll("round_units")
    .select([
      "rounds.title as round_title",
      "rounds.state as round_state",
      "rounds.self_assessment_deadline as round_deadline",
    ])
    .where("round_units.unit_id", "=", unitId)
    .where("rounds.state", "in", states)
    .orderBy("rounds.created_at")
    .limit(50)
    .execute();
}

/** Per round: submitted units whose items the reviewer has not approved any of. */
export async function countUnitsToReview(
  db: Kysely<Database>,
  roundIds: readonly string[],
  reviewerId: string,
): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("round_units")
    .select(["round_units.round_id", "round_units.id"])
    .where("round_units.round_id", "in", roundIds)
    .where("round_units.status", "=", "submitted")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("item_reviews")
            .select("item_reviews.id")
            .whereRef("item_reviews.round_unit_id", "=", "round_units.id")
            .where("item_reviews.approved_by", "=", reviewerId),
        ),
      ),
    )
    .execute();
  return countBy(rows.map((r) => r.round_id));
}

/** Per round: units the rater has not rated at all yet. */
export async function countUnitsToRate(
  db: Kysely<Database>,
  roundIds: readonly string[],
  raterId: string,
): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("round_units")
    .select(["round_units.round_id", "round_units.id"])
    .where("round_units.round_id", "in", roundIds)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("ratings")
            .select("ratings.id")
            .whereRef("ratings.round_unit_id", "=", "round_units.id")
            .where("ratings.rater_id", "=", raterId),
        ),
      ),
    )
    .execute();
  return countBy(rows.map((r) => r.round_id));
}

/** Per round: appeals waiting for an answer. */
export async function countOpenAppeals(
  db: Kysely<Database>,
  roundIds: readonly string[],
): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("appeals")
    .innerJoin("round_units", "round_units.id", "appeals.round_unit_id")
    .select(["round_units.round_id", "appeals.id"])
    .where("round_units.round_id", "in", roundIds)
    .where("appeals.state", "=", "submitted")
    .execute();
  return countBy(rows.map((r) => r.round_id));
}

/** Per round: units that have not submitted (draft or returned). */
export async function countUnitsNotSubmitted(
  db: Kysely<Database>,
  roundIds: readonly string[],
): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("round_units")
    .select(["round_units.round_id", "round_units.id"])
    .where("round_units.round_id", "in", roundIds)
    .where("round_units.status", "in", ["draft", "returned"])
    .execute();
  return countBy(rows.map((r) => r.round_id));
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
