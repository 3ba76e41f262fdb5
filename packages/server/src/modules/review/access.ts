/** The review routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

const base = "/api/rounds/:roundId/units/:unitId/review";

/** Reviewers write; the assessment administrator reads; the unit reads the comments on its submission. */
export const reviewAccess: AccessTable = {
  "GET /api/rounds/:roundId/review": { access: "roles", roles: ["reviewer", "assessment_admin"] },
  [`GET ${base}`]: { access: "roles", roles: ["reviewer", "assessment_admin"] },
  [`PUT ${base}/items/:itemCode`]: { access: "roles", roles: ["reviewer"] },
  [`GET ${base}/comments`]: {
    access: "roles",
    roles: ["reviewer", "assessment_admin", "viewer", "unit_filler", "unit_head"],
  },
  [`POST ${base}/comments`]: { access: "roles", roles: ["reviewer"] },
  [`POST ${base}/return`]: { access: "roles", roles: ["reviewer"] },
  [`POST ${base}/confirm-all`]: { access: "roles", roles: ["reviewer"] },
  [`POST ${base}/accept`]: { access: "roles", roles: ["reviewer"] },
};
