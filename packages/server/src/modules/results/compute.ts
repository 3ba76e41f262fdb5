/**
 * Scores a whole round once: three queries (units, facts, ratings), one round context from the
 * effective facts of every unit, then `scoreUnit` per unit and `rankUnits` (ties share a rank).
 * A unit without review rows has identical self and effective facts, so its self result is the
 * same object — the engine is pure — and only reviewed units are scored twice. The outcome is
 * memoised on a digest of every input (./memo.ts), so an unchanged round is not scored again,
 * and each unit's result on a digest of its own inputs, so after one save one unit is rescored.
 */
import {
  computeRoundContext,
  rankUnits,
  scoreUnit,
  type RoundContext,
  type Scheme,
  type UnitResult,
} from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { digestOf, WeightedMemo } from "./memo.js";
import {
  effectiveFactsOf,
  factsByRoundUnit,
  ratingItemsOf,
  ratingsByRoundUnit,
  selfFactsOf,
} from "./effective-facts.js";
import { schemeOfRound } from "./round-access.js";
import {
  listRoundFacts,
  listRoundRatings,
  listRoundUnits,
  type RoundUnitWithName,
  type RoundWithScheme,
} from "./round-data.js";

/** One unit's computed results. */
export interface ComputedUnit {
  /** Only what results show: a memoised result never carries a status that may have changed since. */
  unit: Pick<RoundUnitWithName, "id" | "unit_id" | "unit_name" | "unit_code">;
  /** From effective facts (reviewed where reviewed), ranked. */
  result: UnitResult & { rank: number };
  /** From the unit's own facts, against the same round context. */
  self: UnitResult;
  /** Effective facts given to the engine, by item code. */
  facts: Record<string, Record<string, unknown>>;
}

/** A round's computed results, units in organisation code order. */
export interface ComputedRound {
  scheme: Scheme;
  units: ComputedUnit[];
}

/** Computed rounds by input digest; at most ~6,000 units' results held (a few province rounds). */
const memo = new WeightedMemo<ComputedRound>(6000);

/** Unit results by a digest of everything they depend on; ~20,000 held (a few province rounds). */
const unitMemo = new WeightedMemo<UnitResult>(20_000);

/**
 * `scoreUnit` with the round context fixed, memoised per unit: the engine is pure, so a unit
 * whose facts, name and round context are unchanged gets the result computed before. After one
 * save only that unit (or, when the context moved, every unit) is scored again.
 */
function unitScorer(scheme: Scheme, schemeVersionId: string, context: RoundContext) {
  const contextKey = digestOf(context);
  return (
    unit: Pick<RoundUnitWithName, "unit_id" | "unit_name">,
    facts: Record<string, Record<string, unknown>>,
  ): UnitResult => {
    const key = digestOf([schemeVersionId, contextKey, unit.unit_id, unit.unit_name, facts]);
    const known = unitMemo.get(key);
    if (known !== undefined) return known;
    const result = scoreUnit(scheme, { id: unit.unit_id, name: unit.unit_name, facts }, context);
    unitMemo.set(key, result, 1);
    return result;
  };
}

/** Computes every unit's results of a round from its current facts and ratings. */
export async function computeRoundResults(
  db: Kysely<Database>,
  round: RoundWithScheme,
): Promise<ComputedRound> {
  const scheme = schemeOfRound(round);
  const [units, factRows, ratingRows] = await Promise.all([
    listRoundUnits(db, round.id),
    listRoundFacts(db, round.id),
    listRoundRatings(db, round.id),
  ]);
  const key = digestOf([
    round.scheme_version_id,
    units.map((u) => [u.id, u.unit_id, u.unit_name, u.unit_code]),
    factRows.map((f) => [f.round_unit_id, f.item_code, f.source, f.value]),
    ratingRows.map((r) => [r.round_unit_id, r.item_code, r.rater_id, r.rater_group, r.value]),
  ]);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const ratingItems = ratingItemsOf(scheme);
  const facts = factsByRoundUnit(factRows);
  const ratings = ratingsByRoundUnit(ratingRows, ratingItems);
  const inputs = units.map((unit) => {
    const sources = facts.get(unit.id);
    const unitRatings = ratings.get(unit.id);
    const effective = effectiveFactsOf(sources, ratingItems, unitRatings);
    const hasReview = sources !== undefined && sources.reviewRows.size > 0;
    return {
      unit,
      effective,
      self: hasReview ? selfFactsOf(sources, ratingItems, unitRatings) : undefined,
    };
  });
  const context = computeRoundContext(
    scheme,
    inputs.map((input) => ({ facts: input.effective })),
  );
  const score = unitScorer(scheme, round.scheme_version_id, context);
  const scored = inputs.map((input) => score(input.unit, input.effective));
  const ranked = rankUnits(scored);
  const computed: ComputedRound = {
    scheme,
    units: inputs.map((input, i) => {
      const result = ranked[i] as UnitResult & { rank: number };
      const self = input.self === undefined ? result : score(input.unit, input.self);
      const { id, unit_id, unit_name, unit_code } = input.unit;
      return { unit: { id, unit_id, unit_name, unit_code }, result, self, facts: input.effective };
    }),
  };
  memo.set(key, computed, Math.max(1, units.length));
  return computed;
}
