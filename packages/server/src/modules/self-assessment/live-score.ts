/**
 * The live score of a self-assessment: the engine scores the unit's own (self) facts against the
 * round context computed from every unit's current facts (review over self per item), so
 * cross-unit rules (全县首个完成) show what the unit would get now. Rounds whose scheme has no
 * cross-unit rule read only the unit's own facts.
 */
import {
  computeRoundContext,
  scoreUnit,
  validateFacts,
  type Problem,
  type Scheme,
} from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database, FactRow } from "../../db/schema.js";
import { listRoundFactRows } from "./repository.js";

const crossUnitCache = new WeakMap<Scheme, boolean>();

/** Whether a scheme has cross-unit rules (their context keys exist even for an empty round). */
function hasCrossUnitRules(scheme: Scheme): boolean {
  let known = crossUnitCache.get(scheme);
  if (known === undefined) {
    known = Object.keys(computeRoundContext(scheme, [])).length > 0;
    crossUnitCache.set(scheme, known);
  }
  return known;
}

/** Builds a unit's facts object from its rows, leaving out 评议 items (raters fill those). */
function factsObject(
  rows: readonly FactRow[],
  ratingItems: ReadonlySet<string>,
): Record<string, Record<string, unknown>> {
  const facts: Record<string, Record<string, unknown>> = {};
  for (const row of rows)
    if (!ratingItems.has(row.item_code))
      facts[row.item_code] = JSON.parse(row.value) as Record<string, unknown>;
  return facts;
}

/** The item code of a fact path (`4.1.rate` → `4.1`). */
export function itemOfPath(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? path : path.slice(0, dot);
}

/** A unit's self facts, its live score, fact problems and what is still missing for submission. */
export async function liveScoreOf(
  db: Kysely<Database>,
  input: {
    roundId: string;
    roundUnitId: string;
    unitId: string;
    unitName: string;
    scheme: Scheme;
    ratingItems: ReadonlySet<string>;
  },
) {
  const { scheme, ratingItems } = input;
  const crossUnit = hasCrossUnitRules(scheme);
  const rows = crossUnit
    ? await listRoundFactRows(db, input.roundId)
    : (
        await db
          .selectFrom("facts")
          .selectAll()
          .where("round_unit_id", "=", input.roundUnitId)
          .execute()
      ).map((row) => ({ ...row, unit_id: input.unitId }));
  const ownSelf = rows.filter(
    (row) => row.round_unit_id === input.roundUnitId && row.source === "self",
  );
  const selfFacts = factsObject(ownSelf, ratingItems);
  let context = {};
  if (crossUnit) {
    const byUnit = new Map<string, FactRow[]>();
    // Review rows come last so they replace the self rows of the same item.
    for (const row of [...rows].sort((a, b) =>
      a.source === b.source ? 0 : a.source === "self" ? -1 : 1,
    )) {
      byUnit.set(row.round_unit_id, [...(byUnit.get(row.round_unit_id) ?? []), row]);
    }
    context = computeRoundContext(
      scheme,
      [...byUnit.values()].map((unitRows) => ({ facts: factsObject(unitRows, ratingItems) })),
    );
  }
  const result = scoreUnit(
    scheme,
    { id: input.unitId, name: input.unitName, facts: selfFacts },
    context,
  );
  const problems: Problem[] = validateFacts(scheme, selfFacts).problems;
  return {
    selfRows: ownSelf,
    score: {
      total: result.total,
      complete: result.complete,
      missing: result.missing,
      veto: result.veto ?? null,
      items: result.items,
    },
    problems,
    missingForSubmission: result.missing.filter((path) => !ratingItems.has(itemOfPath(path))),
  };
}
