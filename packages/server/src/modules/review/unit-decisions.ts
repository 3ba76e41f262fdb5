/**
 * A reviewer's decisions on a whole unit: 退回修改 (every approved part starts again) and
 * 审核通过 of his own part (decision 0130).
 */
import { randomUUID } from "node:crypto";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type Actor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { allReviewableCodes } from "./approval.js";
import { readUnitReview, scopeOf } from "./read.js";
import { approveItemReviews, insertComment, listItemReviews } from "./repository.js";
import {
  clearApprovals,
  findRoundUnit,
  type RoundUnitWithName,
  type RoundWithScheme,
  updateRoundUnit,
} from "../workflow/index.js";

/** The round and unit a reviewer may write to now (409 otherwise). */
export type Writable = (
  actor: Actor,
  roundId: string,
  unitId: string,
  action: string,
) => Promise<{ round: RoundWithScheme; unit: RoundUnitWithName }>;

/** Builds the unit decisions of the review service. */
export function createUnitDecisions(deps: ServiceDeps, writable: Writable) {
  const { db, clock, audit } = deps;

  /** Returns a submitted unit (submitted → returned); every approved part starts again. */
  async function returnUnit(
    ctx: RequestContext,
    roundId: string,
    unitId: string,
    version: number,
    comment?: string,
  ) {
    const actor = requireActor(ctx);
    const { round, unit } = await writable(actor, roundId, unitId, "退回修改");
    const now = clock().toISOString();
    await db.transaction().execute(async (trx) => {
      const patch = {
        status: "returned",
        returned_at: now,
        returned_by: actor.userId,
        updated_at: now,
      };
      const changed = await updateRoundUnit(trx, unit.id, version, patch);
      await assertVersionedUpdate(changed, async () => true, "被考核单位");
      await clearApprovals(trx, unit.id);
      if (comment !== undefined) {
        await insertComment(trx, {
          id: randomUUID(),
          round_unit_id: unit.id,
          item_code: null,
          text: comment,
          author_id: actor.userId,
          created_at: now,
          resolved_at: null,
          version: 1,
        });
      }
      await audit(trx, {
        ctx,
        action: "review.return",
        object: { type: "round_unit", id: unit.id },
        before: { status: unit.status, version },
        after: { status: "returned", version: version + 1 },
        detail: { roundId: round.id, unitId, ...(comment === undefined ? {} : { comment }) },
      });
    });
    const updated = (await findRoundUnit(db, round.id, unitId)) ?? unit;
    return readUnitReview(db, actor, round, updated, "该单位已退回修改");
  }

  /**
   * The reviewer approves his own part (decision 0130): refused while an item of his scope is
   * neither confirmed nor corrected; the unit becomes 审核通过 when every reviewable item of
   * every reviewer's part is approved. The unit's version moves on each approval, so two
   * reviewers approving at once cannot both miss the last part.
   */
  async function approvePart(
    ctx: RequestContext,
    roundId: string,
    unitId: string,
    version: number,
  ) {
    const actor = requireActor(ctx);
    const { round, unit } = await writable(actor, roundId, unitId, "审核通过");
    const codes = await scopeOf(db, actor, round);
    if (codes.length === 0)
      throw new AppError("CONFLICT", "您的审核范围内没有需要审核的评分项，不能审核通过。");
    const reviewed = new Set((await listItemReviews(db, unit.id)).map((row) => row.item_code));
    const pending = codes.filter((code) => !reviewed.has(code));
    if (pending.length > 0) {
      const shown = pending.slice(0, 10).join("、") + (pending.length > 10 ? " 等" : "");
      throw new AppError(
        "CONFLICT",
        `您的审核范围内还有 ${pending.length} 个评分项未确认或修正（${shown}），请逐项确认或修正后再审核通过。`,
      );
    }
    const allCodes = await allReviewableCodes(db, round);
    const now = clock().toISOString();
    let complete = false;
    await db.transaction().execute(async (trx) => {
      await approveItemReviews(trx, unit.id, codes, actor.userId, now);
      const approved = new Set(
        (await listItemReviews(trx, unit.id))
          .filter((row) => row.approved_at !== null)
          .map((row) => row.item_code),
      );
      complete = allCodes.every((code) => approved.has(code));
      const patch = complete
        ? { status: "accepted", accepted_at: now, accepted_by: actor.userId, updated_at: now }
        : { updated_at: now };
      const changed = await updateRoundUnit(trx, unit.id, version, patch);
      await assertVersionedUpdate(changed, async () => true, "被考核单位");
      await audit(trx, {
        ctx,
        action: complete ? "review.accept" : "review.approve_part",
        object: { type: "round_unit", id: unit.id },
        before: { status: unit.status, version },
        after: { status: complete ? "accepted" : unit.status, version: version + 1 },
        detail: {
          roundId: round.id,
          unitId,
          itemCodes: codes,
          open: allCodes.length - approved.size,
        },
      });
    });
    const updated = (await findRoundUnit(db, round.id, unitId)) ?? unit;
    return readUnitReview(
      db,
      actor,
      round,
      updated,
      complete ? "该单位已审核通过" : "您负责的部分已审核通过，等待其他评审员",
    );
  }

  return { returnUnit, approvePart };
}
