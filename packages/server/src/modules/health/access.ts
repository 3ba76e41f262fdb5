/** The health routes' part of the authorization matrix: public probes. */
import type { AccessTable } from "../../authz/types.js";

/** Probes answer without a session (load balancers and monitoring call them). */
export const healthAccess: AccessTable = {
  "GET /healthz": { access: "public" },
  "GET /readyz": { access: "public" },
};
