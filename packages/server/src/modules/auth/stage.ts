/** Where a session stands: second factor pending, password change due, or active. */
import type { SessionStage } from "../../contract/auth.js";
import { isAdministratorRole, type Role } from "../../contract/roles.js";
import type { ServerConfig } from "../../config.js";
import type { SessionRow, UserRow } from "../../db/schema.js";

const DAY_MS = 86_400_000;

/** When a user's password expires (ISO text). */
export function passwordExpiresAt(
  user: Pick<UserRow, "password_changed_at">,
  config: ServerConfig,
): string {
  return new Date(
    Date.parse(user.password_changed_at) + config.passwordPolicy.maxAgeDays * DAY_MS,
  ).toISOString();
}

/** Whether a user must pass a TOTP check in this configuration. */
export function needsSecondFactor(
  user: Pick<UserRow, "totp_enabled">,
  roles: readonly Role[],
  config: ServerConfig,
): boolean {
  return (
    user.totp_enabled === 1 ||
    (config.totp.requiredForAdministrators && roles.some(isAdministratorRole))
  );
}

/** The stage of a session now. */
export function sessionStage(
  user: UserRow,
  session: Pick<SessionRow, "mfa_passed">,
  roles: readonly Role[],
  config: ServerConfig,
  now: Date,
): SessionStage {
  if (needsSecondFactor(user, roles, config) && session.mfa_passed !== 1) {
    return user.totp_enabled === 1 ? "mfa_required" : "mfa_enrollment_required";
  }
  if (user.must_change_password === 1 || passwordExpiresAt(user, config) <= now.toISOString()) {
    return "password_change_required";
  }
  return "active";
}
