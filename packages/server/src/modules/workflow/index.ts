/**
 * The workflow core (docs/server-conventions.md "The workflow core"): what every workflow module
 * (self-assessment, review, ratings, results, appeals, documents, evidence, history) shares about
 * rounds and their units — editability and its lock, and the one write path for facts. Other
 * modules import this file, never the core's repository.
 */
export { lockEditable, requireEditable, schemeItems, whyNotEditable } from "./editability.js";
export { removeReviewFacts, writeFacts } from "./facts.js";
export { clearApprovals, findFact, selfFactsOf } from "./repository.js";
