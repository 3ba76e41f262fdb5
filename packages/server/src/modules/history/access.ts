/** The history route's part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

/** Every business role that reaches the unit (units: their own). */
export const historyAccess: AccessTable = {
  "GET /api/units/:unitId/history": {
    access: "roles",
    roles: ["assessment_admin", "reviewer", "viewer", "unit_filler", "unit_head"],
  },
};
