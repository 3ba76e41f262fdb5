/**
 * What other modules use of schemes (docs/server-conventions.md "Boundaries"): service
 * functions, never the repository — a scheme version the actor reaches, for the rounds module.
 */
export { requireReachableSchemeVersion } from "./lookups.js";
