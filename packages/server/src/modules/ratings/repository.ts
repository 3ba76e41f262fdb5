/** SQL of 评议 ratings. */
import type { Kysely } from "kysely";
import type { Database, RatingRow } from "../../db/schema.js";

/** One rater's rating of a unit's item. */
export function findRating(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
  raterId: string,
): Promise<RatingRow | undefined> {
  return db
    .selectFrom("ratings")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "=", itemCode)
    .where("rater_id", "=", raterId)
    .executeTakeFirst();
}

/** The group a rater already rates an item in, anywhere in the round (a rater belongs to one group). */
export async function raterGroupInRound(
  db: Kysely<Database>,
  roundId: string,
  itemCode: string,
  raterId: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom("ratings")
    .innerJoin("round_units", "round_units.id", "ratings.round_unit_id")
    .select("ratings.rater_group")
    .where("round_units.round_id", "=", roundId)
    .where("ratings.item_code", "=", itemCode)
    .where("ratings.rater_id", "=", raterId)
    .executeTakeFirst();
  return row === undefined ? undefined : row.rater_group;
}

/** Stores a first rating. */
export async function insertRating(db: Kysely<Database>, row: RatingRow): Promise<void> {
  await db.insertInto("ratings").values(row).execute();
}

/** Changes a rating if it still has `expectedVersion`; returns whether it changed. */
export async function updateRating(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Pick<RatingRow, "value" | "rater_group" | "updated_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("ratings")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
