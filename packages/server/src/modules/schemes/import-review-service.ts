/**
 * The import-review part of the schemes service (decision 0200): the open review of an imported
 * draft, and confirming (or withdrawing) an imported item's rule. The draft's changes reset
 * confirmations and publishing closes the review (service.ts).
 */
import type { ImportReviewDetail } from "../../contract/schemes.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { ruleDigest, toImportReview } from "./import-review.js";
import { requireReachableScheme } from "./lookups.js";
import {
  findImportNotes,
  findScheme,
  listOpenImportReviewItems,
  setImportReviewConfirmation,
} from "./repository.js";

/** Builds the import-review functions of the schemes service. */
export function createImportReviewFunctions(deps: ServiceDeps) {
  const { db, clock, audit } = deps;
  return {
    /** The open review of an imported draft (no items when none is open). */
    async getImportReview(ctx: RequestContext, id: string): Promise<ImportReviewDetail> {
      await requireReachableScheme(db, requireActor(ctx), id);
      return toImportReview(
        id,
        await listOpenImportReviewItems(db, id),
        await findImportNotes(db, id),
      );
    },

    /**
     * Confirms (or withdraws the confirmation of) an imported item's rule as it stands in the
     * draft the administrator saw (`version`): the confirmation keeps who, when and the rule's
     * digest; a later draft with another rule for the item resets it (updateDraft).
     */
    async confirmImportItem(
      ctx: RequestContext,
      id: string,
      itemCode: string,
      input: { version: number; confirmed: boolean },
    ): Promise<ImportReviewDetail> {
      const actor = requireActor(ctx);
      await requireReachableScheme(db, actor, id);
      return db.transaction().execute(async (trx) => {
        const current = await findScheme(trx, id);
        if (current === undefined) throw notFound("考核方案");
        if (current.version !== input.version)
          throw new AppError(
            "VERSION_CONFLICT",
            "方案草稿已被他人修改，请刷新后再确认（本次确认未保存）。",
          );
        const row = (await listOpenImportReviewItems(trx, id)).find(
          (r) => r.item_code === itemCode,
        );
        if (row === undefined) throw notFound("待复核的导入评分项");
        const draft = JSON.parse(current.draft_document) as { items?: unknown };
        const at = clock().toISOString();
        const ruleSha256 = ruleDigest(draft, itemCode);
        await setImportReviewConfirmation(
          trx,
          id,
          [itemCode],
          input.confirmed ? { by: actor.userId, at, ruleSha256 } : null,
        );
        await audit(trx, {
          ctx,
          action: "scheme.confirm_import_item",
          object: { type: "scheme", id },
          before: {
            itemCode,
            confirmedBy: row.confirmed_by,
            confirmedAt: row.confirmed_at,
          },
          after: input.confirmed
            ? { itemCode, confirmedBy: actor.userId, confirmedAt: at, ruleSha256 }
            : { itemCode, confirmedBy: null },
        });
        return toImportReview(
          id,
          await listOpenImportReviewItems(trx, id),
          await findImportNotes(trx, id),
        );
      });
    },
  };
}
