/**
 * Lockout (docs/spec/security.md row 6): consecutive failures of a password or second factor —
 * at login, at the second step, or when a session gives a wrong current password — counted in
 * the user's row with one atomic increment, so concurrent requests and several server
 * processes never lose a count (docs/decisions/0180).
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** Counts one failure; at `maxFailures` the account is locked and the count starts again. */
export async function countFailure(
  trx: Kysely<Database>,
  userId: string,
  lockout: { maxFailures: number; lockMinutes: number },
  now: Date,
): Promise<{ failures: number; locked: boolean }> {
  const counted = await sql<{ failed_logins: number }>`update users
      set failed_logins = failed_logins + 1 where id = ${userId}
      returning failed_logins`.execute(trx);
  const failures = Number(counted.rows[0]?.failed_logins ?? 0);
  const locked = failures >= lockout.maxFailures;
  if (locked) {
    await trx
      .updateTable("users")
      .set({
        failed_logins: 0,
        locked_until: new Date(now.getTime() + lockout.lockMinutes * 60_000).toISOString(),
      })
      .where("id", "=", userId)
      .execute();
  }
  return { failures, locked };
}

/** Whether the account is locked now. */
export function isLocked(user: { locked_until: string | null }, now: Date): boolean {
  return user.locked_until !== null && user.locked_until > now.toISOString();
}
