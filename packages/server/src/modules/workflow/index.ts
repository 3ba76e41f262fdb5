/**
 * The workflow core (docs/server-conventions.md "The workflow core"): what every workflow module
 * (rounds, self-assessment, review, ratings, results, appeals, documents, evidence, history)
 * shares about rounds and their units — reading a round and its units with the scheme, reach,
 * the round's state and deadlines, editability and its lock, and the one write path for facts.
 * Other modules import this file, never the core's repository.
 */
export {
  lockEditable,
  requireEditable,
  schemeItems,
  unitDeadline,
  whyNotEditable,
} from "./editability.js";
export { findFact } from "./facts-repository.js";
export { removeReviewFacts, writeFacts } from "./facts.js";
export { saveSelfFacts } from "./facts-save.js";
export {
  requireRound,
  requireRoundAndUnit,
  requireRoundUnit,
  requireRoundUnitAndFact,
} from "./reach.js";
export {
  clearApprovals,
  FIELD_SEPARATOR,
  findRoundUnit,
  listRoundFactTexts,
  listRoundRatings,
  listRoundRatingValues,
  listRoundUnits,
  listRoundUnitsPage,
  listUnitFacts,
  ROW_SEPARATOR,
  selfFactsOf,
  updateRoundUnit,
  type FactValueRow,
  type RatingValueRow,
  type RoundUnitWithName,
  type RoundWithScheme,
  type UnitFactsText,
} from "./repository.js";
export {
  isAtOrAfter,
  isPastDeadline,
  isUnitActor,
  requireBeforeDeadline,
  requireState,
} from "./round-state.js";
export { findRound, schemeOfRound, schemeOfVersion } from "./scheme-cache.js";
export {
  unitFactsWithStamps,
  unitValuesWithStampsOf,
  unitValuesWithStampsQuery,
  type UnitValueRow,
} from "./fact-stamps-repository.js";
export { crossUnitItemCodes, itemsByCode } from "./cross-unit.js";
export { registerEveryRoundFactStamps, registerFactStamps } from "./fact-stamps.js";
