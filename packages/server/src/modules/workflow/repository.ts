/** SQL of the workflow core: what every workflow module shares about rounds and their units. */
import type { Kysely } from "kysely";
import type { Database, FactRow, RoundUnitRow } from "../../db/schema.js";

/** Withdraws every approval of a unit (returned, reopened or withdrawn: all parts start again). */
export async function clearApprovals(db: Kysely<Database>, roundUnitId: string): Promise<void> {
  await db
    .updateTable("item_reviews")
    .set((eb) => ({ approved_by: null, approved_at: null, version: eb("version", "+", 1) }))
    .where("round_unit_id", "=", roundUnitId)
    .where("approved_at", "is not", null)
    .execute();
}

/** The facts row of one item of a round unit from one source. */
export function findFact(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
  source: "self" | "review",
): Promise<FactRow | undefined> {
  return db
    .selectFrom("facts")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "=", itemCode)
    .where("source", "=", source)
    .executeTakeFirst();
}

/** Stores a new facts row. */
export async function insertFact(db: Kysely<Database>, row: FactRow): Promise<void> {
  await db.insertInto("facts").values(row).execute();
}

/** Changes a facts row if it still has `expectedVersion`; returns whether it changed. */
export async function updateFact(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Pick<FactRow, "value" | "reason" | "appeal_id" | "updated_by" | "updated_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("facts")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Removes the `review` facts of an item (the reviewer confirmed the unit's own facts after all). */
export async function deleteReviewFacts(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("facts").where("id", "=", id).where("source", "=", "review").execute();
}

/** The self facts of a round unit by item code. */
export async function selfFactsOf(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Record<string, Record<string, unknown>>> {
  const rows = await db
    .selectFrom("facts")
    .select(["item_code", "value"])
    .where("round_unit_id", "=", roundUnitId)
    .where("source", "=", "self")
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.item_code, JSON.parse(r.value) as Record<string, unknown>]),
  );
}

/**
 * Takes the round unit's row lock when its self-assessment is open (draft or returned), by
 * touching `updated_at`; returns whether it was.
 */
export async function touchOpenRoundUnit(
  db: Kysely<Database>,
  roundUnitId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("round_units")
    .set({ updated_at: now })
    .where("id", "=", roundUnitId)
    .where("status", "in", ["draft", "returned"])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The status columns of a round unit that editability depends on. */
export function findRoundUnitStatus(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Pick<RoundUnitRow, "status" | "reopened"> | undefined> {
  return db
    .selectFrom("round_units")
    .select(["status", "reopened"])
    .where("id", "=", roundUnitId)
    .executeTakeFirst();
}
