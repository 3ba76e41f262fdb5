/**
 * Accounts and their roles. The system administrator creates and changes accounts (one-time
 * passwords, never chosen by the administrator); the security administrator grants and revokes
 * roles under the rules of 三员分立: an administrator role excludes every other role.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Page } from "../../contract/common.js";
import { isAdministratorRole, roleLabels, type Role } from "../../contract/roles.js";
import { usernameSchema, type User } from "../../contract/users.js";
import type { Database, UserRow } from "../../db/schema.js";
import type { PageRequest } from "../../db/pagination.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { storeNewPassword } from "./passwords.js";
import { generateOneTimePassword } from "../../passwords/generate-password.js";
import { hashPassword } from "../../passwords/password-hash.js";
import {
  buildUsersTemplate,
  readUsersWorkbook,
  type ImportOrganisation,
} from "../../office/users-import.js";
import { findOrganisation, listOrganisationChoices } from "../organisations/index.js";
import { toUser } from "./presenters.js";
import {
  deleteRoleAssignment,
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  insertRoleAssignment,
  insertUser,
  listRoleAssignments,
  listUsernames,
  listUsers,
  updateUser,
  type UserFilters,
} from "./repository.js";

/** At most this many bad cells are returned (the count in the message is the whole). */
const maxImportProblems = 200;

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

/** Builds the accounts service. */
export function createUsersService(deps: ServiceDeps) {
  const { db, clock, audit, config } = deps;

  async function present(trx: Kysely<Database>, id: string): Promise<User> {
    const row = await findUserById(trx, id);
    if (row === undefined) throw notFound("用户");
    return toUser(row, await listRoleAssignments(trx, [id]));
  }

  async function requireUser(trx: Kysely<Database>, id: string): Promise<UserRow> {
    const row = await findUserById(trx, id);
    if (row === undefined) throw notFound("用户");
    return row;
  }

  /**
   * 三员分立: an administrator never acts on the account of another administrator duty (a system
   * administrator on a security or audit administrator, and so on). Such accounts are recovered
   * on the server (`kaoping admin recover`, docs/administrator-recovery.md).
   */
  async function refuseOtherDuty(
    trx: Kysely<Database>,
    ctx: RequestContext,
    userId: string,
  ): Promise<void> {
    const actorRole = requireActor(ctx).activeRole?.role;
    const held = await listRoleAssignments(trx, [userId]);
    const other = held
      .map((a) => a.role as Role)
      .find((role) => isAdministratorRole(role) && role !== actorRole);
    if (other !== undefined) {
      throw new AppError(
        "FORBIDDEN",
        `三员分立：不能操作${roleLabels[other]}的账号。管理员账号无法使用时，请由服务器运维人员按“管理员账号恢复”流程处理。`,
      );
    }
  }

  /** The organisations a bulk import may name. */
  async function importOrganisations(): Promise<ImportOrganisation[]> {
    return (await listOrganisationChoices(db)).map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      active: o.status === "active",
    }));
  }

  function refuseSelf(ctx: RequestContext, userId: string): void {
    if (requireActor(ctx).userId === userId)
      throw new AppError("FORBIDDEN", "不能修改自己的角色或安全设置，请由另一名管理员操作。");
  }

  return {
    /** Accounts, filtered, sorted and paged. */
    async list(_ctx: RequestContext, filters: UserFilters, page: PageRequest): Promise<Page<User>> {
      const result = await listUsers(db, filters, page);
      const assignments = await listRoleAssignments(
        db,
        result.items.map((u) => u.id),
      );
      return { ...result, items: result.items.map((row) => toUser(row, assignments)) };
    },

    /** One account. */
    get: (_ctx: RequestContext, id: string): Promise<User> => present(db, id),

    /** Creates an account with a one-time password to hand over (shown once). */
    async create(
      ctx: RequestContext,
      input: { username: string; displayName: string; organisationId: string },
    ) {
      const initialPassword = generateOneTimePassword();
      const passwordHash = await hashPassword(initialPassword, config.passwordHashCost);
      return db.transaction().execute(async (trx) => {
        const row = await createUserRecord(trx, { ...input, passwordHash }, clock());
        const user = await present(trx, row.id);
        await audit(trx, {
          ctx,
          action: "user.create",
          object: { type: "user", id: row.id },
          after: user,
        });
        return { user, initialPassword };
      });
    },

    /** The bulk import template (.xlsx): the columns and the organisations to choose from. */
    async importTemplate(_ctx: RequestContext): Promise<Buffer> {
      return buildUsersTemplate(await importOrganisations());
    },

    /**
     * Creates every account of a filled template, or none: a file with any bad cell is refused
     * with every bad cell named (sheet!cell, header, reason). Each account gets a one-time
     * password, returned once, and is audited as `user.create` (via: import); the import itself
     * is audited as `user.import`. Roles are granted afterwards by the security administrator.
     */
    async importUsers(
      ctx: RequestContext,
      file: { name: string; bytes: Buffer },
    ): Promise<{ users: { user: User; initialPassword: string }[] }> {
      const read = await readUsersWorkbook(
        file.bytes,
        await importOrganisations(),
        await listUsernames(db),
      );
      if (!read.ok)
        throw new AppError(
          "VALIDATION_FAILED",
          `导入文件有 ${read.problems.length} 处错误，用户未导入（全部不保存）。`,
          {
            fields: read.problems.slice(0, maxImportProblems).map((p) => ({
              path: `body.file.${p.sheet}${p.cell === "" ? "" : `!${p.cell}`}`,
              message: `${p.header !== "" ? `${p.header}：` : ""}${p.message}`,
            })),
          },
        );
      const prepared = await Promise.all(
        read.users.map(async (u) => {
          const initialPassword = generateOneTimePassword();
          return {
            ...u,
            initialPassword,
            passwordHash: await hashPassword(initialPassword, config.passwordHashCost),
          };
        }),
      );
      return db.transaction().execute(async (trx) => {
        const created: { user: User; initialPassword: string }[] = [];
        for (const u of prepared) {
          const row = await createUserRecord(trx, u, clock());
          const user = await present(trx, row.id);
          await audit(trx, {
            ctx,
            action: "user.create",
            object: { type: "user", id: row.id },
            after: user,
            detail: { via: "import", row: u.row },
          });
          created.push({ user, initialPassword: u.initialPassword });
        }
        await audit(trx, {
          ctx,
          action: "user.import",
          object: { type: "user", id: null },
          detail: { file: file.name.slice(0, 200), users: created.length },
        });
        return { users: created };
      });
    },

    /** Changes an account's name, organisation or status; disabling ends its sessions. */
    async update(
      ctx: RequestContext,
      id: string,
      input: {
        version: number;
        displayName?: string | undefined;
        organisationId?: string | undefined;
        status?: User["status"] | undefined;
      },
    ): Promise<User> {
      return db.transaction().execute(async (trx) => {
        await refuseOtherDuty(trx, ctx, id);
        const before = await present(trx, id);
        if (
          input.organisationId !== undefined &&
          (await findOrganisation(trx, input.organisationId)) === undefined
        ) {
          throw notFound("机构");
        }
        const patch: Partial<UserRow> = { updated_at: clock().toISOString() };
        if (input.displayName !== undefined) patch.display_name = input.displayName;
        if (input.organisationId !== undefined) patch.organisation_id = input.organisationId;
        if (input.status !== undefined) patch.status = input.status;
        const changed = await updateUser(trx, id, patch, input.version);
        await assertVersionedUpdate(
          changed,
          async () => (await findUserById(trx, id)) !== undefined,
          "用户",
        );
        if (input.status === "disabled") await deleteUserSessions(trx, id);
        const after = await present(trx, id);
        await audit(trx, {
          ctx,
          action: "user.update",
          object: { type: "user", id },
          before,
          after,
        });
        return after;
      });
    },

    /** Replaces an account's password with a one-time one and ends its sessions. */
    async resetPassword(ctx: RequestContext, id: string) {
      const initialPassword = generateOneTimePassword();
      const passwordHash = await hashPassword(initialPassword, config.passwordHashCost);
      return db.transaction().execute(async (trx) => {
        const row = await requireUser(trx, id);
        await refuseOtherDuty(trx, ctx, id);
        await storeNewPassword(trx, row, passwordHash, { mustChange: true, at: clock() });
        await deleteUserSessions(trx, id);
        await audit(trx, { ctx, action: "user.password_reset", object: { type: "user", id } });
        return { user: await present(trx, id), initialPassword };
      });
    },

    /** Lifts a lockout. */
    async unlock(ctx: RequestContext, id: string): Promise<User> {
      return db.transaction().execute(async (trx) => {
        const row = await requireUser(trx, id);
        await refuseOtherDuty(trx, ctx, id);
        await updateUser(trx, id, {
          failed_logins: 0,
          locked_until: null,
          updated_at: clock().toISOString(),
        });
        await audit(trx, {
          ctx,
          action: "user.unlock",
          object: { type: "user", id },
          before: { lockedUntil: row.locked_until },
        });
        return present(trx, id);
      });
    },

    /** Removes an account's TOTP second factor (lost phone); it enrols again at next login if required. */
    async resetTotp(ctx: RequestContext, id: string): Promise<User> {
      refuseSelf(ctx, id);
      return db.transaction().execute(async (trx) => {
        await requireUser(trx, id);
        await refuseOtherDuty(trx, ctx, id);
        await updateUser(trx, id, {
          totp_enabled: 0,
          totp_secret: null,
          totp_last_step: null,
          updated_at: clock().toISOString(),
        });
        await deleteUserSessions(trx, id);
        await audit(trx, { ctx, action: "user.totp_reset", object: { type: "user", id } });
        return present(trx, id);
      });
    },

    /** Grants a role in an organisation (reviewers with their scope). */
    async grantRole(
      ctx: RequestContext,
      id: string,
      input: {
        role: Role;
        organisationId: string;
        scope?: { itemCodes: string[]; departmentIds: string[] } | undefined;
      },
    ): Promise<User> {
      refuseSelf(ctx, id);
      return db.transaction().execute(async (trx) => {
        await requireUser(trx, id);
        await refuseOtherDuty(trx, ctx, id);
        const assignmentId = await grantRoleRecord(trx, id, input, clock());
        await updateUser(trx, id, { updated_at: clock().toISOString() });
        await audit(trx, {
          ctx,
          action: "user.role_grant",
          object: { type: "user", id },
          after: {
            assignmentId,
            role: input.role,
            organisationId: input.organisationId,
            scope: input.scope ?? null,
          },
        });
        return present(trx, id);
      });
    },

    /** Revokes a role; the account's sessions end so no session keeps acting in it. */
    async revokeRole(ctx: RequestContext, id: string, assignmentId: string): Promise<User> {
      refuseSelf(ctx, id);
      return db.transaction().execute(async (trx) => {
        await refuseOtherDuty(trx, ctx, id);
        const held = (await listRoleAssignments(trx, [id])).find((a) => a.id === assignmentId);
        if (held === undefined || !(await deleteRoleAssignment(trx, id, assignmentId)))
          throw notFound("角色");
        await updateUser(trx, id, { updated_at: clock().toISOString() });
        await deleteUserSessions(trx, id);
        await audit(trx, {
          ctx,
          action: "user.role_revoke",
          object: { type: "user", id },
          before: { assignmentId, role: held.role, organisationId: held.organisation_id },
        });
        return present(trx, id);
      });
    },
  };
}

/** The accounts service. */
export type UsersService = ReturnType<typeof createUsersService>;
