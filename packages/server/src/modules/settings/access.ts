/** The settings routes' part of the authorization matrix (三员分立, decision 0060). */
import type { AccessTable } from "../../authz/types.js";
import { administratorRoles } from "../../contract/roles.js";

/**
 * The three administrators read the settings; each group is changed only by its own
 * administrator. The system name is public: the login page shows it before anyone logs in.
 */
export const settingsAccess: AccessTable = {
  "GET /api/system/name": { access: "public" },
  "GET /api/system/settings": { access: "roles", roles: administratorRoles },
  "PUT /api/system/settings/security": { access: "roles", roles: ["security_admin"] },
  "PUT /api/system/settings/system": { access: "roles", roles: ["system_admin"] },
};
