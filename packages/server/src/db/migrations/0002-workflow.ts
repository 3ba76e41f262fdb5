/**
 * The assessment workflow (issue 4, docs/workflow.md): schemes and their immutable versions,
 * rounds with their units, responsible departments and state history, facts (self and review kept apart), narratives,
 * evidence files, item reviews and review comments, ratings, result snapshots and appeals.
 * Scheme versions and result snapshots are append-only by trigger (never changed once written).
 */
import type { Kysely } from "kysely";
import { createAppendOnlyTriggers } from "../dialect.js";

type Db = Kysely<unknown>;

const id = "varchar(36)";
const at = "varchar(30)";

async function createSchemes(db: Db): Promise<void> {
  await db.schema
    .createTable("schemes")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("assessing_organisation_id", id, (c) => c.notNull().references("organisations.id"))
    .addColumn("code", "varchar(64)", (c) => c.notNull())
    .addColumn("title", "varchar(200)", (c) => c.notNull())
    .addColumn("draft_document", "text", (c) => c.notNull())
    .addColumn("origin", "varchar(16)", (c) => c.notNull())
    .addColumn("origin_ref", "varchar(64)")
    .addColumn("lineage", "varchar(64)", (c) => c.notNull())
    .addColumn("latest_version_number", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", id, (c) => c.references("users.id"))
    .addColumn("created_at", at, (c) => c.notNull())
    .addColumn("updated_by", id, (c) => c.references("users.id"))
    .addColumn("updated_at", at, (c) => c.notNull())
    .addUniqueConstraint("schemes_code", ["assessing_organisation_id", "code"])
    .execute();
  await db.schema.createIndex("schemes_lineage").on("schemes").column("lineage").execute();

  await db.schema
    .createTable("scheme_versions")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("scheme_id", id, (c) => c.notNull().references("schemes.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("document_sha256", "varchar(64)", (c) => c.notNull())
    .addColumn("engine_version", "varchar(32)", (c) => c.notNull())
    .addColumn("note", "varchar(500)")
    .addColumn("published_by", id, (c) => c.references("users.id"))
    .addColumn("published_at", at, (c) => c.notNull())
    .addUniqueConstraint("scheme_versions_number", ["scheme_id", "number"])
    .execute();
  await createAppendOnlyTriggers(db, "scheme_versions");
}

async function createRounds(db: Db): Promise<void> {
  await db.schema
    .createTable("rounds")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("assessing_organisation_id", id, (c) => c.notNull().references("organisations.id"))
    .addColumn("scheme_version_id", id, (c) => c.notNull().references("scheme_versions.id"))
    .addColumn("title", "varchar(200)", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("period", "varchar(32)", (c) => c.notNull())
    .addColumn("description", "varchar(2000)")
    .addColumn("state", "varchar(24)", (c) => c.notNull())
    .addColumn("self_assessment_deadline", at)
    .addColumn("review_deadline", at)
    .addColumn("rating_deadline", at)
    .addColumn("appeal_deadline", at)
    .addColumn("state_changed_at", at, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_by", id, (c) => c.references("users.id"))
    .addColumn("created_at", at, (c) => c.notNull())
    .addColumn("updated_at", at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rounds_assessing")
    .on("rounds")
    .column("assessing_organisation_id")
    .execute();
  await db.schema
    .createIndex("rounds_scheme_version")
    .on("rounds")
    .column("scheme_version_id")
    .execute();

  await db.schema
    .createTable("round_transitions")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_id", id, (c) => c.notNull().references("rounds.id"))
    .addColumn("from_state", "varchar(24)", (c) => c.notNull())
    .addColumn("to_state", "varchar(24)", (c) => c.notNull())
    .addColumn("reason", "varchar(500)")
    .addColumn("changed_by", id, (c) => c.references("users.id"))
    .addColumn("changed_at", at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("round_transitions_round")
    .on("round_transitions")
    .column("round_id")
    .execute();
  await createAppendOnlyTriggers(db, "round_transitions");

  await db.schema
    .createTable("round_units")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_id", id, (c) => c.notNull().references("rounds.id"))
    .addColumn("unit_id", id, (c) => c.notNull().references("organisations.id"))
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("reopened", "integer", (c) => c.notNull())
    .addColumn("submitted_at", at)
    .addColumn("submitted_by", id, (c) => c.references("users.id"))
    .addColumn("returned_at", at)
    .addColumn("returned_by", id, (c) => c.references("users.id"))
    .addColumn("accepted_at", at)
    .addColumn("accepted_by", id, (c) => c.references("users.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", at, (c) => c.notNull())
    .addColumn("updated_at", at, (c) => c.notNull())
    .addUniqueConstraint("round_units_unit", ["round_id", "unit_id"])
    .execute();
  await db.schema.createIndex("round_units_unit_id").on("round_units").column("unit_id").execute();

  await db.schema
    .createTable("round_item_departments")
    .addColumn("round_id", id, (c) => c.notNull().references("rounds.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("department_id", id, (c) => c.notNull().references("organisations.id"))
    .addPrimaryKeyConstraint("round_item_departments_pk", ["round_id", "item_code"])
    .execute();
}

async function createSelfAssessment(db: Db): Promise<void> {
  await db.schema
    .createTable("facts")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("source", "varchar(8)", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("reason", "varchar(1000)")
    .addColumn("appeal_id", id)
    .addColumn("updated_by", id, (c) => c.references("users.id"))
    .addColumn("updated_at", at, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("facts_item_source", ["round_unit_id", "item_code", "source"])
    .execute();

  await db.schema
    .createTable("narratives")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("updated_by", id, (c) => c.references("users.id"))
    .addColumn("updated_at", at, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("narratives_item", ["round_unit_id", "item_code"])
    .execute();

  await db.schema
    .createTable("evidence_files")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("appeal_id", id)
    .addColumn("original_name", "varchar(255)", (c) => c.notNull())
    .addColumn("stored_name", "varchar(200)", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("content_type", "varchar(100)", (c) => c.notNull())
    .addColumn("sha256", "varchar(64)", (c) => c.notNull())
    .addColumn("uploaded_by", id, (c) => c.references("users.id"))
    .addColumn("uploaded_at", at, (c) => c.notNull())
    .addColumn("deleted_at", at)
    .addColumn("deleted_by", id, (c) => c.references("users.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("evidence_files_item")
    .on("evidence_files")
    .columns(["round_unit_id", "item_code"])
    .execute();
  await db.schema
    .createIndex("evidence_files_sha256")
    .on("evidence_files")
    .column("sha256")
    .execute();
}

async function createReview(db: Db): Promise<void> {
  await db.schema
    .createTable("item_reviews")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("reviewed_by", id, (c) => c.references("users.id"))
    .addColumn("reviewed_at", at, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("item_reviews_item", ["round_unit_id", "item_code"])
    .execute();

  await db.schema
    .createTable("review_comments")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)")
    .addColumn("text", "varchar(2000)", (c) => c.notNull())
    .addColumn("author_id", id, (c) => c.references("users.id"))
    .addColumn("created_at", at, (c) => c.notNull())
    .addColumn("resolved_at", at)
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("review_comments_unit")
    .on("review_comments")
    .column("round_unit_id")
    .execute();

  await db.schema
    .createTable("ratings")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("rater_id", id, (c) => c.notNull().references("users.id"))
    .addColumn("rater_group", "varchar(32)")
    .addColumn("value", "varchar(32)", (c) => c.notNull())
    .addColumn("created_at", at, (c) => c.notNull())
    .addColumn("updated_at", at, (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("ratings_rater", ["round_unit_id", "item_code", "rater_id"])
    .execute();
}

async function createResults(db: Db): Promise<void> {
  await db.schema
    .createTable("result_snapshots")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_id", id, (c) => c.notNull().references("rounds.id"))
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("engine_version", "varchar(32)", (c) => c.notNull())
    .addColumn("scheme_version_id", id, (c) => c.notNull().references("scheme_versions.id"))
    .addColumn("results", "text", (c) => c.notNull())
    .addColumn("results_sha256", "varchar(64)", (c) => c.notNull())
    .addColumn("reason", "varchar(1000)", (c) => c.notNull())
    .addColumn("created_by", id, (c) => c.references("users.id"))
    .addColumn("created_at", at, (c) => c.notNull())
    .addUniqueConstraint("result_snapshots_sequence", ["round_id", "sequence"])
    .execute();
  await createAppendOnlyTriggers(db, "result_snapshots");

  await db.schema
    .createTable("appeals")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("round_unit_id", id, (c) => c.notNull().references("round_units.id"))
    .addColumn("item_code", "varchar(32)", (c) => c.notNull())
    .addColumn("text", "varchar(4000)", (c) => c.notNull())
    .addColumn("state", "varchar(16)", (c) => c.notNull())
    .addColumn("submitted_by", id, (c) => c.references("users.id"))
    .addColumn("submitted_at", at, (c) => c.notNull())
    .addColumn("answer", "varchar(4000)")
    .addColumn("answered_by", id, (c) => c.references("users.id"))
    .addColumn("answered_at", at)
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("appeals_unit").on("appeals").column("round_unit_id").execute();
}

/** Creates the workflow tables. */
export async function up(db: Db): Promise<void> {
  await createSchemes(db);
  await createRounds(db);
  await createSelfAssessment(db);
  await createReview(db);
  await createResults(db);
}

/** Never rolled back in place: restore a backup instead. */
export async function down(): Promise<void> {
  throw new Error("0002-workflow cannot be reverted");
}
