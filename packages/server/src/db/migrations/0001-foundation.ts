/**
 * The foundation tables: organisations with history, users, password history, role
 * assignments, sessions and the audit log (append-only by trigger on both dialects).
 */
import type { Kysely } from "kysely";
import { createAppendOnlyTriggers } from "../dialect.js";

/** Creates the foundation tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("code", "varchar(32)", (c) => c.notNull().unique())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("type", "varchar(16)", (c) => c.notNull())
    .addColumn("parent_id", "varchar(36)", (c) => c.references("organisations.id"))
    .addColumn("path", "varchar(1000)", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("organisations_parent")
    .on("organisations")
    .column("parent_id")
    .execute();
  await db.schema.createIndex("organisations_path").on("organisations").column("path").execute();

  await db.schema
    .createTable("organisation_history")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("change", "varchar(16)", (c) => c.notNull())
    .addColumn("code", "varchar(32)", (c) => c.notNull())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("type", "varchar(16)", (c) => c.notNull())
    .addColumn("parent_id", "varchar(36)")
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("changed_at", "varchar(30)", (c) => c.notNull())
    .addColumn("changed_by", "varchar(32)")
    .addUniqueConstraint("organisation_history_version", ["organisation_id", "version"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("username", "varchar(32)", (c) => c.notNull().unique())
    .addColumn("display_name", "varchar(64)", (c) => c.notNull())
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("password_hash", "varchar(255)", (c) => c.notNull())
    .addColumn("password_changed_at", "varchar(30)", (c) => c.notNull())
    .addColumn("must_change_password", "integer", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("failed_logins", "integer", (c) => c.notNull())
    .addColumn("locked_until", "varchar(30)")
    .addColumn("totp_secret", "varchar(64)")
    .addColumn("totp_enabled", "integer", (c) => c.notNull())
    .addColumn("totp_last_step", "integer")
    .addColumn("last_login_at", "varchar(30)")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("users_organisation").on("users").column("organisation_id").execute();

  await db.schema
    .createTable("password_history")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("password_hash", "varchar(255)", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addUniqueConstraint("password_history_sequence", ["user_id", "sequence"])
    .execute();
  await db.schema
    .createIndex("password_history_user")
    .on("password_history")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("role_assignments")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("role", "varchar(32)", (c) => c.notNull())
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addUniqueConstraint("role_assignments_unique", ["user_id", "role", "organisation_id"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("active_role_assignment_id", "varchar(36)")
    .addColumn("mfa_passed", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .addColumn("last_seen_at", "varchar(30)", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .addColumn("user_agent", "varchar(255)")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("seq", "integer", (c) => c.primaryKey())
    .addColumn("occurred_at", "varchar(30)", (c) => c.notNull())
    .addColumn("actor_user_id", "varchar(36)")
    .addColumn("actor_username", "varchar(64)")
    .addColumn("actor_role", "varchar(32)")
    .addColumn("ip", "varchar(64)")
    .addColumn("request_id", "varchar(64)")
    .addColumn("action", "varchar(64)", (c) => c.notNull())
    .addColumn("object_type", "varchar(32)")
    .addColumn("object_id", "varchar(64)")
    .addColumn("outcome", "varchar(16)", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("prev_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("hash", "varchar(64)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_occurred").on("audit_log").column("occurred_at").execute();
  await db.schema
    .createIndex("audit_log_object")
    .on("audit_log")
    .columns(["object_type", "object_id"])
    .execute();
  await createAppendOnlyTriggers(db, "audit_log");
}

/** The foundation is never rolled back in place: restore a backup instead. */
export async function down(): Promise<void> {
  throw new Error("0001-foundation cannot be reverted");
}
