/**
 * Scores a whole round once: three queries (units, facts, ratings), the engine's `prepareRound`
 * on the effective facts of every unit (each unit's facts checked once: the round context, then
 * one scoring call with a shared leaf memo for the units not memoised) and `rankUnits` (ties
 * share a rank).
 * A unit without review rows has identical self and effective facts, so its self result is the
 * same object — the engine is pure — and only reviewed units are scored twice. The outcome is
 * memoised on a digest of every input (./memo.ts), so an unchanged round is not scored again,
 * and each unit's result on a digest of its own inputs, so after one save one unit is rescored.
 */
import {
  prepareRound,
  rankUnits,
  type RoundContext,
  type Scheme,
  type UnitFacts,
  type UnitResult,
} from "@kaoping/engine";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { roundStates, type RoundState } from "../../contract/workflow.js";
import type { Database } from "../../db/schema.js";
import { digestOf, WeightedMemo } from "./memo.js";
import {
  effectiveFactsOf,
  factsOfTexts,
  ratingItemsOf,
  ratingsByRoundUnit,
  selfFactsOf,
} from "./effective-facts.js";
import {
  listRoundFactTexts,
  listRoundRatingValues,
  listRoundUnits,
  type RatingValueRow,
  type RoundUnitWithName,
  type RoundWithScheme,
  schemeOfRound,
  type UnitFactsText,
} from "../workflow/index.js";

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
  /** The unit's own (self) facts, by item code: `facts` itself when nothing was reviewed. */
  selfFacts: Record<string, Record<string, unknown>>;
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

/** One unit's input to scoring: the unit and the facts to score. */
interface ScoreInput {
  unit: Pick<RoundUnitWithName, "unit_id" | "unit_name">;
  facts: Record<string, Record<string, unknown>>;
  /**
   * What `facts` were built from, as text: which facts (effective or self) of the unit's stored
   * rows and ratings — with the scheme version, the facts are a function of these.
   */
  source: string;
}

/**
 * Results of many inputs against one round context, each as `scoreUnit` would give it. Inputs
 * whose unit, facts and context are unchanged come from the per-unit memo (the engine is pure);
 * `score` is given the positions of the rest, in one call (the engine scores identical leaf
 * inputs once across units). After one save only that unit (or, when the context moved, every
 * unit) is scored again.
 */
function resultsOf(
  schemeVersionId: string,
  context: RoundContext,
  inputs: readonly ScoreInput[],
  score: (positions: readonly number[]) => UnitResult[],
): UnitResult[] {
  const contextKey = digestOf(context);
  const keys = inputs.map((input) =>
    createHash("sha256")
      .update(`${schemeVersionId}|${contextKey}|`)
      .update(JSON.stringify([input.unit.unit_id, input.unit.unit_name]))
      .update(input.source)
      .digest("hex"),
  );
  const results: (UnitResult | undefined)[] = keys.map((key) => unitMemo.get(key));
  const missing = results.flatMap((result, i) => (result === undefined ? [i] : []));
  if (missing.length > 0) {
    const scored = score(missing);
    missing.forEach((index, i) => {
      results[index] = scored[i]!;
      unitMemo.set(keys[index]!, scored[i]!, 1);
    });
  }
  return results as UnitResult[];
}

/** An input as the engine takes it. */
function unitFactsOf(input: ScoreInput): UnitFacts {
  return { id: input.unit.unit_id, name: input.unit.unit_name, facts: input.facts };
}

/**
 * SHA-256 of every input of a round: scheme version, units, the units' facts texts (in unit
 * order) and ratings. The facts texts (most of the bytes, full of the separators JSON would
 * escape) are hashed as they are, each after its length; the rest as JSON, which delimits itself.
 */
function roundInputsDigest(
  schemeVersionId: string,
  units: readonly RoundUnitWithName[],
  factTexts: readonly UnitFactsText[],
  ratingRows: readonly RatingValueRow[],
): string {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify([
      schemeVersionId,
      units.map((u) => [u.id, u.unit_id, u.unit_name, u.unit_code]),
    ]),
  );
  hash.update(`${factTexts.length};`);
  for (const { round_unit_id, rows } of factTexts)
    hash.update(`${round_unit_id.length}:${round_unit_id}${rows.length}:`).update(rows);
  hash.update(
    JSON.stringify(
      ratingRows.map((r) => [r.round_unit_id, r.item_code, r.rater_id, r.rater_group, r.value]),
    ),
  );
  return hash.digest("hex");
}

/**
 * Whether the raters' values count yet: only once the round has left 评议 (decision 0052). Until
 * then results, score sheets, exports and history score the rating items as not yet rated, so no
 * response shows a rating, how many there are or their mean — whoever asks.
 */
export function ratingsClosed(round: Pick<RoundWithScheme, "state">): boolean {
  return roundStates.indexOf(round.state as RoundState) > roundStates.indexOf("rating");
}

/** Computes every unit's results of a round from its current facts and ratings (once 评议 closed). */
export async function computeRoundResults(
  db: Kysely<Database>,
  round: RoundWithScheme,
): Promise<ComputedRound> {
  const scheme = schemeOfRound(round);
  const [units, factTexts, ratingRows] = await Promise.all([
    listRoundUnits(db, round.id),
    listRoundFactTexts(db, round.id),
    ratingsClosed(round) ? listRoundRatingValues(db, round.id) : ([] as RatingValueRow[]),
  ]);
  const key = roundInputsDigest(round.scheme_version_id, units, factTexts, ratingRows);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const ratingItems = ratingItemsOf(scheme);
  const facts = factsOfTexts(factTexts);
  const ratings = ratingsByRoundUnit(ratingRows, ratingItems);
  // The text each unit's facts are built from (its rows as stored, its ratings in order): the
  // per-unit memo's key, cheaper than serialising the facts objects.
  const rowsText = new Map(factTexts.map((f) => [f.round_unit_id, f.rows]));
  const ratingsText = new Map<string, [string, string | null, string][]>();
  for (const r of ratingRows) {
    const list = ratingsText.get(r.round_unit_id) ?? [];
    list.push([r.item_code, r.rater_group, r.value]);
    ratingsText.set(r.round_unit_id, list);
  }
  const inputs = units.map((unit) => {
    const sources = facts.get(unit.id);
    const unitRatings = ratings.get(unit.id);
    const effective = effectiveFactsOf(sources, ratingItems, unitRatings);
    const hasReview = sources !== undefined && sources.reviewRows.size > 0;
    const rows = rowsText.get(unit.id) ?? "";
    const source = `${rows.length}:${rows}${JSON.stringify(ratingsText.get(unit.id) ?? [])}`;
    return {
      unit,
      effective,
      effectiveSource: `effective:${source}`,
      self: hasReview ? selfFactsOf(sources, ratingItems, unitRatings) : undefined,
      selfSource: `self:${source}`,
    };
  });
  const effective = inputs.map((input): ScoreInput => ({
    unit: input.unit,
    facts: input.effective,
    source: input.effectiveSource,
  }));
  // Every unit's facts are checked once, for the context and for scoring (docs/decisions/0057).
  const prepared = prepareRound(scheme, effective.map(unitFactsOf));
  const scored = resultsOf(round.scheme_version_id, prepared.context, effective, (positions) =>
    prepared.score(positions),
  );
  // The self facts of reviewed units, against the same context.
  const reviewed = inputs.flatMap((input) =>
    input.self === undefined
      ? []
      : [{ unit: input.unit, facts: input.self, source: input.selfSource }],
  );
  const selfScored = resultsOf(round.scheme_version_id, prepared.context, reviewed, (positions) =>
    prepared.scoreOthers(positions.map((i) => unitFactsOf(reviewed[i]!))),
  );
  const ranked = rankUnits(scored);
  let nextSelf = 0;
  const computed: ComputedRound = {
    scheme,
    units: inputs.map((input, i) => {
      const result = ranked[i] as UnitResult & { rank: number };
      const self = input.self === undefined ? result : selfScored[nextSelf++]!;
      const { id, unit_id, unit_name, unit_code } = input.unit;
      return {
        unit: { id, unit_id, unit_name, unit_code },
        result,
        self,
        facts: input.effective,
        selfFacts: input.self ?? input.effective,
      };
    }),
  };
  memo.set(key, computed, Math.max(1, units.length));
  return computed;
}
