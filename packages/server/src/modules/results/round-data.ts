/**
 * SQL shared by review, ratings, results, appeals and history: a round with its scheme version
 * and assessing organisation, its units, and all facts and ratings of a round in one query each
 * (results for 1,500 units never query per unit).
 */
import type { Kysely } from "kysely";
import type { Database, FactRow, RatingRow, RoundRow, RoundUnitRow } from "../../db/schema.js";

/** A round with what access checks and scoring need. */
export type RoundWithScheme = RoundRow & {
  organisation_path: string;
  scheme_document: string;
  scheme_id: string;
  scheme_lineage: string;
};

/** A round unit with its organisation's name, code and path. */
export type RoundUnitWithName = RoundUnitRow & {
  unit_name: string;
  unit_code: string;
  unit_path: string;
};

/** One round by id, with its scheme version document. */
export function findRoundWithScheme(
  db: Kysely<Database>,
  roundId: string,
): Promise<RoundWithScheme | undefined> {
  return db
    .selectFrom("rounds")
    .innerJoin("organisations", "organisations.id", "rounds.assessing_organisation_id")
    .innerJoin("scheme_versions", "scheme_versions.id", "rounds.scheme_version_id")
    .innerJoin("schemes", "schemes.id", "scheme_versions.scheme_id")
    .selectAll("rounds")
    .select([
      "organisations.path as organisation_path",
      "scheme_versions.document as scheme_document",
      "schemes.id as scheme_id",
      "schemes.lineage as scheme_lineage",
    ])
    .where("rounds.id", "=", roundId)
    .executeTakeFirst();
}

function roundUnitsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom("round_units")
    .innerJoin("organisations", "organisations.id", "round_units.unit_id")
    .selectAll("round_units")
    .select([
      "organisations.name as unit_name",
      "organisations.code as unit_code",
      "organisations.path as unit_path",
    ]);
}

/** The units of a round, in organisation code order. */
export function listRoundUnits(
  db: Kysely<Database>,
  roundId: string,
): Promise<RoundUnitWithName[]> {
  return roundUnitsWithNames(db)
    .where("round_units.round_id", "=", roundId)
    .orderBy("organisations.code")
    .orderBy("round_units.id")
    .execute();
}

/** One unit of a round, by the unit's organisation id. */
export function findRoundUnit(
  db: Kysely<Database>,
  roundId: string,
  unitId: string,
): Promise<RoundUnitWithName | undefined> {
  return roundUnitsWithNames(db)
    .where("round_units.round_id", "=", roundId)
    .where("round_units.unit_id", "=", unitId)
    .executeTakeFirst();
}

/** The columns of a facts row that scoring needs. */
export type FactValueRow = Pick<FactRow, "round_unit_id" | "item_code" | "source" | "value">;

/** Every facts row (self and review) of a round's units — only the columns scoring needs (40,000 rows at province scale). */
export function listRoundFacts(db: Kysely<Database>, roundId: string): Promise<FactValueRow[]> {
  // `in (subquery)` rather than a join: SQLite then walks the facts index in key order, so the
  // stable order the inputs' digest (./memo.ts) needs costs no sort.
  return db
    .selectFrom("facts")
    .select(["round_unit_id", "item_code", "source", "value"])
    .where(
      "round_unit_id",
      "in",
      db.selectFrom("round_units").select("id").where("round_id", "=", roundId),
    )
    .orderBy("round_unit_id")
    .orderBy("item_code")
    .orderBy("source")
    .execute();
}

/** Every rating of a round's units, oldest first. */
export function listRoundRatings(db: Kysely<Database>, roundId: string): Promise<RatingRow[]> {
  return db
    .selectFrom("ratings")
    .innerJoin("round_units", "round_units.id", "ratings.round_unit_id")
    .selectAll("ratings")
    .where("round_units.round_id", "=", roundId)
    .orderBy("ratings.created_at")
    .orderBy("ratings.id")
    .execute();
}

/** The facts rows of one round unit. */
export function listUnitFacts(db: Kysely<Database>, roundUnitId: string): Promise<FactRow[]> {
  return db.selectFrom("facts").selectAll().where("round_unit_id", "=", roundUnitId).execute();
}

/** Changes a round unit's status if it still has `expectedVersion`; returns whether it changed. */
export async function updateRoundUnitStatus(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Partial<
    Pick<
      RoundUnitRow,
      "status" | "returned_at" | "returned_by" | "accepted_at" | "accepted_by" | "updated_at"
    >
  >,
): Promise<boolean> {
  const result = await db
    .updateTable("round_units")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
