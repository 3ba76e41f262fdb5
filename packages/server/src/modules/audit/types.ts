/** Types shared inside the audit module. */
import type { auditOutcomes } from "../../contract/audit.js";

/** How an audited action ended. */
export type AuditOutcomes = (typeof auditOutcomes)[number];
