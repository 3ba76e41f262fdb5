/** The results and snapshot routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";

/** Assessing organisation roles and the assessed units (units only once published; checked by the service). */
const readers = ["assessment_admin", "reviewer", "viewer", "unit_filler", "unit_head"] as const;

/** Who may call each results route. */
export const resultsAccess: AccessTable = {
  "GET /api/rounds/:roundId/results": { access: "roles", roles: readers },
  "GET /api/rounds/:roundId/units/:unitId/results": { access: "roles", roles: readers },
  "GET /api/rounds/:roundId/snapshots": { access: "roles", roles: readers },
  "GET /api/rounds/:roundId/snapshots/:sequence": { access: "roles", roles: readers },
};
