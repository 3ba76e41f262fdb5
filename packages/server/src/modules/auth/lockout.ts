/**
 * Lockout (docs/spec/security.md row 6): consecutive failures of a password or second factor —
 * at login, at the second step, or when a session gives a wrong current password — counted in
 * the user's row with one atomic increment, so concurrent requests and several server
 * processes never lose a count (docs/decisions/0180).
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { incrementFailedLogins, lockUser } from "./repository.js";

/** Counts one failure; at `maxFailures` the account is locked and the count starts again. */
export async function countFailure(
  trx: Kysely<Database>,
  userId: string,
  lockout: { maxFailures: number; lockMinutes: number },
  now: Date,
): Promise<{ failures: number; locked: boolean }> {
  const failures = await incrementFailedLogins(trx, userId);
  const locked = failures >= lockout.maxFailures;
  if (locked) {
    await lockUser(
      trx,
      userId,
      new Date(now.getTime() + lockout.lockMinutes * 60_000).toISOString(),
    );
  }
  return { failures, locked };
}

/** Whether the account is locked now. */
export function isLocked(user: { locked_until: string | null }, now: Date): boolean {
  return user.locked_until !== null && user.locked_until > now.toISOString();
}
