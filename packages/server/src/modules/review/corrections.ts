/**
 * A reviewer's correction recorded from outside the review form: the review import of
 * modules/documents (批量导入审核修正) marks each item it corrects as 修正 by the importing
 * reviewer, in the import's transaction.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { findItemReview, insertItemReview, updateItemReview } from "./repository.js";

/**
 * Marks one item of a round unit corrected by `userId`: a first decision, or the current one
 * changed at the version read here. Returns false when another writer changed (or approved) the
 * decision in between, so the caller can refuse the whole import.
 */
export async function markItemCorrected(
  trx: Kysely<Database>,
  change: { roundUnitId: string; itemCode: string; userId: string; now: string },
): Promise<boolean> {
  const decision = await findItemReview(trx, change.roundUnitId, change.itemCode);
  if (decision === undefined) {
    await insertItemReview(trx, {
      id: randomUUID(),
      round_unit_id: change.roundUnitId,
      item_code: change.itemCode,
      status: "corrected",
      reviewed_by: change.userId,
      reviewed_at: change.now,
      version: 1,
    });
    return true;
  }
  return updateItemReview(trx, decision.id, decision.version, {
    status: "corrected",
    reviewed_by: change.userId,
    reviewed_at: change.now,
  });
}
