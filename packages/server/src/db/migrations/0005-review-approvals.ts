/**
 * Per-reviewer approval (decision 0130): each reviewer approves his own part of a unit; the
 * part is the item reviews he approved (`approved_by`, `approved_at`). A unit is accepted when
 * every reviewable item's review is approved. A unit's own self-assessment deadline
 * (`round_units.self_assessment_deadline`, decision 0134) extends the round's for that unit.
 */
import type { Kysely } from "kysely";

const id = "varchar(36)";
const at = "varchar(30)";

/** Adds the approval columns to item reviews and a unit's own deadline to round units. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("item_reviews")
    .addColumn("approved_by", id, (c) => c.references("users.id"))
    .execute();
  await db.schema.alterTable("item_reviews").addColumn("approved_at", at).execute();
  await db.schema.alterTable("round_units").addColumn("self_assessment_deadline", at).execute();
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0005-review-approvals cannot be reverted");
}
