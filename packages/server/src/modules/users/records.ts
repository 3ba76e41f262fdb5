/**
 * The account writes every way of making an account shares (the form, the bulk import, the
 * bootstrap, the demo, test factories), and an account as the API shows it. No audit: callers
 * audit.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { isAdministratorRole, roleLabels, type Role } from "../../contract/roles.js";
import { usernameSchema, type User } from "../../contract/users.js";
import type { Database, UserRow } from "../../db/schema.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { findOrganisation } from "../organisations/index.js";
import { toUser } from "./presenters.js";
import {
  findUserById,
  findUserByUsername,
  insertRoleAssignment,
  insertUser,
  listRoleAssignments,
} from "./repository.js";

/** One account with its roles as the API shows it (404 when there is none). */
export async function presentUser(trx: Kysely<Database>, id: string): Promise<User> {
  const row = await findUserById(trx, id);
  if (row === undefined) throw notFound("用户");
  return toUser(row, await listRoleAssignments(trx, [id]));
}

/** Stores a new account with a password that must be changed at first login (no audit: callers audit). */
export async function createUserRecord(
  trx: Kysely<Database>,
  input: {
    username: string;
    displayName: string;
    organisationId: string;
    passwordHash: string;
    mustChangePassword?: boolean;
  },
  at: Date,
): Promise<UserRow> {
  // The one rule for every way an account is made (form, import, CLI, bootstrap, demo):
  // the name is stored as typed, so a name the rule refuses is refused here too.
  const valid = usernameSchema.safeParse(input.username);
  if (!valid.success || valid.data !== input.username)
    throw new AppError("VALIDATION_FAILED", `用户名 ${input.username} 不符合规则。`, {
      fields: [
        {
          path: "body.username",
          message: valid.success ? "用户名前后不能有空格" : valid.error.issues[0]!.message,
        },
      ],
    });
  if ((await findUserByUsername(trx, input.username)) !== undefined) {
    throw new AppError("CONFLICT", `用户名 ${input.username} 已被使用。`, {
      fields: [{ path: "body.username", message: "用户名已被使用" }],
    });
  }
  if ((await findOrganisation(trx, input.organisationId)) === undefined) throw notFound("机构");
  const now = at.toISOString();
  const row: UserRow = {
    id: randomUUID(),
    username: input.username,
    display_name: input.displayName,
    organisation_id: input.organisationId,
    password_hash: input.passwordHash,
    password_changed_at: now,
    must_change_password: input.mustChangePassword === false ? 0 : 1,
    status: "active",
    failed_logins: 0,
    locked_until: null,
    totp_secret: null,
    totp_enabled: 0,
    totp_last_step: null,
    last_login_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await insertUser(trx, row);
  return row;
}

/**
 * Grants a role, enforcing 三员分立: an administrator role cannot be combined with any other
 * role, and a user holding one cannot receive another (no audit: callers audit).
 */
export async function grantRoleRecord(
  trx: Kysely<Database>,
  userId: string,
  input: {
    role: Role;
    organisationId: string;
    scope?: { itemCodes: string[]; departmentIds: string[] } | undefined;
  },
  at: Date,
): Promise<string> {
  if ((await findOrganisation(trx, input.organisationId)) === undefined) throw notFound("机构");
  if (input.scope !== undefined && input.role !== "reviewer") {
    throw new AppError("VALIDATION_FAILED", "只有评审员可以设置负责的项目或科室。", {
      fields: [{ path: "body.scope", message: "只有评审员可以设置负责范围" }],
    });
  }
  const held = await listRoleAssignments(trx, [userId]);
  if (held.some((a) => a.role === input.role && a.organisation_id === input.organisationId)) {
    throw new AppError("CONFLICT", `该用户在此机构已有“${roleLabels[input.role]}”角色。`);
  }
  const heldRoles = held.map((a) => a.role as Role);
  if (
    (isAdministratorRole(input.role) && heldRoles.length > 0) ||
    heldRoles.some(isAdministratorRole)
  ) {
    throw new AppError("ROLE_CONFLICT");
  }
  const id = randomUUID();
  await insertRoleAssignment(trx, {
    id,
    user_id: userId,
    role: input.role,
    organisation_id: input.organisationId,
    scope: JSON.stringify(input.scope ?? { itemCodes: [], departmentIds: [] }),
    created_at: at.toISOString(),
  });
  return id;
}
