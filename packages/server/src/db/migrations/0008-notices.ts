/**
 * 催报 (decision 0213): notices to a unit (a reminder on its home page, read/unread), each
 * organisation's optional group-bot webhook (政务钉钉/企业微信, off by default), and the webhook
 * deliveries the job queue sends.
 */
import type { Kysely } from "kysely";

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notices")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("round_id", "varchar(36)", (c) => c.notNull().references("rounds.id"))
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("message", "varchar(1000)", (c) => c.notNull())
    .addColumn("created_by", "varchar(36)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("read_at", "varchar(32)")
    .addColumn("read_by", "varchar(36)")
    .execute();
  await db.schema
    .createIndex("notices_organisation_idx")
    .on("notices")
    .columns(["organisation_id", "created_at"])
    .execute();
  await db.schema
    .createTable("organisation_webhooks")
    .addColumn("organisation_id", "varchar(36)", (c) =>
      c.primaryKey().references("organisations.id"),
    )
    .addColumn("kind", "varchar(16)", (c) => c.notNull())
    .addColumn("url", "varchar(1000)", (c) => c.notNull())
    .addColumn("secret", "varchar(200)")
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("allow_intranet", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_by", "varchar(36)")
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("round_id", "varchar(36)", (c) => c.notNull().references("rounds.id"))
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("message", "varchar(2000)", (c) => c.notNull())
    .addColumn("state", "varchar(16)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("error", "varchar(500)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_state_idx")
    .on("webhook_deliveries")
    .columns(["state", "created_at"])
    .execute();
}

/** Kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0008-notices cannot be reverted");
}
