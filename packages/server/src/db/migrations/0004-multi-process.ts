/**
 * Several server processes over one database (issue 17, docs/decisions/0180): batch document
 * jobs any process can run and report on, the request rate limits counted in the database, and
 * evidence bytes kept in the database when `KAOPING_EVIDENCE_STORE=database`.
 */
import type { Kysely } from "kysely";
import { isPostgres } from "../dialect.js";

const id = "varchar(36)";
const at = "varchar(30)";

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const bytes = isPostgres(db) ? "bytea" : "blob";
  await db.schema
    .createTable("document_jobs")
    .addColumn("id", id, (c) => c.primaryKey())
    .addColumn("owner_id", id, (c) => c.notNull().references("users.id"))
    .addColumn("round_id", id, (c) => c.notNull().references("rounds.id"))
    .addColumn("kind", "varchar(32)", (c) => c.notNull())
    .addColumn("reviewed_early", "integer", (c) => c.notNull())
    .addColumn("state", "varchar(16)", (c) => c.notNull())
    .addColumn("done", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("file_name", "varchar(300)", (c) => c.notNull())
    .addColumn("error", "varchar(500)")
    .addColumn("created_at", at, (c) => c.notNull())
    .addColumn("heartbeat_at", at, (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("result", bytes)
    .execute();
  await db.schema
    .createIndex("document_jobs_owner")
    .on("document_jobs")
    .columns(["owner_id", "state"])
    .execute();
  await db.schema
    .createTable("rate_limit_hits")
    .addColumn("key", "varchar(300)", (c) => c.primaryKey())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("window_ends_at", at, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("evidence_blobs")
    .addColumn("sha256", "varchar(64)", (c) => c.primaryKey())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("bytes", bytes, (c) => c.notNull())
    .execute();
}

/** The tables hold no lasting data of their own except evidence bytes; not reverted. */
export async function down(): Promise<void> {
  throw new Error("0004-multi-process cannot be reverted");
}
