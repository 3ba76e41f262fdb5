/**
 * What other modules may use of review (docs/server-conventions.md "Boundaries"), as service
 * functions, never the repository: the review import of modules/documents reads a reviewer's
 * item scope and records its corrections; the round's progress reads the reviewers; evidence
 * lets a reviewer reach only the files of items in his scope.
 */
export { markItemCorrected } from "./corrections.js";
export { reviewScopeIn, scopeOf } from "./read.js";
/** The reviewers who reach a round with their item scopes (for the round's progress). */
export { listRoundReviewers } from "./approval.js";
