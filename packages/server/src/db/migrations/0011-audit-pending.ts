/**
 * Audit records written inside their action's transaction but not yet placed in the hash chain
 * (PostgreSQL, docs/decisions/0250): a save inserts its record here without waiting for the
 * chain's lock, and the process's chainer moves committed records into `audit_log` in order,
 * many at a time. The id sorts in the order the records were written (time, process, counter).
 */
import type { Kysely } from "kysely";

/** Creates the table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("audit_pending")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
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
    .execute();
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0011-audit-pending cannot be reverted");
}
