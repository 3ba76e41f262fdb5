/**
 * The inputs of a round's documents: the scheme and, per unit, the self result (自评分) and the
 * reviewed result (得分) as engine `UnitResult`s. Like the results module (`results/service.ts`
 * `sheetsOf`): the latest snapshot once the round is published, computed live before. Unit
 * roles never see reviewed scores before publication.
 */
import type { ItemResult, Scheme, UnitResult } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { ItemScore, UnitSheetCore } from "../../contract/results.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { computeRoundResults } from "../results/compute.js";
import type { SnapshotContent } from "../results/snapshots.js";
import { latestSnapshotResults } from "./repository.js";
import {
  isAtOrAfter,
  isUnitActor,
  type RoundWithScheme,
  schemeOfRound,
} from "../workflow/index.js";

/** One unit's document inputs. */
export interface UnitDocuments {
  unitId: string;
  name: string;
  self: UnitResult;
  reviewed: UnitResult | undefined;
}

/** An engine-shaped result from a snapshot sheet: the reviewed scores, or the self scores. */
function fromSheet(sheet: UnitSheetCore, which: "score" | "selfScore"): UnitResult {
  const item = (i: ItemScore): ItemResult => ({
    code: i.code,
    title: i.title,
    max: i.max,
    score: i[which],
    trace: which === "score" ? i.trace : [],
    children: i.children.map(item),
  });
  return {
    id: sheet.unitId,
    name: sheet.unitName,
    total: which === "score" ? sheet.total : sheet.selfTotal,
    rank: which === "score" ? sheet.rank : null,
    complete: sheet.complete,
    missing: sheet.missing,
    items: sheet.items.map(item),
    ...(sheet.veto !== null && which === "score" ? { veto: sheet.veto } : {}),
    ...(sheet.adjustments !== undefined && which === "score"
      ? { adjustments: sheet.adjustments }
      : {}),
    ...(sheet.marks !== undefined && which === "score" ? { marks: sheet.marks } : {}),
  };
}

/** Whether the actor sees reviewed scores before publication (every role but the units'; the command line does). */
export function seesReviewedEarly(actor: Actor): boolean {
  return !isUnitActor(actor);
}

/** The scheme and every unit's results; reviewed scores before publication only when `reviewedEarly`. */
export async function roundDocuments(
  db: Kysely<Database>,
  reviewedEarly: boolean,
  round: RoundWithScheme,
): Promise<{ scheme: Scheme; units: UnitDocuments[] }> {
  const scheme = schemeOfRound(round);
  const published = isAtOrAfter(round, "published");
  const showReviewed = published || reviewedEarly;
  if (published) {
    const snapshot = await latestSnapshotResults(db, round.id);
    if (snapshot !== undefined) {
      const content = JSON.parse(snapshot) as SnapshotContent;
      return {
        scheme,
        units: content.sheets.map((s) => ({
          unitId: s.unitId,
          name: s.unitName,
          self: fromSheet(s, "selfScore"),
          reviewed: fromSheet(s, "score"),
        })),
      };
    }
  }
  const computed = await computeRoundResults(db, round);
  return {
    scheme,
    units: computed.units.map((u) => ({
      unitId: u.unit.unit_id,
      name: u.unit.unit_name,
      self: u.self,
      reviewed: showReviewed ? u.result : undefined,
    })),
  };
}
