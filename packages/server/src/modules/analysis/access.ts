/** The analysis routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

/** 得分提升 and 试算: the unit itself (its own data only) and the assessing organisation's roles. */
const unitAndAssessors = [
  "unit_filler",
  "unit_head",
  "assessment_admin",
  "reviewer",
  "viewer",
] as const;

/** Who may call each analysis route. */
export const analysisAccess: AccessTable = {
  "GET /api/rounds/:roundId/units/:unitId/improvements": {
    access: "roles",
    roles: unitAndAssessors,
  },
  "POST /api/rounds/:roundId/units/:unitId/trial": { access: "roles", roles: unitAndAssessors },
  // 失分分析 compares every unit's details: the bureau (administrators, leaders as viewers) only.
  "GET /api/rounds/:roundId/loss-analysis": {
    access: "roles",
    roles: ["assessment_admin", "viewer"],
  },
};
