/** The evidence routes' part of the authorization matrix (docs/spec/security.md rows 19–21). */
import type { AccessTable } from "../../authz/types.js";

const readers = ["unit_filler", "unit_head", "assessment_admin", "reviewer", "viewer"] as const;
const unitWriters = ["unit_filler", "unit_head"] as const;

/** Units upload and delete their own files; the assessing organisation's roles read them. */
export const evidenceAccess: AccessTable = {
  "POST /api/rounds/:roundId/units/:unitId/items/:itemCode/evidence": {
    access: "roles",
    roles: unitWriters,
  },
  "GET /api/rounds/:roundId/units/:unitId/evidence": { access: "roles", roles: readers },
  "GET /api/rounds/:roundId/units/:unitId/evidence-library": {
    access: "roles",
    roles: unitWriters,
  },
  "POST /api/rounds/:roundId/units/:unitId/items/:itemCode/evidence/from-library": {
    access: "roles",
    roles: unitWriters,
  },
  "GET /api/evidence/:id/download": { access: "roles", roles: readers },
  "DELETE /api/evidence/:id": { access: "roles", roles: unitWriters },
};
