/**
 * Self-assessment (自评): the unit saves facts item by item and narratives per item or top-level
 * group, sees its live score after every save, and the unit head submits a complete
 * self-assessment before the deadline. Units reach only their own round unit (404 otherwise).
 */
import { randomUUID } from "node:crypto";
import { validateFacts } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { RoundState } from "../../contract/workflow.js";
import type { Database } from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, type FieldError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { reviewScopeIn } from "../review/index.js";
import { toRoundUnit } from "../rounds/presenters.js";

import { itemOfPath, liveScoreFrom, liveScoreOf, liveScoreRead } from "./live-score.js";
import { toItemFacts, toNarrative, toUnitCorrection } from "./presenters.js";
import * as repo from "./repository.js";
import {
  findRoundUnit,
  lockEditable,
  requireEditable,
  requireRoundAndUnit,
  requireRoundUnitAndFact,
  saveSelfFacts,
  schemeItems,
  schemeOfVersion,
  updateRoundUnit,
  unitDeadline,
  whyNotEditable,
} from "../workflow/index.js";

/** Facts as the client sent them, without the null values that mean "cleared". */
function withoutNulls(facts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(facts).filter(([, value]) => value !== null && value !== undefined),
  );
}

/** Builds the self-assessment service. */
export function createSelfAssessmentService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  async function load(ctx: RequestContext, roundId: string, unitId: string) {
    const { round, roundUnit } = await requireRoundAndUnit(db, requireActor(ctx), roundId, unitId);
    const scheme = await schemeOfVersion(db, round.scheme_version_id);
    return { round, roundUnit, scheme, items: schemeItems(scheme) };
  }

  /** The same with the unit's row of one item, read in the same statement (decision 0327). */
  async function loadWithFact(ctx: RequestContext, roundId: string, unitId: string, item: string) {
    const actor = requireActor(ctx);
    const { round, roundUnit, fact } = await requireRoundUnitAndFact(
      db,
      actor,
      roundId,
      unitId,
      item,
    );
    return { round, roundUnit, fact, scheme: round.scheme, items: schemeItems(round.scheme) };
  }

  async function live(trx: Kysely<Database>, loaded: Awaited<ReturnType<typeof load>>) {
    return liveScoreOf(trx, {
      roundId: loaded.round.id,
      roundUnitId: loaded.roundUnit.id,
      unitId: loaded.roundUnit.unit_id,
      unitName: loaded.roundUnit.unit_name,
      scheme: loaded.scheme,
      ratingItems: loaded.items.ratingItems,
    });
  }

  /**
   * Why the unit cannot 撤回 its submission now (decision 0212), or undefined: only a submitted
   * unit; not once a reviewer decided any item since the submission; and only when the unit
   * could change and submit again afterwards — in 自评 before its deadline (back to 草稿), or
   * in 审核 when it had been returned (back to 退回修改).
   */
  async function whyNotWithdrawable(
    trx: Kysely<Database>,
    round: { state: string; self_assessment_deadline: string | null },
    roundUnit: Awaited<ReturnType<typeof load>>["roundUnit"],
    now: Date,
  ): Promise<{ reason: string } | { status: "draft" | "returned" }> {
    if (roundUnit.status !== "submitted") return { reason: "自评尚未提交，无需撤回。" };
    if (
      roundUnit.submitted_at !== null &&
      (await repo.reviewedSince(trx, roundUnit.id, roundUnit.submitted_at))
    )
      return { reason: "审核人员已开始审核，不能撤回；如需修改请联系审核人员退回。" };
    const status =
      round.state === "review" && roundUnit.returned_at !== null ? "returned" : "draft";
    const after = { ...roundUnit, status, reopened: 0 };
    const problem = whyNotEditable(round, after, now);
    if (problem !== undefined)
      return {
        reason:
          round.state === "self_assessment"
            ? "自评截止时间已过，撤回后将无法再提交，因此不能撤回。"
            : "审核阶段已开始，不能撤回；如需修改请联系审核人员退回。",
      };
    return { status };
  }

  return {
    /**
     * The whole self-assessment of a unit with its live score; a reviewer scoped to some items
     * gets evidence counts of those items only, as he reaches only their files.
     */
    async get(ctx: RequestContext, roundId: string, unitId: string) {
      const loaded = await load(ctx, roundId, unitId);
      const { round, roundUnit } = loaded;
      const inScope = await reviewScopeIn(db, requireActor(ctx), round.id);
      const evidenceCounts = await repo.countEvidenceByItem(db, roundUnit.id);
      const scored = await live(db, loaded);
      const reason = whyNotEditable(round, roundUnit, clock());
      const complete = scored.missingForSubmission.length === 0 && scored.problems.length === 0;
      const withdraw = await whyNotWithdrawable(db, round, roundUnit, clock());
      return {
        roundId,
        roundState: round.state as RoundState,
        deadline: unitDeadline(round, roundUnit),
        roundUnit: toRoundUnit(roundUnit),
        editable: reason === undefined,
        notEditableReason: reason ?? null,
        canSubmit: reason === undefined && complete,
        canWithdraw: "status" in withdraw,
        withdrawProblem: "reason" in withdraw ? withdraw.reason : null,
        selfAssessedItems: loaded.items.selfAssessed,
        facts: scored.selfRows.map(toItemFacts),
        narratives: (await repo.listNarratives(db, roundUnit.id)).map(toNarrative),
        evidenceCounts: Object.fromEntries(
          Object.entries(evidenceCounts).filter(([itemCode]) => inScope(itemCode)),
        ),
        comments: (await repo.listUnitComments(db, roundUnit.id)).map((c) => ({
          id: c.id,
          itemCode: c.item_code,
          text: c.text,
          createdAt: c.created_at,
          resolvedAt: c.resolved_at,
        })),
        corrections: scored.reviewRows.map(toUnitCorrection),
        score: scored.score,
        problems: scored.problems,
        missingForSubmission: scored.missingForSubmission,
      };
    },

    /** Saves one item's facts (partial saves are normal) and returns the live score. */
    async saveFacts(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      itemCode: string,
      input: { version: number; facts: Record<string, unknown> },
    ) {
      const actor = requireActor(ctx);
      const loaded = await loadWithFact(ctx, roundId, unitId, itemCode);
      const { roundUnit, items } = loaded;
      if (items.ratingItems.has(itemCode))
        throw new AppError("VALIDATION_FAILED", "评议项由评议人打分，单位不填写。", {
          fields: [{ path: "params.itemCode", message: "评议项不能自评" }],
        });
      if (!items.selfAssessed.includes(itemCode))
        throw new AppError("VALIDATION_FAILED", `考核方案中没有需要填报的评分项 ${itemCode}。`, {
          fields: [{ path: "params.itemCode", message: "没有这个评分项" }],
        });
      requireEditable(loaded.round, roundUnit, clock());
      const facts = withoutNulls(input.facts);
      const problems = validateFacts(loaded.scheme, { [itemCode]: facts }).problems.filter(
        (p) => p.path === itemCode || itemOfPath(p.path) === itemCode,
      );
      if (problems.length > 0) {
        const fields: FieldError[] = problems.map((p) => ({
          path:
            p.path === itemCode ? "body.facts" : `body.facts.${p.path.slice(itemCode.length + 1)}`,
          message: p.message,
        }));
        throw new AppError("VALIDATION_FAILED", "填报的数据有误，请按提示修改（未保存）。", {
          fields,
        });
      }
      // The lock, the versioned write and the audit record in one transaction (one statement on
      // PostgreSQL, decision 0327; the audit record last, so the chain's lock is held briefly
      // where it is taken); the live score is computed after the commit from committed data, so
      // on SQLite (one writer) saves never queue behind another's scoring. Its read runs after
      // the commit — on PostgreSQL sent right behind the save's statement (decision 0344).
      const scoring = {
        roundId: loaded.round.id,
        roundUnitId: roundUnit.id,
        unitId: roundUnit.unit_id,
        unitName: roundUnit.unit_name,
        scheme: loaded.scheme,
        ratingItems: items.ratingItems,
      };
      const saved = await saveSelfFacts(
        db,
        audit,
        {
          round: loaded.round,
          roundUnitId: roundUnit.id,
          itemCode,
          facts,
          userId: actor.userId,
          now: clock(),
          expectedVersion: input.version,
          seen: loaded.fact,
          entry: (before, row) => ({
            ctx,
            action: "self_assessment.save_facts",
            object: { type: "round_unit", id: roundUnit.id },
            before:
              before === undefined
                ? null
                : { itemCode, facts: JSON.parse(before.value), version: before.version },
            after: { itemCode, facts, version: row.version },
          }),
        },
        liveScoreRead(db, scoring),
      );
      const scored = await liveScoreFrom(db, scoring, saved.after);
      return {
        item: toItemFacts(saved.row),
        score: scored.score,
        problems: scored.problems,
        missingForSubmission: scored.missingForSubmission,
      };
    },

    /** Saves the narrative (自评说明) of an item or a top-level group. */
    async saveNarrative(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      itemCode: string,
      input: { version: number; text: string },
    ) {
      const actor = requireActor(ctx);
      const loaded = await load(ctx, roundId, unitId);
      const { roundUnit, items } = loaded;
      const item = items.byCode.get(itemCode);
      const isLeaf =
        item !== undefined && (item.children === undefined || item.children.length === 0);
      if (item === undefined || (!isLeaf && !items.topLevel.has(itemCode))) {
        throw new AppError("VALIDATION_FAILED", "自评说明只能写在评分项或一级指标上。", {
          fields: [{ path: "params.itemCode", message: "没有这个评分项或一级指标" }],
        });
      }
      requireEditable(loaded.round, roundUnit, clock());
      return db.transaction().execute(async (trx) => {
        await lockEditable(trx, loaded.round, roundUnit.id, clock());
        const now = clock().toISOString();
        const current = await repo.findNarrative(trx, roundUnit.id, itemCode);
        if (input.version === 0) {
          if (current !== undefined)
            await assertVersionedUpdate(false, async () => true, "自评说明");
          await repo.insertNarrative(trx, {
            id: randomUUID(),
            round_unit_id: roundUnit.id,
            item_code: itemCode,
            text: input.text,
            updated_by: actor.userId,
            updated_at: now,
            version: 1,
          });
        } else {
          const changed =
            current !== undefined &&
            (await repo.updateNarrative(trx, current.id, input.version, {
              text: input.text,
              updated_by: actor.userId,
              updated_at: now,
            }));
          await assertVersionedUpdate(changed, async () => current !== undefined, "自评说明");
        }
        const saved = toNarrative((await repo.findNarrative(trx, roundUnit.id, itemCode))!);
        await audit(trx, {
          ctx,
          action: "self_assessment.save_narrative",
          object: { type: "round_unit", id: roundUnit.id },
          before: current === undefined ? null : { itemCode, text: current.text },
          after: { itemCode, text: input.text },
        });
        return saved;
      });
    },

    /** Submits a complete self-assessment (unit head), before the deadline or when reopened/returned. */
    async submit(ctx: RequestContext, roundId: string, unitId: string, input: { version: number }) {
      const actor = requireActor(ctx);
      const loaded = await load(ctx, roundId, unitId);
      const { roundUnit } = loaded;
      requireEditable(loaded.round, roundUnit, clock());
      return db.transaction().execute(async (trx) => {
        const scored = await live(trx, loaded);
        if (scored.missingForSubmission.length > 0 || scored.problems.length > 0) {
          const fields = [
            ...scored.missingForSubmission.map((path) => ({
              path: `facts.${path}`,
              message: "必填数据未填写",
            })),
            ...scored.problems.map((p) => ({ path: `facts.${p.path}`, message: p.message })),
          ];
          throw new AppError(
            "CONFLICT",
            `自评尚未填写完整（缺 ${scored.missingForSubmission.length} 项数据${scored.problems.length > 0 ? `，${scored.problems.length} 处数据有误` : ""}），不能提交。`,
            { fields },
          );
        }
        const now = clock().toISOString();
        const changed = await updateRoundUnit(trx, roundUnit.id, input.version, {
          status: "submitted",
          reopened: 0,
          submitted_at: now,
          submitted_by: actor.userId,
          updated_at: now,
        });
        await assertVersionedUpdate(changed, async () => true, "自评");
        const updated = toRoundUnit((await findRoundUnit(trx, roundId, unitId))!);
        await audit(trx, {
          ctx,
          action: "self_assessment.submit",
          object: { type: "round_unit", id: roundUnit.id },
          before: toRoundUnit(roundUnit),
          after: updated,
          detail: { total: scored.score.total },
        });
        return updated;
      });
    },

    /** 撤回: the unit head takes back a submission nobody has reviewed yet (decision 0212). */
    async withdraw(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: { version: number },
    ) {
      const loaded = await load(ctx, roundId, unitId);
      const { round, roundUnit } = loaded;
      return db.transaction().execute(async (trx) => {
        const check = await whyNotWithdrawable(trx, round, roundUnit, clock());
        if ("reason" in check) throw new AppError("CONFLICT", check.reason);
        const changed = await updateRoundUnit(trx, roundUnit.id, input.version, {
          status: check.status,
          submitted_at: null,
          submitted_by: null,
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(changed, async () => true, "自评");
        const updated = toRoundUnit((await findRoundUnit(trx, roundId, unitId))!);
        await audit(trx, {
          ctx,
          action: "self_assessment.withdraw",
          object: { type: "round_unit", id: roundUnit.id },
          before: toRoundUnit(roundUnit),
          after: updated,
        });
        return updated;
      });
    },
  };
}

/** The self-assessment service. */
export type SelfAssessmentService = ReturnType<typeof createSelfAssessmentService>;
