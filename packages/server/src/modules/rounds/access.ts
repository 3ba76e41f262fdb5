/** The round routes' part of the authorization matrix (docs/workflow.md). */
import type { AccessTable } from "../../authz/types.js";
import { businessRoles } from "../../contract/roles.js";

const admin = ["assessment_admin"] as const;

/** Every business role reads the rounds it reaches; only the assessment administrator changes them. */
export const roundsAccess: AccessTable = {
  "GET /api/rounds": { access: "roles", roles: businessRoles },
  "POST /api/rounds": { access: "roles", roles: admin },
  "GET /api/rounds/:id": { access: "roles", roles: businessRoles },
  "PATCH /api/rounds/:id": { access: "roles", roles: admin },
  "DELETE /api/rounds/:id": { access: "roles", roles: admin },
  "PUT /api/rounds/:id/deadlines": { access: "roles", roles: admin },
  "POST /api/rounds/:id/transitions": { access: "roles", roles: admin },
  "GET /api/rounds/:id/transitions": { access: "roles", roles: businessRoles },
  "GET /api/rounds/:id/scheme": { access: "roles", roles: businessRoles },
  "GET /api/rounds/:id/units": { access: "roles", roles: businessRoles },
  "GET /api/rounds/:id/units/pending": { access: "roles", roles: admin },
  "POST /api/rounds/:roundId/units/:unitId/reopen": { access: "roles", roles: admin },
  "PUT /api/rounds/:roundId/units/:unitId/deadline": { access: "roles", roles: admin },
};
