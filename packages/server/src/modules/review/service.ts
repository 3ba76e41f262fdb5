/**
 * Review (审核评分): reviewers confirm an item's facts or correct them (engine-checked facts and
 * a mandatory reason, kept beside the unit's own facts), comment per item, and return or accept
 * a submitted unit. Writes only while the round is in `review`, the unit `submitted` and the
 * review deadline not passed; every write carries a version (stale → 409) and one audit row.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { isUniqueViolation } from "../../db/dialect.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type Actor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { requireValidItemFacts } from "./facts-check.js";
import { readUnitReview, readWorkList, scopeOf, toComment } from "./read.js";
import { createUnitDecisions } from "./unit-decisions.js";
import {
  findItemReview,
  findComment,
  insertComment,
  insertItemReview,
  listComments,
  listItemReviews,
  updateItemReview,
} from "./repository.js";
import {
  findFact,
  removeReviewFacts,
  isPastDeadline,
  requireBeforeDeadline,
  requireRound,
  requireRoundUnit,
  requireState,
  type RoundUnitWithName,
  type RoundWithScheme,
  schemeOfRound,
  writeFacts,
} from "../workflow/index.js";

/** A reviewer's decision on one item. */
export interface ReviewItemInput {
  version: number;
  action: "confirm" | "correct";
  facts?: Record<string, unknown> | undefined;
  reason?: string | undefined;
}

/** Why a reviewer cannot act on a unit now, or null. */
function whyNotReviewable(
  round: RoundWithScheme,
  unit: RoundUnitWithName,
  now: Date,
): string | null {
  if (round.state !== "review") return "考核任务不在「审核」阶段";
  if (isPastDeadline(round.review_deadline, now)) return "审核截止时间已过";
  if (unit.status !== "submitted")
    return unit.status === "accepted" ? "该单位已审核通过" : "该单位尚未提交自评";
  return null;
}

/** Builds the review service. */
export function createReviewService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  /** The round and unit a reviewer may write to now (409 otherwise). */
  async function writable(actor: Actor, roundId: string, unitId: string, action: string) {
    const round = await requireRound(db, actor, roundId);
    const unit = await requireRoundUnit(db, actor, round, unitId);
    requireState(round, ["review"], action);
    requireBeforeDeadline(round.review_deadline, clock(), "审核");
    if (unit.status !== "submitted") {
      throw new AppError(
        "CONFLICT",
        unit.status === "accepted"
          ? "该单位已审核通过，不能再修改审核结果。"
          : "该单位的自评尚未提交（或已退回修改），提交后才能审核。",
      );
    }
    return { round, unit };
  }

  const { returnUnit, approvePart } = createUnitDecisions(deps, writable);

  async function saveDecision(
    trx: Kysely<Database>,
    ctx: RequestContext,
    actor: Actor,
    unit: RoundUnitWithName,
    code: string,
    input: ReviewItemInput,
  ) {
    const now = clock().toISOString();
    const status: "corrected" | "confirmed" =
      input.action === "correct" ? "corrected" : "confirmed";
    const decision = await findItemReview(trx, unit.id, code);
    if (decision?.approved_at != null)
      throw new AppError("CONFLICT", `评分项 ${code} 已审核通过，不能再修改审核结果。`);
    if (input.version === 0) {
      if (decision !== undefined)
        throw new AppError(
          "VERSION_CONFLICT",
          "该评分项已被他人审核，请刷新后重新操作（您的修改未保存）。",
        );
      await insertItemReview(trx, {
        id: randomUUID(),
        round_unit_id: unit.id,
        item_code: code,
        status,
        reviewed_by: actor.userId,
        reviewed_at: now,
        version: 1,
      }).catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new AppError(
              "VERSION_CONFLICT",
              "该评分项已被他人审核，请刷新后重新操作（您的修改未保存）。",
            )
          : error;
      });
    } else {
      const changed =
        decision !== undefined &&
        (await updateItemReview(trx, decision.id, input.version, {
          status,
          reviewed_by: actor.userId,
          reviewed_at: now,
        }));
      await assertVersionedUpdate(changed, async () => decision !== undefined, "评分项审核");
    }
    const previous =
      input.action === "correct"
        ? (
            await writeFacts(trx, {
              roundUnitId: unit.id,
              itemCode: code,
              source: "review",
              facts: input.facts ?? {},
              reason: input.reason ?? null,
              userId: actor.userId,
              now,
            })
          ).before
        : await removeReviewFacts(trx, unit.id, code);
    await audit(trx, {
      ctx,
      action: input.action === "correct" ? "review.correct" : "review.confirm",
      object: { type: "round_unit_item", id: unit.id },
      before: {
        status: decision?.status ?? "pending",
        reviewFacts: previous === undefined ? null : JSON.parse(previous.value),
        reason: previous?.reason ?? null,
      },
      after: {
        status,
        reviewFacts: input.action === "correct" ? input.facts : null,
        reason: input.reason ?? null,
      },
      detail: { itemCode: code, unitId: unit.unit_id },
    });
    const saved = await findItemReview(trx, unit.id, code);
    const facts = await findFact(trx, unit.id, code, "review");
    return {
      itemCode: code,
      status,
      version: saved?.version ?? 1,
      reviewFacts:
        facts === undefined ? null : (JSON.parse(facts.value) as Record<string, unknown>),
      reason: facts?.reason ?? null,
      reviewedBy: actor.userId,
      reviewedAt: now,
    };
  }

  return {
    /** The work list: units × items in the reviewer's scope. */
    async getWorkList(ctx: RequestContext, roundId: string) {
      const actor = requireActor(ctx);
      return readWorkList(db, actor, await requireRound(db, actor, roundId));
    },

    /** One unit's items in scope with facts, evidence, comments and scores. */
    async getUnitReview(ctx: RequestContext, roundId: string, unitId: string) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const unit = await requireRoundUnit(db, actor, round, unitId);
      const why =
        actor.activeRole?.role === "reviewer"
          ? whyNotReviewable(round, unit, clock())
          : "只有评审员可以审核";
      return readUnitReview(db, actor, round, unit, why);
    },

    /** Confirms an item's facts or records corrected facts with a reason. */
    async reviewItem(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      code: string,
      input: ReviewItemInput,
    ) {
      const actor = requireActor(ctx);
      const { round, unit } = await writable(actor, roundId, unitId, "审核评分");
      if (!(await scopeOf(db, actor, round)).includes(code))
        throw new AppError("FORBIDDEN", `评分项 ${code} 不在您的审核范围内（或不需要审核）。`);
      if (input.action === "correct")
        requireValidItemFacts(schemeOfRound(round), code, input.facts ?? {});
      return db.transaction().execute((trx) => saveDecision(trx, ctx, actor, unit, code, input));
    },

    /**
     * 全部确认: confirms every item of the reviewer's scope not yet decided, in one transaction,
     * one audit row per item; corrected or confirmed items are left as they are.
     */
    async confirmAll(ctx: RequestContext, roundId: string, unitId: string) {
      const actor = requireActor(ctx);
      const { round, unit } = await writable(actor, roundId, unitId, "全部确认");
      const codes = await scopeOf(db, actor, round);
      await db.transaction().execute(async (trx) => {
        const decided = new Set((await listItemReviews(trx, unit.id)).map((r) => r.item_code));
        for (const code of codes.filter((c) => !decided.has(c)))
          await saveDecision(trx, ctx, actor, unit, code, { version: 0, action: "confirm" });
      });
      return readUnitReview(db, actor, round, unit, whyNotReviewable(round, unit, clock()));
    },

    /** Adds a comment on an item or on the whole submission. */
    async comment(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: { itemCode?: string | undefined; text: string },
    ) {
      const actor = requireActor(ctx);
      const { round, unit } = await writable(actor, roundId, unitId, "审核意见");
      if (
        input.itemCode !== undefined &&
        !(await scopeOf(db, actor, round)).includes(input.itemCode)
      ) {
        throw new AppError("FORBIDDEN", `评分项 ${input.itemCode} 不在您的审核范围内。`);
      }
      const row = {
        id: randomUUID(),
        round_unit_id: unit.id,
        item_code: input.itemCode ?? null,
        text: input.text,
        author_id: actor.userId,
        created_at: clock().toISOString(),
        resolved_at: null,
        version: 1,
      };
      await db.transaction().execute(async (trx) => {
        await insertComment(trx, row);
        await audit(trx, {
          ctx,
          action: "review.comment",
          object: { type: "review_comment", id: row.id },
          after: { itemCode: row.item_code, text: row.text },
          detail: { roundId, unitId },
        });
      });
      return toComment((await findComment(db, row.id)) ?? { ...row, author_name: null });
    },

    /** The comments on a unit's submission (the unit reads them per item). */
    async listUnitComments(ctx: RequestContext, roundId: string, unitId: string) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      const unit = await requireRoundUnit(db, actor, round, unitId);
      return (await listComments(db, unit.id)).map(toComment);
    },

    /** Returns a submitted unit for revision (submitted → returned). */
    returnSubmission: (
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: { version: number; comment?: string | undefined },
    ) => returnUnit(ctx, roundId, unitId, input.version, input.comment),

    /** Approves the reviewer's part; the unit is accepted once every part is (decision 0130). */
    accept: (ctx: RequestContext, roundId: string, unitId: string, input: { version: number }) =>
      approvePart(ctx, roundId, unitId, input.version),
  };
}

/** The review service. */
export type ReviewService = ReturnType<typeof createReviewService>;
