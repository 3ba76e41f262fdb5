/**
 * A counter per round and item, bumped by every write of that item's facts in the round (any
 * unit, self or review), so the live score knows from one small read whether the facts its
 * round context depends on changed (docs/decisions/0181).
 */
import type { Kysely } from "kysely";

/** Creates the table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("round_fact_stamps")
    .addColumn("round_id", "varchar(36)", (c) => c.notNull().references("rounds.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("stamp", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("round_fact_stamps_pk", ["round_id", "item_code"])
    .execute();
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0006-round-fact-stamps cannot be reverted");
}
