/** The notices routes' part of the authorization matrix (decision 0213). */
import type { AccessTable } from "../../authz/types.js";

const unitRoles = ["unit_filler", "unit_head"] as const;

/**
 * 催报 by the assessment administrator; a unit's notices by its own roles; webhooks by the system
 * administrator (organisations are his, 三员分立); the bell for every logged-in user (his own).
 */
export const noticesAccess: AccessTable = {
  "POST /api/rounds/:id/reminders": { access: "roles", roles: ["assessment_admin"] },
  "GET /api/rounds/:id/reminders": { access: "roles", roles: ["assessment_admin"] },
  "GET /api/notices": { access: "roles", roles: unitRoles },
  "POST /api/notices/:id/read": { access: "roles", roles: unitRoles },
  "GET /api/organisations/:id/webhook": { access: "roles", roles: ["system_admin"] },
  "PUT /api/organisations/:id/webhook": { access: "roles", roles: ["system_admin"] },
  "GET /api/me/todos": { access: "authenticated" },
};
