/**
 * Accounts and their roles. The system administrator creates and changes accounts (one-time
 * passwords, never chosen by the administrator); the security administrator grants and revokes
 * roles under the rules of 三员分立: an administrator role excludes every other role.
 */
import type { Kysely } from "kysely";
import type { Page } from "../../contract/common.js";
import { isAdministratorRole, roleLabels, type Role } from "../../contract/roles.js";
import type { User } from "../../contract/users.js";
import type { Database, UserRow } from "../../db/schema.js";
import type { PageRequest } from "../../db/pagination.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { notFound, AppError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { storeNewPassword } from "./passwords.js";
import { generateOneTimePassword } from "../../passwords/generate-password.js";
import { hashPassword } from "../../passwords/password-hash.js";
import { findOrganisation } from "../organisations/index.js";
import { toUser } from "./presenters.js";
import { buildImportTemplate, importUsersWorkbook } from "./bulk-import.js";
import { createUserRecord, grantRoleRecord, presentUser } from "./records.js";
import {
  deleteRoleAssignment,
  deleteUserSessions,
  findUserById,
  listRoleAssignments,
  listUsers,
  updateUser,
  type UserFilters,
} from "./repository.js";

/** The account writes shared with the bootstrap, the demo and the test factories (records.ts). */
export { createUserRecord, grantRoleRecord };

/** Builds the accounts service. */
export function createUsersService(deps: ServiceDeps) {
  const { db, clock, audit, config } = deps;

  const present = presentUser;

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
    importTemplate: (_ctx: RequestContext): Promise<Buffer> => buildImportTemplate(db),

    /** Creates every account of a filled template, or none (bulk-import.ts). */
    importUsers: (ctx: RequestContext, file: { name: string; bytes: Buffer }) =>
      importUsersWorkbook(deps, ctx, file),

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
