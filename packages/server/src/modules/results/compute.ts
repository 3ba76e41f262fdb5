/**
 * Scores a whole round once: three queries (units, facts, ratings), one round context from the
 * effective facts of every unit, then `scoreUnit` per unit and `rankUnits` (ties share a rank).
 * A unit without review rows has identical self and effective facts, so its self result is the
 * same object — the engine is pure — and only reviewed units are scored twice. The outcome is
 * memoised on a digest of every input (./memo.ts), so unchanged rounds are not scored again.
 */
import { computeRoundContext, rankUnits, scoreUnit, type Scheme, type UnitResult } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { digestOf, WeightedMemo } from "./memo.js";
import { effectiveFactsOf, factsByRoundUnit, ratingItemsOf, ratingsByRoundUnit, selfFactsOf } from "./effective-facts.js";
import { schemeOfRound } from "./round-access.js";
import { listRoundFacts, listRoundRatings, listRoundUnits, type RoundUnitWithName, type RoundWithScheme } from "./round-data.js";

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

/** Computes every unit's results of a round from its current facts and ratings. */
export async function computeRoundResults(db: Kysely<Database>, round: RoundWithScheme): Promise<ComputedRound> {
  const scheme = schemeOfRound(round);
  const [units, factRows, ratingRows] = await Promise.all([
    listRoundUnits(db, round.id),
    listRoundFacts(db, round.id),
    listRoundRatings(db, round.id),
  ]);
  const key = digestOf(
    (function* inputs() {
      yield round.scheme_version_id;
      for (const u of units) yield* [u.id, u.unit_id, u.unit_name, u.unit_code];
      for (const f of factRows) yield* [f.round_unit_id, f.item_code, f.source, f.value];
      for (const r of ratingRows) yield* [r.round_unit_id, r.item_code, r.rater_id, r.rater_group, r.value];
    })(),
  );
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
    return { unit, effective, self: hasReview ? selfFactsOf(sources, ratingItems, unitRatings) : undefined };
  });
  const context = computeRoundContext(scheme, inputs.map((input) => ({ facts: input.effective })));
  const scored = inputs.map((input) => scoreUnit(scheme, { id: input.unit.unit_id, name: input.unit.unit_name, facts: input.effective }, context));
  const ranked = rankUnits(scored);
  const computed: ComputedRound = {
    scheme,
    units: inputs.map((input, i) => {
      const result = ranked[i] as UnitResult & { rank: number };
      const self = input.self === undefined ? result : scoreUnit(scheme, { id: input.unit.unit_id, name: input.unit.unit_name, facts: input.self }, context);
      const { id, unit_id, unit_name, unit_code } = input.unit;
      return { unit: { id, unit_id, unit_name, unit_code }, result, self, facts: input.effective };
    }),
  };
  memo.set(key, computed, Math.max(1, units.length));
  return computed;
}
