/**
 * Credentials of the logged-in user: password change (policy, current password, history) and
 * the optional TOTP second factor (set up, enable, verify at login).
 */
import type { Kysely } from "kysely";
import type { Database, UserRow } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { recordAuditEvent } from "../audit/writer.js";
import { effectiveConfig } from "../settings/effective.js";
import {
  claimTotpStep,
  deleteUserSessions,
  findUserById,
  listRoleAssignments,
  recentPasswordHashes,
  storeNewPassword,
  updateUser,
} from "../users/index.js";
import { countFailure, isLocked } from "./lockout.js";
import { hashPassword, verifyPassword } from "../../passwords/password-hash.js";
import { checkPasswordPolicy } from "../../passwords/password-policy.js";
import { deleteSession, findSession } from "./repository.js";
import type { AuthService, IssuedSession } from "./service.js";
import { generateTotpSecret, matchTotp, totpUri } from "./totp.js";

/** Builds the credentials service. */
export function createCredentialsService(deps: ServiceDeps, auth: AuthService) {
  const { db, clock, audit, config } = deps;

  async function loadUser(ctx: RequestContext): Promise<UserRow> {
    const user = await findUserById(db, requireActor(ctx).userId);
    if (user === undefined) throw new AppError("UNAUTHENTICATED");
    return user;
  }

  /** Applies a change and continues the session under a new id, audited, in one transaction. */
  async function reissue(
    ctx: RequestContext,
    action: string,
    apply: (trx: Kysely<Database>) => Promise<void>,
  ) {
    const actor = requireActor(ctx);
    return db.transaction().execute(async (trx): Promise<IssuedSession> => {
      await apply(trx);
      const user = await findUserById(trx, actor.userId);
      const old = await findSession(trx, actor.sessionId);
      if (user === undefined || old === undefined) throw new AppError("UNAUTHENTICATED");
      const issued = await auth.issueSession(trx, ctx, user, {
        activeRoleId: old.active_role_assignment_id,
        mfaPassed: true,
        replaces: actor.sessionId,
      });
      await audit(trx, { ctx, action, object: { type: "user", id: user.id } });
      return {
        token: issued.token,
        session: auth.toSessionView(user, issued.row, await listRoleAssignments(trx, [user.id])),
      };
    });
  }

  return {
    /**
     * Changes the user's own password (docs/spec/security.md rows 2–3): the current password is
     * required, the policy applies, the last N passwords cannot be reused. Other sessions of
     * the user end; this one continues under a new id.
     */
    async changePassword(
      ctx: RequestContext,
      input: { currentPassword: string; newPassword: string },
    ): Promise<IssuedSession> {
      const actor = requireActor(ctx);
      const user = await loadUser(ctx);
      const { lockout } = effectiveConfig(deps);
      // A session guessing the current password is stopped like a login (issue 15 finding 7).
      if (isLocked(user, clock())) {
        await recordAuditEvent(db, audit, {
          ctx,
          action: "auth.password_change",
          outcome: "failure",
          object: { type: "user", id: user.id },
          detail: { reason: "locked" },
        });
        throw new AppError("RATE_LIMITED", "尝试次数过多，账户已临时锁定，请稍后再试。");
      }
      if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
        const locked = await db.transaction().execute(async (trx) => {
          const counted = await countFailure(trx, user.id, lockout, clock());
          await audit(trx, {
            ctx,
            action: "auth.password_change",
            outcome: "failure",
            object: { type: "user", id: user.id },
            detail: { reason: "wrong_current_password" },
          });
          if (counted.locked) {
            // As a failed second step: the session that guessed ends with the lock.
            await deleteSession(trx, actor.sessionId);
            await audit(trx, {
              ctx,
              action: "auth.lockout",
              object: { type: "user", id: user.id },
              detail: { failures: counted.failures, lockMinutes: lockout.lockMinutes },
            });
          }
          return counted.locked;
        });
        if (locked)
          throw new AppError(
            "RATE_LIMITED",
            "当前密码错误次数过多，账户已临时锁定，请稍后再登录。",
          );
        throw new AppError("VALIDATION_FAILED", "当前密码不正确。", {
          fields: [{ path: "body.currentPassword", message: "当前密码不正确" }],
        });
      }
      const policy = effectiveConfig(deps).passwordPolicy;
      const problems = checkPasswordPolicy(input.newPassword, user.username, policy);
      const earlier = [
        user.password_hash,
        ...(await recentPasswordHashes(db, user.id, policy.historySize - 1)),
      ];
      for (const hash of earlier) {
        if (await verifyPassword(input.newPassword, hash)) {
          problems.push(`不能与最近 ${policy.historySize} 次使用过的密码相同`);
          break;
        }
      }
      if (problems.length > 0) {
        throw new AppError("PASSWORD_POLICY", `新密码不符合密码策略：${problems.join("；")}。`, {
          fields: problems.map((message) => ({ path: "body.newPassword", message })),
        });
      }
      const hash = await hashPassword(input.newPassword, config.passwordHashCost);
      return db.transaction().execute(async (trx) => {
        await storeNewPassword(trx, user, hash, { mustChange: false, at: clock() });
        const ended = await deleteUserSessions(trx, user.id, actor.sessionId);
        const old = await findSession(trx, actor.sessionId);
        if (old === undefined) throw new AppError("UNAUTHENTICATED");
        const fresh = (await findUserById(trx, user.id)) ?? user;
        const issued = await auth.issueSession(trx, ctx, fresh, {
          activeRoleId: old.active_role_assignment_id,
          mfaPassed: old.mfa_passed === 1,
          replaces: actor.sessionId,
        });
        await audit(trx, {
          ctx,
          action: "auth.password_change",
          object: { type: "user", id: user.id },
          detail: { otherSessionsEnded: ended },
        });
        return {
          token: issued.token,
          session: auth.toSessionView(fresh, issued.row, await listRoleAssignments(trx, [user.id])),
        };
      });
    },

    /** Starts TOTP enrolment: a new secret, not active until confirmed by a code. */
    async setupTotp(ctx: RequestContext): Promise<{ secret: string; otpauthUri: string }> {
      const user = await loadUser(ctx);
      if (user.totp_enabled === 1)
        throw new AppError("CONFLICT", "已启用动态验证码；如需更换，请联系安全管理员重置。");
      const secret = generateTotpSecret();
      await db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, { totp_secret: secret, totp_last_step: null });
        await audit(trx, { ctx, action: "auth.totp_setup", object: { type: "user", id: user.id } });
      });
      return { secret, otpauthUri: totpUri(config.totp.issuer, user.username, secret) };
    },

    /** Confirms enrolment with a first code; the session counts as verified (new id). */
    async enableTotp(ctx: RequestContext, code: string): Promise<IssuedSession> {
      const user = await loadUser(ctx);
      if (user.totp_enabled === 1) throw new AppError("CONFLICT", "已启用动态验证码。");
      if (user.totp_secret === null) throw new AppError("CONFLICT", "请先获取动态验证码密钥。");
      const step = matchTotp(user.totp_secret, code, clock(), user.totp_last_step);
      if (step === undefined) {
        await recordAuditEvent(db, audit, {
          ctx,
          action: "auth.totp_enable",
          outcome: "failure",
          object: { type: "user", id: user.id },
        });
        throw new AppError("TOTP_INVALID");
      }
      return reissue(ctx, "auth.totp_enable", async (trx) => {
        if (!(await claimTotpStep(trx, user.id, step))) throw new AppError("TOTP_INVALID");
        await updateUser(trx, user.id, { totp_enabled: 1 });
      });
    },

    /**
     * The second step of a login (docs/spec/security.md row 7): a code is accepted once (replay
     * refused) and only within one 30-second step of now; failures count towards lockout.
     */
    async verifyTotp(ctx: RequestContext, code: string): Promise<IssuedSession> {
      const actor = requireActor(ctx);
      const user = await loadUser(ctx);
      const step =
        user.totp_secret === null
          ? undefined
          : matchTotp(user.totp_secret, code, clock(), user.totp_last_step);
      if (step === undefined) {
        const { lockout } = effectiveConfig(deps);
        await db.transaction().execute(async (trx) => {
          const { failures, locked } = await countFailure(trx, user.id, lockout, clock());
          await audit(trx, {
            ctx,
            action: "auth.totp_verify",
            outcome: "failure",
            object: { type: "user", id: user.id },
          });
          if (locked) {
            await deleteSession(trx, actor.sessionId);
            await audit(trx, {
              ctx,
              action: "auth.lockout",
              object: { type: "user", id: user.id },
              detail: { failures },
            });
          }
        });
        throw new AppError("TOTP_INVALID");
      }
      return reissue(ctx, "auth.totp_verify", async (trx) => {
        if (!(await claimTotpStep(trx, user.id, step))) throw new AppError("TOTP_INVALID");
      });
    },
  };
}

/** The credentials service. */
export type CredentialsService = ReturnType<typeof createCredentialsService>;
