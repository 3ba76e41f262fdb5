/**
 * Appeals (申诉): a unit appeals an item during `appeals` before the appeal deadline; the
 * administrator upholds it — the corrected facts are written as the item's `review` facts with
 * the appeal id, so results change only through reviewed facts, and a new snapshot is frozen —
 * or rejects it with a reason. A final round refuses both (409).
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { appealSchema } from "../../contract/appeals.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { requireValidItemFacts } from "../review/facts-check.js";
import { itemsByCode, ratingItemsOf } from "../results/effective-facts.js";
import { freezeSnapshot } from "../results/snapshots.js";
import {
  answerAppealRow,
  findAppeal,
  insertAppeal,
  listAppealEvidence,
  listAppeals,
  snapshotOfAppeal,
  type AppealWithUnit,
} from "./repository.js";
import {
  isUnitActor,
  requireBeforeDeadline,
  requireRound,
  requireRoundUnit,
  requireState,
  schemeOfRound,
  writeFacts,
} from "../workflow/index.js";

type Appeal = z.infer<typeof appealSchema>;

type AppealEvidence = Appeal["evidence"];

function toAppeal(
  row: AppealWithUnit,
  snapshotSequence: number | null,
  evidence: AppealEvidence,
): Appeal {
  return {
    id: row.id,
    roundId: row.round_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    itemCode: row.item_code,
    text: row.text,
    state: row.state as Appeal["state"],
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    answer: row.answer,
    answeredBy: row.answered_by,
    answeredAt: row.answered_at,
    version: row.version,
    snapshotSequence,
    evidence,
  };
}

/** The reason written on review facts and on the snapshot of an upheld appeal (names the appeal). */
const upheldReason = (appealId: string, answer: string) =>
  `申诉成立（申诉编号 ${appealId}）：${answer}`.slice(0, 1000);

/** Builds the appeals service. */
export function createAppealsService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  /** Appeals as the API shows them, with their evidence (one query for all of them). */
  async function present(rows: readonly AppealWithUnit[]): Promise<Appeal[]> {
    const files = await listAppealEvidence(
      db,
      rows.map((row) => row.id),
    );
    return Promise.all(
      rows.map(async (row) =>
        toAppeal(
          row,
          row.state === "upheld" ? await snapshotOfAppeal(db, row.round_id, row.id) : null,
          files
            .filter((file) => file.appeal_id === row.id)
            .map((file) => ({
              id: file.id,
              name: file.original_name,
              size: file.size,
              contentType: file.content_type,
              uploadedAt: file.uploaded_at,
            })),
        ),
      ),
    );
  }

  async function presentOne(id: string): Promise<Appeal> {
    const [appeal] = await present([(await findAppeal(db, id)) as AppealWithUnit]);
    return appeal as Appeal;
  }

  return {
    /** A unit appeals one item of its result. */
    async submit(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: { itemCode: string; text: string },
    ): Promise<Appeal> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const unit = await requireRoundUnit(db, actor, round, unitId);
      requireState(round, ["appeals"], "申诉");
      requireBeforeDeadline(round.appeal_deadline, clock(), "申诉");
      if (!itemsByCode(schemeOfRound(round)).has(input.itemCode)) {
        throw new AppError("VALIDATION_FAILED", undefined, {
          fields: [
            { path: "body.itemCode", message: `方案中没有编号为 ${input.itemCode} 的评分项` },
          ],
        });
      }
      const open = (await listAppeals(db, round.id, unitId)).find(
        (a) => a.item_code === input.itemCode && a.state === "submitted",
      );
      if (open !== undefined)
        throw new AppError("CONFLICT", `评分项 ${input.itemCode} 已有待答复的申诉，请等待答复。`);
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        await insertAppeal(trx, {
          id,
          round_unit_id: unit.id,
          item_code: input.itemCode,
          text: input.text,
          state: "submitted",
          submitted_by: actor.userId,
          submitted_at: clock().toISOString(),
          answer: null,
          answered_by: null,
          answered_at: null,
          version: 1,
        });
        await audit(trx, {
          ctx,
          action: "appeal.submit",
          object: { type: "appeal", id },
          after: { itemCode: input.itemCode, text: input.text },
          detail: { roundId, unitId },
        });
      });
      return presentOne(id);
    },

    /** The appeals of a round: all for the administrator, a unit's own for the unit. */
    async list(ctx: RequestContext, roundId: string): Promise<Appeal[]> {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const rows = await listAppeals(
        db,
        round.id,
        isUnitActor(actor) ? actor.activeRole?.organisationId : undefined,
      );
      return present(rows);
    },

    /** The administrator upholds (with corrected facts → review facts + new snapshot) or rejects an appeal. */
    async answer(
      ctx: RequestContext,
      appealId: string,
      input: {
        version: number;
        decision: "upheld" | "rejected";
        answer: string;
        facts?: Record<string, unknown> | undefined;
      },
    ): Promise<Appeal> {
      const actor = requireActor(ctx);
      const appeal = await findAppeal(db, appealId);
      if (appeal === undefined) throw notFound("申诉");
      const round = await requireRound(db, actor, appeal.round_id).catch(() => {
        throw notFound("申诉");
      });
      requireState(round, ["appeals"], "答复申诉");
      if (appeal.state !== "submitted")
        throw new AppError("CONFLICT", "该申诉已答复，不能再次答复。");
      const scheme = schemeOfRound(round);
      if (input.decision === "upheld") {
        if (ratingItemsOf(scheme).some((item) => item.code === appeal.item_code)) {
          throw new AppError(
            "CONFLICT",
            "评议项目的得分来自评议人的评分，不能通过修正事实数据改变；请驳回或由评议人重新评议。",
          );
        }
        const item = itemsByCode(scheme).get(appeal.item_code);
        if (item === undefined || (item.facts?.length ?? 0) === 0) {
          throw new AppError(
            "CONFLICT",
            `评分项 ${appeal.item_code} 没有可修正的事实数据；请针对具体的评分细项申诉。`,
          );
        }
        requireValidItemFacts(scheme, appeal.item_code, input.facts ?? {});
      }
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        const changed = await answerAppealRow(trx, appeal.id, input.version, {
          state: input.decision,
          answer: input.answer,
          answered_by: actor.userId,
          answered_at: now,
        });
        await assertVersionedUpdate(changed, async () => true, "申诉");
        let before: unknown = null;
        if (input.decision === "upheld") {
          const written = await writeFacts(trx, {
            roundUnitId: appeal.round_unit_id,
            itemCode: appeal.item_code,
            source: "review",
            facts: input.facts ?? {},
            reason: upheldReason(appeal.id, input.answer),
            appealId: appeal.id,
            userId: actor.userId,
            now,
          });
          before = written.before === undefined ? null : JSON.parse(written.before.value);
          await freezeSnapshot(trx, deps, ctx, round, {
            kind: "appeal",
            reason: upheldReason(appeal.id, input.answer),
          });
        }
        await audit(trx, {
          ctx,
          action: "appeal.answer",
          object: { type: "appeal", id: appeal.id },
          before: { state: appeal.state, reviewFacts: before },
          after: {
            state: input.decision,
            answer: input.answer,
            reviewFacts: input.decision === "upheld" ? input.facts : null,
          },
          detail: { roundId: round.id, unitId: appeal.unit_id, itemCode: appeal.item_code },
        });
      });
      return presentOne(appeal.id);
    },
  };
}

/** The appeals service. */
export type AppealsService = ReturnType<typeof createAppealsService>;
