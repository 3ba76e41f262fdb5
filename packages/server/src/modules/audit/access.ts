/** The audit routes' part of the authorization matrix: the audit administrator only. */
import type { AccessTable } from "../../authz/types.js";

/** Only the audit administrator reads, exports and verifies the audit log. */
export const auditAccess: AccessTable = {
  "GET /api/audit": { access: "roles", roles: ["audit_admin"] },
  "GET /api/audit/export": { access: "roles", roles: ["audit_admin"] },
  "GET /api/audit/verify": { access: "roles", roles: ["audit_admin"] },
};
