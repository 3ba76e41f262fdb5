/**
 * @kaoping/engine — the rubric model and the scoring engine. Pure: no I/O, no clock.
 *
 * The public API (callers never reach inside):
 * - Schemes: `schemeSchema`, `validateScheme(doc)` (problems, or the scheme with its warnings:
 *   facts no rule reads), types `Scheme`, `Item`, `FactDeclaration`,
 *   and editor metadata `itemKinds`, `ruleKinds`, `factTypes`, `factTypeInfo`, `levelValues`;
 *   `factsReadFromOtherItems(scheme, code)` (other items' facts an item reads, for 试算),
 *   `itemsReadByRoundContext(scheme)` (the items whose facts the round context depends on),
 *   `schemePoints(scheme)` (the base points and, apart, the 加分 parts' cap: 100 and 10),
 *   `schemePointsWords(scheme)` (the same as every screen and document says them: 100, «另设加分，最高10分»),
 *   `bonusItemsOf(items)` (which items are 加分 items, whose awards are said 加, not 得),
 *   `explainPlaces(places)` (得分保留小数位数 in words).
 * - Rules in words: `explainRule(rule, item, lookup?, titles?)` (one sentence with its 满分),
 *   `explainScheme(scheme)` (every item's line), `lookupFactsOf(items)` for a draft's facts;
 *   `gateEffectWords` (a 否决条件's effect in words, the editor's choices).
 * - Templates: `listTemplates()`, `getTemplate(id)`.
 * - Facts: `validateFacts(scheme, facts)` for one unit (missing ≠ problem), `listFacts(scheme)`,
 *   `parseDecimal(value)`.
 * - Scoring: `computeRoundContext(scheme, units)` then `scoreUnit(scheme, unit, context)` (two
 *   phases so one unit can be scored alone), or `scoreRound(scheme, units)` which validates,
 *   scores and ranks; `scoreUnits(scheme, units, context?)` scores many units like `scoreUnit`
 *   but shares a per-round memo (fast); `prepareRound(scheme, units)` checks every unit once and
 *   gives the context and the scoring of any of its units against it (the server's path);
 *   `unitScorer(scheme, context)` scores single units one call at a time like
 *   `scoreUnitWithProblems`, keeping the memos (capped) between calls (the live score's path);
 *   `rankUnits(units)` (1, 2, 2, 4); `describeUnitExtras(result)` gives a unit's amounts beyond
 *   its items (追加扣除, 加分不封顶) and grade vetoes (一票否优) as Chinese lines;
 *   `findImprovements(scheme, units, positions?)` gives each unit's 得分提升: the smallest change
 *   of its facts per item that lifts its total, with the exact gain checked by rescoring.
 *
 * Results are plain JSON to read and serialise, never to mutate: within one `scoreRound` or
 * `scoreUnits` call, units with the same input for a leaf share that leaf's result object, frozen
 * (docs/decisions/0007).
 *
 * Every number in a result is a canonical decimal string. An incomplete unit's `total` is the sum
 * of the items that could be scored, with `complete: false` (docs/decisions/0004). A scheme object
 * passed to scoring functions should come from `validateScheme` or `getTemplate`; any other is
 * validated first and an invalid one throws (a programmer error).
 */
import { compiledOf } from "./scheme/validate.js";
import type { Scheme } from "./scheme/schema.js";
import { contextOfUnits } from "./score/context.js";
import type { RoundContext } from "./score/result.js";

/** Version of the scoring engine, recorded with every published results snapshot. */
export const ENGINE_VERSION = "0.1.0";

export { parseDecimal } from "./decimal.js";
export type { Problem, UnitProblem } from "./problems.js";
export { schemeSchema, itemSchema } from "./scheme/schema.js";
export type { Scheme, SchemeDocument, Item, Gate, Check, RuleDoc } from "./scheme/schema.js";
export { validateScheme } from "./scheme/validate.js";
export { bonusItemsOf, schemePoints, schemePointsWords } from "./scheme/points.js";
export {
  factsReadFromOtherItems,
  itemsReadByRoundContext,
  scoredAgainstOtherUnits,
  scoresReadByItem,
} from "./scheme/reads.js";
export type { ForeignFact, ReadScore } from "./scheme/reads.js";
export {
  factDeclarationSchema,
  factTypes,
  factTypeInfo,
  levelValues,
} from "./facts/declaration.js";
export type { FactDeclaration, FieldDeclaration, FactType } from "./facts/declaration.js";
export { validateFacts, listFacts } from "./facts/validate.js";
export type { FactInfo } from "./facts/validate.js";
export { ruleKinds, itemKinds } from "./rules/catalog.js";
export { addsOrDeducts, deductsFromPoints } from "./rules/kinds/sum-base.js";
export { explainRule, explainScheme, lookupFactsOf, lookupTitlesOf } from "./rules/explain.js";
export { gateEffectWords } from "./rules/gate-words.js";
export type { ExplainItem, FactLookup, ItemExplanation, ItemTitles } from "./rules/explain.js";
export type { KindInfo } from "./rules/catalog.js";
export { listTemplates, getTemplate } from "./templates/index.js";
export {
  scoreUnit,
  scoreUnitWithProblems,
  scoreUnits,
  scoreRound,
  rankUnits,
  prepareRound,
} from "./score/round.js";
export { unitScorer, UNIT_SCORER_CAP } from "./score/unit-scorer.js";
export type { UnitScorer } from "./score/unit-scorer.js";
export { describeUnitExtras } from "./score/extras.js";
export { explainPlaces } from "./score/places.js";
export { findImprovements } from "./score/improve.js";
export type { Improvement, FixedItem, UnitImprovements } from "./score/improve.js";
export type { PreparedRound } from "./score/round.js";
export type {
  ItemResult,
  UnitResult,
  UnitAdjustment,
  UnitMark,
  RoundResult,
  UnitFacts,
  RoundContext,
} from "./score/result.js";

/**
 * Phase one of cross-unit rules: a small JSON-serialisable context computed from all units of a
 * round (e.g. the earliest date of reaching 70%). Units whose facts have problems do not take part.
 */
export function computeRoundContext(
  scheme: Scheme,
  units: readonly { facts: unknown }[],
): RoundContext {
  return contextOfUnits(compiledOf(scheme), units);
}
