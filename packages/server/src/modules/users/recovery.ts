/**
 * Recovering an administrator account (三员分立, docs/administrator-recovery.md): no administrator
 * can reset another duty's account through the API, so a locked-out, disabled or forgotten
 * administrator account is recovered on the server by someone holding the database, with
 * `kaoping admin recover`. The account gets a one-time password (changed at the next login), is
 * unlocked and enabled, its sessions end, and one audit row records it.
 */
import { userInfo } from "node:os";
import { isAdministratorRole, type Role } from "../../contract/roles.js";
import type { Db } from "../../db/database.js";
import { systemContext } from "../../http/context.js";
import type { AuditWriter } from "../audit/writer.js";
import { storeNewPassword } from "./passwords.js";
import { generateOneTimePassword } from "../../passwords/generate-password.js";
import { hashPassword } from "../../passwords/password-hash.js";
import {
  deleteUserSessions,
  findUserByUsername,
  listRoleAssignments,
  updateUser,
} from "./repository.js";

/** Why a recovery was refused (a Chinese message for the operator). */
export class RecoveryRefused extends Error {}

/** What a recovery did. */
export interface RecoveredAccount {
  username: string;
  role: Role;
  oneTimePassword: string;
  totpReset: boolean;
}

/** The operating-system account running the command, for the audit row (best effort). */
function operatorName(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}

/** Recovers the administrator account `username`; refuses unknown and business accounts. */
export async function recoverAdministrator(
  db: Db,
  deps: { clock: () => Date; audit: AuditWriter; passwordHashCost: number },
  input: { username: string; resetTotp: boolean },
): Promise<RecoveredAccount> {
  const oneTimePassword = generateOneTimePassword();
  const hash = await hashPassword(oneTimePassword, deps.passwordHashCost);
  return db.transaction().execute(async (trx) => {
    const user = await findUserByUsername(trx, input.username);
    if (user === undefined) throw new RecoveryRefused(`没有用户名为 ${input.username} 的账号。`);
    const role = (await listRoleAssignments(trx, [user.id]))
      .map((a) => a.role as Role)
      .find(isAdministratorRole);
    if (role === undefined) {
      throw new RecoveryRefused(
        `${input.username} 不是管理员账号；业务账号的密码请由系统管理员在“用户管理”中重置。`,
      );
    }
    const at = deps.clock();
    await storeNewPassword(trx, user, hash, { mustChange: true, at });
    await updateUser(trx, user.id, {
      status: "active",
      failed_logins: 0,
      locked_until: null,
      ...(input.resetTotp ? { totp_enabled: 0, totp_secret: null, totp_last_step: null } : {}),
      updated_at: at.toISOString(),
    });
    await deleteUserSessions(trx, user.id);
    await deps.audit(trx, {
      ctx: systemContext(),
      action: "user.recover",
      object: { type: "user", id: user.id },
      before: { status: user.status, lockedUntil: user.locked_until },
      detail: {
        via: "kaoping admin recover",
        username: user.username,
        role,
        operator: operatorName(),
        totpReset: input.resetTotp,
      },
    });
    return { username: user.username, role, oneTimePassword, totpReset: input.resetTotp };
  });
}
