/** SQL of server-side sessions. */
import type { Kysely } from "kysely";
import type { Database, SessionRow } from "../../db/schema.js";

/** Stores a session. */
export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

/** A session by id (the token's hash). */
export function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Records activity on a session (idle timeout). */
export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
}

/** Deletes a session; returns whether it existed. */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom("sessions").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes every session of a user, except one if given; returns how many. */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: string,
  exceptId?: string,
): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (exceptId !== undefined) query = query.where("id", "<>", exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Deletes every session past its idle or absolute limit (sessions abandoned without logout);
 * returns how many.
 */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  limits: { lastSeenBefore: string; createdBefore: string },
): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([
        eb("last_seen_at", "<=", limits.lastSeenBefore),
        eb("created_at", "<=", limits.createdBefore),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
