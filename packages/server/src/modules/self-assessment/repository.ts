/** SQL of the self-assessment: facts rows, narratives, the unit's review comments and evidence counts. */
import { sql, type Kysely } from "kysely";
import { toCount } from "../../db/dialect.js";
import type { Database, FactRow, NarrativeRow } from "../../db/schema.js";

/** The columns of a facts row the round context needs (only these are read: fewer bytes per row). */
export type CrossUnitFactRow = Pick<
  FactRow,
  "id" | "round_unit_id" | "item_code" | "source" | "value"
>;

/** The facts rows (self and review) of some items of every unit of a round — one query. */
export function listRoundFactRows(
  db: Kysely<Database>,
  roundId: string,
  itemCodes: readonly string[],
): Promise<CrossUnitFactRow[]> {
  if (itemCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("facts")
    .innerJoin("round_units", "round_units.id", "facts.round_unit_id")
    .select(["facts.id", "facts.round_unit_id", "facts.item_code", "facts.source", "facts.value"])
    .where("round_units.round_id", "=", roundId)
    .where("facts.item_code", "in", [...itemCodes])
    .execute();
}

/** The narratives of a round unit. */
export function listNarratives(db: Kysely<Database>, roundUnitId: string): Promise<NarrativeRow[]> {
  return db
    .selectFrom("narratives")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .orderBy("item_code")
    .execute();
}

/** The narrative of one item of a round unit. */
export function findNarrative(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
): Promise<NarrativeRow | undefined> {
  return db
    .selectFrom("narratives")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .where("item_code", "=", itemCode)
    .executeTakeFirst();
}

/** Stores a new narrative. */
export async function insertNarrative(db: Kysely<Database>, row: NarrativeRow): Promise<void> {
  await db.insertInto("narratives").values(row).execute();
}

/** Changes a narrative if it still has `expectedVersion`; returns whether it changed. */
export async function updateNarrative(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  patch: Pick<NarrativeRow, "text" | "updated_by" | "updated_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("narratives")
    .set({ ...patch, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The review comments on a round unit, oldest first. */
export function listUnitComments(db: Kysely<Database>, roundUnitId: string) {
  return db
    .selectFrom("review_comments")
    .selectAll()
    .where("round_unit_id", "=", roundUnitId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** How many evidence files (not deleted) each item of a round unit has. */
export async function countEvidenceByItem(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("evidence_files")
    .select(["item_code", sql<string | number>`count(*)`.as("n")])
    .where("round_unit_id", "=", roundUnitId)
    .where("deleted_at", "is", null)
    .groupBy("item_code")
    .execute();
  return Object.fromEntries(rows.map((row) => [row.item_code, toCount(row.n)]));
}

/** Whether a reviewer decided any item of the round unit at or after `since` (its submission). */
export async function reviewedSince(
  db: Kysely<Database>,
  roundUnitId: string,
  since: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("item_reviews")
    .select("id")
    .where("round_unit_id", "=", roundUnitId)
    .where("reviewed_at", ">=", since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
