/**
 * The account routes' part of the authorization matrix (三员分立): the system administrator
 * manages accounts; the security administrator grants and revokes roles, unlocks accounts and
 * resets second factors; both can read accounts. No business role manages accounts.
 */
import type { AccessTable } from "../../authz/types.js";

const readers = ["system_admin", "security_admin"] as const;

/** Who may call each account route. */
export const usersAccess: AccessTable = {
  "GET /api/users": { access: "roles", roles: readers },
  "GET /api/users/:id": { access: "roles", roles: readers },
  "POST /api/users": { access: "roles", roles: ["system_admin"] },
  "GET /api/users/import-template": { access: "roles", roles: ["system_admin"] },
  "POST /api/users/import": { access: "roles", roles: ["system_admin"] },
  "PATCH /api/users/:id": { access: "roles", roles: ["system_admin"] },
  "POST /api/users/:id/password-reset": { access: "roles", roles: ["system_admin"] },
  "POST /api/users/:id/unlock": { access: "roles", roles: ["security_admin"] },
  "POST /api/users/:id/totp-reset": { access: "roles", roles: ["security_admin"] },
  "POST /api/users/:id/roles": { access: "roles", roles: ["security_admin"] },
  "DELETE /api/users/:id/roles/:assignmentId": { access: "roles", roles: ["security_admin"] },
};
