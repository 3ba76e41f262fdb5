/**
 * The review of an imported draft on the server (issue 13, decision 0200): one row per item the
 * rubric import proposed a rule for — the proposal as the import answered it, and who confirmed
 * the item's rule and when (with the digest of the rule confirmed, so a later change of that rule
 * resets the mark). Publishing closes the review (`published_version_id`); the rows stay.
 */
import type { Kysely } from "kysely";

/** Creates the table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("scheme_import_reviews")
    .addColumn("scheme_id", "varchar(36)", (c) => c.notNull().references("schemes.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("level", "varchar(8)", (c) => c.notNull())
    .addColumn("proposal", "text", (c) => c.notNull())
    .addColumn("confirmed_by", "varchar(36)", (c) => c.references("users.id"))
    .addColumn("confirmed_at", "varchar(30)")
    .addColumn("confirmed_rule_sha256", "varchar(64)")
    .addColumn("published_version_id", "varchar(36)", (c) => c.references("scheme_versions.id"))
    .addPrimaryKeyConstraint("scheme_import_reviews_pk", ["scheme_id", "item_code"])
    .execute();
  // What the import said about the whole document (items by confidence, unused columns, warnings).
  await db.schema
    .createTable("scheme_import_notes")
    .addColumn("scheme_id", "varchar(36)", (c) => c.primaryKey().references("schemes.id"))
    .addColumn("summary", "text", (c) => c.notNull())
    .execute();
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0007-scheme-import-reviews cannot be reverted");
}
