/** The progress route's part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

/** Who may call the progress route: those who run the round (units, reviewers, raters: 403). */
export const progressAccess: AccessTable = {
  "GET /api/rounds/:roundId/progress": { access: "roles", roles: ["assessment_admin"] },
};
