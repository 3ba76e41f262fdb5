/** SQL of the workflow core: what every workflow module shares about rounds and their units. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Withdraws every approval of a unit (returned, reopened or withdrawn: all parts start again). */
export async function clearApprovals(db: Kysely<Database>, roundUnitId: string): Promise<void> {
  await db
    .updateTable("item_reviews")
    .set((eb) => ({ approved_by: null, approved_at: null, version: eb("version", "+", 1) }))
    .where("round_unit_id", "=", roundUnitId)
    .where("approved_at", "is not", null)
    .execute();
}
