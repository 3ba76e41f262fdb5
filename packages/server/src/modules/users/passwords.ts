/** Password writes of an account, shared by the users module, its recovery command and auth. */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, UserRow } from "../../db/schema.js";
import { insertPasswordHistory, updateUser } from "./repository.js";

/**
 * Replaces a user's password inside a transaction: keeps the old hash in the history and sets
 * whether the new one must be changed at next login. Policy and reuse are checked by callers.
 */
export async function storeNewPassword(
  trx: Kysely<Database>,
  user: UserRow,
  passwordHash: string,
  options: { mustChange: boolean; at: Date },
): Promise<void> {
  await insertPasswordHistory(trx, {
    id: randomUUID(),
    user_id: user.id,
    password_hash: user.password_hash,
    created_at: options.at.toISOString(),
  });
  await updateUser(trx, user.id, {
    password_hash: passwordHash,
    password_changed_at: options.at.toISOString(),
    must_change_password: options.mustChange ? 1 : 0,
    updated_at: options.at.toISOString(),
  });
}
