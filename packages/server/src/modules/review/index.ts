/**
 * The review decisions the review import (modules/documents) writes. Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export {
  findItemReview,
  insertItemReview,
  listItemDepartments,
  updateItemReview,
} from "./repository.js";
/** The reviewers who reach a round with their item scopes (for the round's progress). */
export { listRoundReviewers } from "./approval.js";
