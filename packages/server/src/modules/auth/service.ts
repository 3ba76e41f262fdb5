/**
 * Authentication: login with lockout, server-side sessions with idle and absolute timeouts,
 * logout, the session view and the role switch. Every outcome is audited.
 */
import { randomUUID } from "node:crypto";
import type { SessionResponse } from "../../contract/auth.js";
import type { Role } from "../../contract/roles.js";
import type { SessionRow, UserRow } from "../../db/schema.js";
import { AppError, notFound } from "../../errors/app-error.js";
import type { Actor, RequestContext } from "../../http/context.js";
import { requireActor } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { recordAuditEvent } from "../audit/writer.js";
import { effectiveConfig } from "../settings/effective.js";
import { toActiveRole, toRoleAssignment } from "../users/presenters.js";
import {
  findUserById,
  findUserByUsername,
  listRoleAssignments,
  updateLoginState,
  type RoleAssignmentWithOrganisation,
} from "../users/index.js";
import { countFailure, isLocked } from "./lockout.js";
import { hashPassword, verifyPassword } from "../../passwords/password-hash.js";
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from "./repository.js";
import { newSessionToken, sessionIdOf } from "./session-token.js";
import { passwordExpiresAt, sessionStage } from "./stage.js";

/** A session just created: the cookie token (shown to nobody else) and the session view. */
export interface IssuedSession {
  token: string;
  session: SessionResponse;
}

/** What resolving a cookie gives: an actor, or why there is none. */
export type ResolvedSession = { kind: "ok"; actor: Actor } | { kind: "none" } | { kind: "expired" };

const TOUCH_INTERVAL_MS = 30_000;

/** Builds the authentication service. */
export function createAuthService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;
  let dummyHash: Promise<string> | undefined;
  // Unknown users still cost one hash verification, so timing does not tell them apart.
  const dummy = () => (dummyHash ??= hashPassword(randomUUID(), deps.config.passwordHashCost));

  function rolesOf(assignments: RoleAssignmentWithOrganisation[]): Role[] {
    return assignments.map((assignment) => assignment.role as Role);
  }

  function toSessionView(
    user: UserRow,
    session: SessionRow,
    assignments: RoleAssignmentWithOrganisation[],
  ): SessionResponse {
    const config = effectiveConfig(deps);
    const active = assignments.find((a) => a.id === session.active_role_assignment_id);
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        organisationId: user.organisation_id,
        mfaEnabled: user.totp_enabled === 1,
      },
      stage: sessionStage(user, session, rolesOf(assignments), config, clock()),
      passwordExpiresAt: passwordExpiresAt(user, config),
      activeRole: active === undefined ? null : toRoleAssignment(active),
      roles: assignments.map(toRoleAssignment),
    };
  }

  async function refuseLogin(
    ctx: RequestContext,
    username: string,
    reason: string,
    userId?: string,
  ): Promise<never> {
    await recordAuditEvent(db, audit, {
      ctx,
      action: "auth.login",
      outcome: "failure",
      subjectUsername: username,
      object: { type: "user", id: userId ?? null },
      detail: { reason },
    });
    throw new AppError("LOGIN_FAILED");
  }

  /**
   * Creates a session for a user (at login, or replacing `replaces` when the session's
   * privilege changes: second factor passed, role switched, password changed).
   */
  async function issueSession(
    trx: typeof db,
    ctx: RequestContext,
    user: UserRow,
    options: { activeRoleId: string | null; mfaPassed: boolean; replaces?: string },
  ): Promise<{ token: string; row: SessionRow }> {
    const now = clock().toISOString();
    const { token, id } = newSessionToken();
    const row: SessionRow = {
      id,
      user_id: user.id,
      active_role_assignment_id: options.activeRoleId,
      mfa_passed: options.mfaPassed ? 1 : 0,
      created_at: now,
      last_seen_at: now,
      ip: ctx.ip?.slice(0, 64) ?? null,
      user_agent: null,
    };
    if (options.replaces !== undefined) {
      const old = await findSession(trx, options.replaces);
      // Rotation keeps the absolute lifetime: a new id, not a new 12 hours.
      if (old !== undefined) row.created_at = old.created_at;
      await deleteSession(trx, options.replaces);
    }
    await insertSession(trx, row);
    return { token, row };
  }

  return {
    /** Checks user name and password; on success returns a new session (docs/spec/security.md rows 4, 6). */
    async login(
      ctx: RequestContext,
      input: { username: string; password: string },
    ): Promise<IssuedSession> {
      const config = effectiveConfig(deps);
      const username = input.username.trim().toLowerCase();
      const user = await findUserByUsername(db, username);
      if (user === undefined) {
        await verifyPassword(input.password, await dummy());
        return refuseLogin(ctx, username, "unknown_user");
      }
      const now = clock();
      if (isLocked(user, now)) {
        await verifyPassword(input.password, await dummy());
        return refuseLogin(ctx, username, "locked", user.id);
      }
      const matches = await verifyPassword(input.password, user.password_hash);
      if (!matches || user.status !== "active") {
        if (!matches) {
          await db.transaction().execute(async (trx) => {
            const { failures, locked } = await countFailure(trx, user.id, config.lockout, now);
            if (locked) {
              await audit(trx, {
                ctx,
                action: "auth.lockout",
                outcome: "success",
                subjectUsername: username,
                object: { type: "user", id: user.id },
                detail: { failures, lockMinutes: config.lockout.lockMinutes },
              });
            }
          });
        }
        return refuseLogin(ctx, username, matches ? "disabled" : "wrong_password", user.id);
      }
      return db.transaction().execute(async (trx) => {
        // Abandoned sessions (closed browser, no logout) are swept at every login.
        await deleteExpiredSessions(trx, {
          lastSeenBefore: new Date(
            now.getTime() - config.session.idleTimeoutMinutes * 60_000,
          ).toISOString(),
          createdBefore: new Date(
            now.getTime() - config.session.absoluteTimeoutHours * 3_600_000,
          ).toISOString(),
        });
        await updateLoginState(trx, user.id, {
          failed_logins: 0,
          locked_until: null,
          last_login_at: now.toISOString(),
        });
        const assignments = await listRoleAssignments(trx, [user.id]);
        const issued = await issueSession(trx, ctx, user, {
          activeRoleId: assignments[0]?.id ?? null,
          mfaPassed: false,
        });
        const fresh = (await findUserById(trx, user.id)) ?? user;
        const session = toSessionView(fresh, issued.row, assignments);
        await audit(trx, {
          ctx: { ...ctx, actor: actorOf(fresh, issued.row, assignments, session.stage) },
          action: "auth.login",
          object: { type: "user", id: user.id },
          detail: { stage: session.stage },
        });
        return { token: issued.token, session };
      });
    },

    /**
     * The actor behind a cookie token; deletes and reports sessions past their idle or
     * absolute timeout (docs/spec/security.md row 5).
     */
    async resolveSession(token: string, ctx: RequestContext): Promise<ResolvedSession> {
      const config = effectiveConfig(deps);
      const id = sessionIdOf(token);
      // Session, user and role assignments in one query, read fresh on every request.
      const found = await findSessionWithUser(db, id);
      if (found === undefined) return { kind: "none" };
      const { session, user, assignments } = found;
      const now = clock();
      const idleLimit =
        Date.parse(session.last_seen_at) + config.session.idleTimeoutMinutes * 60_000;
      const absoluteLimit =
        Date.parse(session.created_at) + config.session.absoluteTimeoutHours * 3_600_000;
      if (
        now.getTime() >= idleLimit ||
        now.getTime() >= absoluteLimit ||
        user.status !== "active"
      ) {
        await db.transaction().execute(async (trx) => {
          await deleteSession(trx, id);
          await audit(trx, {
            ctx,
            action: "auth.session_end",
            subjectUsername: user.username,
            object: { type: "user", id: session.user_id },
            detail: {
              reason:
                now.getTime() >= absoluteLimit
                  ? "absolute_timeout"
                  : now.getTime() >= idleLimit
                    ? "idle_timeout"
                    : "account_disabled",
            },
          });
        });
        return { kind: "expired" };
      }
      if (now.getTime() - Date.parse(session.last_seen_at) >= TOUCH_INTERVAL_MS) {
        await touchSession(db, id, now.toISOString());
      }
      const stage = sessionStage(user, session, rolesOf(assignments), config, now);
      return { kind: "ok", actor: actorOf(user, session, assignments, stage) };
    },

    /** Ends the current session (docs/spec/security.md row 5: a replayed cookie is refused afterwards). */
    async logout(ctx: RequestContext): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, actor.sessionId);
        await audit(trx, {
          ctx,
          action: "auth.logout",
          object: { type: "user", id: actor.userId },
        });
      });
    },

    /** The current session's view. */
    async getCurrentSession(ctx: RequestContext): Promise<SessionResponse> {
      const actor = requireActor(ctx);
      const [user, session, assignments] = await Promise.all([
        findUserById(db, actor.userId),
        findSession(db, actor.sessionId),
        listRoleAssignments(db, [actor.userId]),
      ]);
      if (user === undefined || session === undefined) throw new AppError("UNAUTHENTICATED");
      return toSessionView(user, session, assignments);
    },

    /** Makes another of the user's role assignments the active one, under a new session id. */
    async switchRole(ctx: RequestContext, roleAssignmentId: string): Promise<IssuedSession> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const assignments = await listRoleAssignments(trx, [actor.userId]);
        const target = assignments.find((a) => a.id === roleAssignmentId);
        if (target === undefined) throw notFound("角色");
        const user = await findUserById(trx, actor.userId);
        const old = await findSession(trx, actor.sessionId);
        if (user === undefined || old === undefined) throw new AppError("UNAUTHENTICATED");
        const issued = await issueSession(trx, ctx, user, {
          activeRoleId: target.id,
          mfaPassed: old.mfa_passed === 1,
          replaces: actor.sessionId,
        });
        await audit(trx, {
          ctx,
          action: "auth.role_switch",
          object: { type: "role_assignment", id: target.id },
          before: {
            role: actor.activeRole?.role ?? null,
            organisationId: actor.activeRole?.organisationId ?? null,
          },
          after: { role: target.role, organisationId: target.organisation_id },
        });
        return { token: issued.token, session: toSessionView(user, issued.row, assignments) };
      });
    },

    issueSession,
    toSessionView,
  };
}

/** The actor of a session. */
export function actorOf(
  user: UserRow,
  session: SessionRow,
  assignments: RoleAssignmentWithOrganisation[],
  stage: Actor["stage"],
): Actor {
  const active = assignments.find((a) => a.id === session.active_role_assignment_id);
  return {
    userId: user.id,
    username: user.username,
    sessionId: session.id,
    stage,
    activeRole: active === undefined ? null : toActiveRole(active),
  };
}

/** The authentication service. */
export type AuthService = ReturnType<typeof createAuthService>;
