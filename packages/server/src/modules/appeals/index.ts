/**
 * What other modules use of appeals (docs/server-conventions.md "Boundaries"): service
 * functions, never the repository — one appeal, for its evidence (modules/evidence).
 */
export { findAppeal } from "./lookups.js";
