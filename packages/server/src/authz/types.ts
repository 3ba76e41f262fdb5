/**
 * How a route is protected, as data. Every route has exactly one entry in the authorization
 * matrix (./matrix.ts); the guard enforces it and the tests are generated from it.
 */
import type { SessionStage } from "../contract/auth.js";
import type { Role } from "../contract/roles.js";

/** `METHOD /url/:param` exactly as the route is registered. */
export type RouteKey = `${"GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"} /${string}`;

/**
 * - `public`: no session needed (login, health, docs, static files) — the allow-list.
 * - `authenticated`: any logged-in user, whatever the role (own session, own password).
 * - `roles`: only when the session's active role is one of `roles`.
 * `stages` lists the session stages the route works in (default: `active` only), so that e.g.
 * an expired password leaves only change-password, the session and logout usable.
 */
export type RouteAccess =
  | { access: "public" }
  | { access: "authenticated"; stages?: readonly SessionStage[] }
  | { access: "roles"; roles: readonly Role[]; stages?: readonly SessionStage[] };

/** One module's part of the matrix. */
export type AccessTable = Partial<Record<RouteKey, RouteAccess>>;

/** The stages a route works in. */
export function allowedStages(entry: RouteAccess): readonly SessionStage[] {
  return entry.access === "public" ? [] : (entry.stages ?? ["active"]);
}
