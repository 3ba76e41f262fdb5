/** SQL of the settings module: one row per group (migration 0003-settings). */
import { sql, type Kysely } from "kysely";
import type { Database, SettingsRow } from "../../db/schema.js";

/** A settings row with the user name of whoever saved it last. */
export type SettingsRowWithEditor = SettingsRow & { updated_by_username: string | null };

/** Every settings group with the user name of its last editor. */
export async function listSettings(db: Kysely<Database>): Promise<SettingsRowWithEditor[]> {
  return db
    .selectFrom("settings")
    .leftJoin("users", "users.id", "settings.updated_by")
    .selectAll("settings")
    .select("users.username as updated_by_username")
    .orderBy("settings.group_key")
    .execute();
}

/** One settings group. */
export async function findSettings(
  db: Kysely<Database>,
  group: string,
): Promise<SettingsRow | undefined> {
  return db.selectFrom("settings").selectAll().where("group_key", "=", group).executeTakeFirst();
}

/** Saves a group's values if it still has `version`; whether a row changed. */
export async function updateSettings(
  db: Kysely<Database>,
  group: string,
  version: number,
  change: { saved_values: string; updated_by: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("settings")
    .set({ ...change, version: version + 1 })
    .where("group_key", "=", group)
    .where("version", "=", version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sends a PostgreSQL notification on `channel` (delivered when the transaction commits). */
export async function notifyChannel(db: Kysely<Database>, channel: string): Promise<void> {
  await sql`select pg_notify(${channel}, '')`.execute(db);
}
