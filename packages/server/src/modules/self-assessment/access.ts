/** The self-assessment routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

const unitWriters = ["unit_filler", "unit_head"] as const;

/** Units fill in (the head submits); the assessing organisation's roles read. */
export const selfAssessmentAccess: AccessTable = {
  "GET /api/rounds/:roundId/units/:unitId/self-assessment": {
    access: "roles",
    roles: ["unit_filler", "unit_head", "assessment_admin", "reviewer", "viewer"],
  },
  "PUT /api/rounds/:roundId/units/:unitId/self-assessment/items/:itemCode/facts": {
    access: "roles",
    roles: unitWriters,
  },
  "PUT /api/rounds/:roundId/units/:unitId/self-assessment/items/:itemCode/narrative": {
    access: "roles",
    roles: unitWriters,
  },
  "POST /api/rounds/:roundId/units/:unitId/self-assessment/submit": {
    access: "roles",
    roles: ["unit_head"],
  },
  "POST /api/rounds/:roundId/units/:unitId/self-assessment/withdraw": {
    access: "roles",
    roles: ["unit_head"],
  },
};
