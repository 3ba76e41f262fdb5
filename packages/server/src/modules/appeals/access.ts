/** The appeal routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

/** Units appeal and read their own appeals; the assessment administrator reads and answers all. */
export const appealsAccess: AccessTable = {
  "POST /api/rounds/:roundId/units/:unitId/appeals": {
    access: "roles",
    roles: ["unit_filler", "unit_head"],
  },
  "GET /api/rounds/:roundId/appeals": {
    access: "roles",
    roles: ["assessment_admin", "unit_filler", "unit_head"],
  },
  "PUT /api/appeals/:id/answer": { access: "roles", roles: ["assessment_admin"] },
};
