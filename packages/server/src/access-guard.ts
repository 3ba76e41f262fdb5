/**
 * The authorization guard: before validation, every request to a registered route is checked
 * against the matrix — public, or a live session in an allowed stage with an allowed active
 * role. Unknown routes fall through to 404; routes missing from the matrix are refused.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { SessionStage } from "./contract/auth.js";
import type { ServerConfig } from "./config.js";
import { AppError } from "./errors/app-error.js";
import { contextOf } from "./http/context.js";
import { recordAuditEvent, type AuditWriter } from "./modules/audit/writer.js";
import type { AuthService } from "./modules/auth/service.js";
import { clearSessionCookie, setCsrfCookie, sessionTokenOf } from "./modules/auth/cookie.js";
import {
  carriesCsrfToken,
  comesFromAnotherSite,
  CSRF_COOKIE,
  csrfTokenOf,
  isSafeMethod,
} from "./modules/auth/csrf.js";
import type { Db } from "./db/database.js";
import { allowedStages, type RouteAccess, type RouteKey } from "./authz/types.js";

const stageErrors: Record<Exclude<SessionStage, "active">, AppError["code"]> = {
  mfa_required: "MFA_REQUIRED",
  mfa_enrollment_required: "MFA_REQUIRED",
  password_change_required: "PASSWORD_CHANGE_REQUIRED",
};

/** The matrix key of a request's route, or undefined for unknown routes. */
export function routeKeyOf(request: FastifyRequest): RouteKey | undefined {
  const url = request.routeOptions.url;
  return url === undefined ? undefined : (`${request.method} ${url}` as RouteKey);
}

/** Installs the guard. */
export function registerGuard(
  app: FastifyInstance,
  deps: {
    matrix: Partial<Record<RouteKey, RouteAccess>>;
    auth: AuthService;
    config: ServerConfig;
    db: Db;
    audit: AuditWriter;
  },
): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request, reply) => {
    const key = routeKeyOf(request);
    if (key === undefined) return;
    const entry = deps.matrix[key];
    if (entry === undefined) throw new AppError("ROUTE_NOT_CLASSIFIED");
    const changesState = !isSafeMethod(request.method);
    // No state change is ever started by another site, not even a login (login CSRF).
    if (changesState && comesFromAnotherSite(request)) throw new AppError("CSRF_REJECTED");
    if (entry.access === "public") return;
    const token = sessionTokenOf(request, deps.config);
    if (token === undefined) throw new AppError("UNAUTHENTICATED");
    if (changesState && !carriesCsrfToken(request, token)) throw new AppError("CSRF_REJECTED");
    const resolved = await deps.auth.resolveSession(token, contextOf(request));
    if (resolved.kind !== "ok") {
      clearSessionCookie(reply, request, deps.config);
      throw new AppError(resolved.kind === "expired" ? "SESSION_EXPIRED" : "UNAUTHENTICATED");
    }
    // A session from before the CSRF cookie existed (or a cleared cookie) gets it back.
    if (request.cookies[CSRF_COOKIE] !== csrfTokenOf(token)) {
      setCsrfCookie(reply, request, deps.config, token);
    }
    request.actor = resolved.actor;
    const { stage, activeRole } = resolved.actor;
    if (!allowedStages(entry).includes(stage)) {
      throw new AppError(stage === "active" ? "FORBIDDEN" : stageErrors[stage]);
    }
    if (
      entry.access === "roles" &&
      (activeRole === null || !entry.roles.includes(activeRole.role))
    ) {
      await recordAuditEvent(deps.db, deps.audit, {
        ctx: contextOf(request),
        action: "authz.denied",
        outcome: "denied",
        detail: { route: key },
      });
      throw new AppError("FORBIDDEN");
    }
  });
}
