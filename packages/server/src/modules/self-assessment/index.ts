/**
 * What other modules use of self-assessment (docs/server-conventions.md "Boundaries"): service
 * functions, never the repository — a unit's statements, for the documents and the export
 * command.
 */
export { listNarratives } from "./lookups.js";
