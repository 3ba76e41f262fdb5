/**
 * 系统设置 (decision 0060): one versioned row per settings group holding the values an
 * administrator saved on the screen, as JSON text. A value that is not saved comes from the
 * environment or the built-in default, so both rows start empty.
 */
import type { Kysely } from "kysely";

/** Creates the settings table with its two groups. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("settings")
    .addColumn("group_key", "varchar(32)", (c) => c.primaryKey())
    .addColumn("saved_values", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_by", "varchar(36)", (c) => c.references("users.id"))
    .addColumn("updated_at", "varchar(30)")
    .execute();
  await (db as Kysely<{ settings: { group_key: string; saved_values: string; version: number } }>)
    .insertInto("settings")
    .values([
      { group_key: "security", saved_values: "{}", version: 1 },
      { group_key: "system", saved_values: "{}", version: 1 },
    ])
    .execute();
}

/** Settings are kept; the migration is not reverted. */
export async function down(): Promise<void> {
  throw new Error("0003-settings cannot be reverted");
}
