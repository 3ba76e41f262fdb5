/**
 * Live scoring in the browser with the server's own engine: validate the form's facts, score
 * the unit against the round context, and report problems by path and the facts still missing.
 * Scoring is deferred so typing stays responsive on slow office PCs.
 */
import {
  computeRoundContext,
  scoreUnit,
  validateFacts,
  type RoundContext,
  type Scheme,
  type UnitResult,
} from "@kaoping/engine";
import { useDeferredValue, useMemo } from "react";
import { cleanFacts, problemsByPath, type FormFacts } from "./facts-model";

/** The live result of a form. */
export interface LiveScore {
  result: UnitResult;
  problems: Map<string, string[]>;
  missing: string[];
  /** True while the shown score lags behind the latest input. */
  isStale: boolean;
}

/** Scores the facts of one unit as they are typed. Without a round context, the unit is its own round. */
export function scoreFacts(
  scheme: Scheme,
  unit: { id: string; name: string },
  facts: FormFacts,
  context?: RoundContext,
): Omit<LiveScore, "isStale"> {
  const clean = cleanFacts(facts);
  const checked = validateFacts(scheme, clean);
  const roundContext = context ?? computeRoundContext(scheme, [{ facts: clean }]);
  const result = scoreUnit(scheme, { ...unit, facts: clean }, roundContext);
  return { result, problems: problemsByPath(checked.problems), missing: checked.missing };
}

/** The hook form of `scoreFacts`. */
export function useLiveScore(
  scheme: Scheme,
  unit: { id: string; name: string },
  facts: FormFacts,
  context?: RoundContext,
): LiveScore {
  const deferred = useDeferredValue(facts);
  const scored = useMemo(
    () => scoreFacts(scheme, unit, deferred, context),
    [scheme, unit, deferred, context],
  );
  return { ...scored, isStale: deferred !== facts };
}
