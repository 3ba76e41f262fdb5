/**
 * The live score of a self-assessment: the engine scores the unit's own (self) facts against the
 * round context computed from every unit's current facts (review over self per item), so
 * cross-unit rules (全县首个完成) show what the unit would get now. Only the items the
 * cross-unit rules read are loaded from other units (./cross-unit.ts).
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
import { crossUnitItemCodes } from "./cross-unit.js";
import { listRoundFactRows, listUnitFactRows } from "./repository.js";

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
  const ownRows = await listUnitFactRows(db, input.roundUnitId);
  const ownSelf = ownRows.filter((row) => row.source === "self");
  const selfFacts = factsObject(ownSelf, ratingItems);
  const crossItems = crossUnitItemCodes(scheme);
  let context = {};
  if (crossItems.size > 0) {
    const byUnit = new Map<string, FactRow[]>();
    for (const row of await listRoundFactRows(db, input.roundId, [...crossItems])) {
      const unitRows = byUnit.get(row.round_unit_id) ?? [];
      unitRows.push(row);
      byUnit.set(row.round_unit_id, unitRows);
    }
    // Review rows go last so they replace the self rows of the same item (effective facts).
    const effective = (unitRows: FactRow[]) =>
      factsObject(
        [
          ...unitRows.filter((r) => r.source === "self"),
          ...unitRows.filter((r) => r.source !== "self"),
        ],
        ratingItems,
      );
    context = computeRoundContext(
      scheme,
      [...byUnit.values()].map((unitRows) => ({ facts: effective(unitRows) })),
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
