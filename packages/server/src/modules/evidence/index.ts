/**
 * What other modules use of evidence (docs/server-conventions.md "Boundaries"): service
 * functions, never the repository — the file names per item, for the documents that list them.
 */
export { evidenceNamesByItem } from "./lookups.js";
