/** The rating routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

/** Raters rate and read their own ratings; the administrator reads them once the stage is over. */
export const ratingsAccess: AccessTable = {
  "GET /api/rounds/:roundId/ratings": { access: "roles", roles: ["rater", "assessment_admin"] },
  "PUT /api/rounds/:roundId/units/:unitId/ratings/:itemCode": { access: "roles", roles: ["rater"] },
};
