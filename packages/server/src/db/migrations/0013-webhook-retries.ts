/**
 * Webhook retries (decision 0258, amending 0213): a delivery that failed for a passing reason
 * waits in state `retrying` until `next_attempt_at`; every attempt is kept with its outcome and
 * reason in `webhook_delivery_attempts` (shown in the round's 催报记录).
 */
import type { Kysely } from "kysely";

/** Adds the column and the table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("webhook_deliveries")
    .addColumn("next_attempt_at", "varchar(32)")
    .execute();
  await db.schema
    .createTable("webhook_delivery_attempts")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("delivery_id", "varchar(36)", (c) => c.notNull().references("webhook_deliveries.id"))
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("finished_at", "varchar(32)", (c) => c.notNull())
    .addColumn("outcome", "varchar(16)", (c) => c.notNull())
    .addColumn("error", "varchar(500)")
    .execute();
  await db.schema
    .createIndex("webhook_delivery_attempts_delivery_idx")
    .on("webhook_delivery_attempts")
    .columns(["delivery_id", "attempt"])
    .execute();
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0013-webhook-retries cannot be reverted");
}
