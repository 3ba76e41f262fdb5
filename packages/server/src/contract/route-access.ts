/**
 * Who may call a route, read from THE authorization matrix (access-matrix.ts) that the server's
 * guard enforces. The web app builds its menu from this, so a menu entry is shown only to the
 * roles the page's API routes let in (issue 14 defect 11: the 申诉 menu shown to reviewers led to
 * 403). The matrix is pure data (each module's access.ts), so the browser can import it.
 */
import { authorizationMatrix } from "../access-matrix.js";
import type { RouteKey } from "../authz/types.js";
import type { Role } from "./roles.js";

export type { RouteKey };

/** Whether the matrix has the route at all. */
export function routeKnown(route: RouteKey): boolean {
  return authorizationMatrix[route] !== undefined;
}

/** Whether a user acting in `role` passes the route's role check (unknown routes: no). */
export function roleMayCall(route: RouteKey, role: Role): boolean {
  const entry = authorizationMatrix[route];
  if (entry === undefined) return false;
  if (entry.access !== "roles") return true;
  return entry.roles.includes(role);
}
