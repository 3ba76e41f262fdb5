/**
 * SQL of 进度 (round progress): the units' own facts, the item decisions and the raters' counts
 * of one round, one query each. Rating values are never selected here.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Every unit's own (自评) facts of a round, with when each item was last saved. */
export function listSelfFacts(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("facts")
    .innerJoin("round_units", "round_units.id", "facts.round_unit_id")
    .select(["facts.round_unit_id", "facts.item_code", "facts.value", "facts.updated_at"])
    .where("round_units.round_id", "=", roundId)
    .where("facts.source", "=", "self")
    .execute();
}

/** The item decisions of a round's units: status and whether approved (decision 0130). */
export function listItemDecisions(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("item_reviews")
    .innerJoin("round_units", "round_units.id", "item_reviews.round_unit_id")
    .select([
      "item_reviews.round_unit_id",
      "item_reviews.item_code",
      "item_reviews.status",
      "item_reviews.approved_at",
    ])
    .where("round_units.round_id", "=", roundId)
    .execute();
}

/** How many ratings each rater gave in a round — a count per rater, no value read. */
export function countRatingsByRater(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom("ratings")
    .innerJoin("round_units", "round_units.id", "ratings.round_unit_id")
    .innerJoin("users", "users.id", "ratings.rater_id")
    .select(({ fn }) => [
      "ratings.rater_id",
      "users.display_name",
      fn.countAll<number | string>().as("given"),
    ])
    .where("round_units.round_id", "=", roundId)
    .groupBy(["ratings.rater_id", "users.display_name"])
    .execute();
}

/** Active raters and the tree path of their organisation (a rater reaches rounds in his subtree). */
export function listActiveRaters(db: Kysely<Database>) {
  return db
    .selectFrom("role_assignments")
    .innerJoin("users", "users.id", "role_assignments.user_id")
    .innerJoin("organisations", "organisations.id", "role_assignments.organisation_id")
    .select(["users.id as user_id", "users.display_name", "organisations.path"])
    .where("role_assignments.role", "=", "rater")
    .where("users.status", "=", "active")
    .orderBy("users.display_name")
    .execute();
}
