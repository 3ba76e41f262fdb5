/**
 * `@kaoping/server/contract`: the API's request and response schemas, field limits, roles and
 * error codes. Pure (zod only, no Node imports) so the web app reuses them in its forms.
 */
export * from "./limits.js";
export * from "./errors.js";
export * from "./roles.js";
export * from "./common.js";
export * from "./auth.js";
export * from "./organisations.js";
export * from "./users.js";
export * from "./audit.js";
export * from "./audit-names.js";
export * from "./audit-detail.js";
export * from "./health.js";
export * from "./workflow.js";
export * from "./review.js";
export * from "./ratings.js";
export * from "./results.js";
export * from "./appeals.js";
export * from "./schemes.js";
export * from "./rounds.js";
export * from "./self-assessment.js";
export * from "./evidence.js";
export * from "./documents.js";
export * from "./settings.js";
export * from "./number-text.js";
export * from "./time-zone.js";
export * from "./notices.js";
export * from "./analysis.js";
export * from "./progress.js";
export * from "./personal-data.js";
export * from "./route-access.js";
