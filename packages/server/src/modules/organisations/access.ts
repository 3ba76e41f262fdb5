/** The organisation routes' part of the authorization matrix. */
import type { AccessTable } from "../../authz/types.js";
import { roles } from "../../contract/roles.js";

/** Every role reads the organisations it reaches; only the system administrator changes the tree. */
export const organisationsAccess: AccessTable = {
  "GET /api/organisations": { access: "roles", roles },
  "GET /api/organisations/:id": { access: "roles", roles },
  "GET /api/organisations/:id/history": {
    access: "roles",
    roles: ["system_admin", "security_admin", "audit_admin", "assessment_admin"],
  },
  "POST /api/organisations": { access: "roles", roles: ["system_admin"] },
  "PATCH /api/organisations/:id": { access: "roles", roles: ["system_admin"] },
};
