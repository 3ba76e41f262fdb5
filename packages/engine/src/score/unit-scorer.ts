/**
 * Scoring single units, one call at a time, against one round context, with the round's memos
 * kept between calls: the server's live score after every facts save scores one unit whose
 * items' inputs are mostly those it scored before (docs/decisions/0306). A unit whose inputs were
 * seen costs memo hits, as in `prepareRound` (docs/decisions/0007–0009).
 */
import { newCheckMemo, type CheckMemo } from "../facts/check-item.js";
import { checkUnitFacts } from "../facts/check-unit.js";
import type { Problem } from "../problems.js";
import { compiledOf } from "../scheme/validate.js";
import type { Scheme } from "../scheme/schema.js";
import { roundMemo, type RoundMemo } from "./memo.js";
import type { RoundContext, UnitFacts, UnitResult } from "./result.js";
import { resultOf } from "./round.js";

/** Scores units one at a time against one round context (see `unitScorer`). */
export interface UnitScorer {
  /** Exactly what `scoreUnitWithProblems(scheme, unit, context)` gives. */
  score(unit: UnitFacts): { result: UnitResult; problems: Problem[] };
  /** Entries the memos hold now (input ids, checked inputs, walked items): at most the cap plus one unit's. */
  readonly size: number;
}

/**
 * The cap of a scorer's memos, in entries: a county's units with a few changes each fit many times
 * over (township-2022: ~250 per unit with facts everywhere), and the tables stay under ~2 MB.
 */
export const UNIT_SCORER_CAP = 1 << 15;

/**
 * A scorer for single units of one round against its context. Its memos never forget within a
 * round, so they are capped: once they hold more than `cap` entries, the next unit starts fresh
 * ones (a server keeps a scorer for weeks). Results are shared as in `scoreUnits`: a leaf's result
 * is frozen and may be the one another call got; problems are each call's own.
 */
export function unitScorer(
  scheme: Scheme,
  context: RoundContext,
  cap: number = UNIT_SCORER_CAP,
): UnitScorer {
  const compiled = compiledOf(scheme);
  let checkMemo: CheckMemo = newCheckMemo();
  let walkMemo: RoundMemo = roundMemo(compiled, checkMemo.inputs);
  const size = () => checkMemo.inputs.size + checkMemo.facts.length + walkMemo.entries.length - 2;
  return {
    score(unit) {
      if (size() > cap) {
        checkMemo = newCheckMemo();
        walkMemo = roundMemo(compiled, checkMemo.inputs);
      }
      const facts = checkUnitFacts(compiled, unit.facts, checkMemo);
      const result = resultOf(compiled, unit, facts, context, walkMemo);
      // The memo's problem objects are shared by every call with that input: copies go out.
      const problems = facts.problems.map((p) => ({ ...p }));
      return { result, problems };
    },
    get size() {
      return size();
    },
  };
}
