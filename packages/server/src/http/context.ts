/**
 * Who is acting: the request context every service call receives (the actor, the client IP
 * and the request id), used for authorization and written to the audit log.
 */
import type { FastifyRequest } from "fastify";
import type { SessionStage } from "../contract/auth.js";
import type { Role } from "../contract/roles.js";

/** The role a session currently acts in. */
export interface ActiveRole {
  assignmentId: string;
  role: Role;
  organisationId: string;
  /** The organisation's tree path (`/rootId/…/id/`), for subtree checks. */
  organisationPath: string;
  scope: { itemCodes: string[]; departmentIds: string[] };
}

/** The logged-in user behind a request. */
export interface Actor {
  userId: string;
  username: string;
  /** The session's database id (a hash of the cookie token, never the token). */
  sessionId: string;
  stage: SessionStage;
  activeRole: ActiveRole | null;
}

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The logged-in user, set by the authorization guard on non-public routes. */
    actor: Actor | null;
  }
}

/** The context of a request, for service calls. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, ip: request.ip, requestId: request.id };
}

/** The actor of a route that the guard has authenticated (programmer error otherwise). */
export function requireActor(ctx: RequestContext): Actor {
  if (ctx.actor === null) throw new Error("route reached without an authenticated actor");
  return ctx.actor;
}

/** A context for work not started by a request (CLI, start-up). */
export function systemContext(): RequestContext {
  return { actor: null, ip: null, requestId: null };
}
