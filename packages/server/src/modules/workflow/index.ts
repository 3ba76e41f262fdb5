/**
 * The workflow core (docs/server-conventions.md "The workflow core"): what every workflow module
 * (self-assessment, review, ratings, results, appeals, documents, history) shares about rounds
 * and their units. Other modules import this file, never the core's repository directly.
 */
export { clearApprovals } from "./repository.js";
