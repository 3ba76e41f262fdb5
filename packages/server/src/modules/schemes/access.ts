/** The scheme routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";
import { businessRoles } from "../../contract/roles.js";

/** Roles of the assessing organisation that read schemes (not the assessed units). */
const readers = ["assessment_admin", "reviewer", "rater", "viewer"] as const;

/** Who may call each scheme route: only the assessment administrator changes schemes. */
export const schemesAccess: AccessTable = {
  "GET /api/scheme-templates": { access: "roles", roles: businessRoles },
  "GET /api/scheme-templates/:templateId": { access: "roles", roles: businessRoles },
  "GET /api/schemes": { access: "roles", roles: readers },
  "POST /api/schemes": { access: "roles", roles: ["assessment_admin"] },
  "GET /api/schemes/:id": { access: "roles", roles: readers },
  "PUT /api/schemes/:id/draft": { access: "roles", roles: ["assessment_admin"] },
  "POST /api/schemes/:id/versions": { access: "roles", roles: ["assessment_admin"] },
  "GET /api/schemes/:id/import-review": { access: "roles", roles: ["assessment_admin"] },
  "PUT /api/schemes/:id/import-review/:itemCode": { access: "roles", roles: ["assessment_admin"] },
  "GET /api/scheme-versions/:id": { access: "roles", roles: readers },
  "GET /api/scheme-versions/:id/export": { access: "roles", roles: readers },
};
