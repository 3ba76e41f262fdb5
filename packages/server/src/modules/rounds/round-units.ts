/**
 * The round-unit part of the rounds service: the units of a round (unit roles see only their
 * own), the units that have not submitted (for reminders), and reopening one unit.
 */
import { organisationReach } from "../../authz/object-access.js";
import type { Page } from "../../contract/common.js";
import type { RoundUnit } from "../../contract/rounds.js";
import type { PageRequest } from "../../db/pagination.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { effectiveConfig } from "../settings/effective.js";
import { toRoundUnit } from "./presenters.js";
import { normaliseDeadline } from "./round-input.js";
import {
  clearApprovals,
  findRoundUnit,
  listRoundUnitsPage,
  requireRound,
  requireRoundAndUnit,
  updateRoundUnit,
} from "../workflow/index.js";

/** Builds the round-unit functions of the rounds service. */
export function createRoundUnitFunctions(deps: ServiceDeps) {
  const { db, clock, audit } = deps;
  return {
    /** A round's units (unit roles: their own only). */
    async listUnits(
      ctx: RequestContext,
      id: string,
      filters: { status?: string | undefined },
      page: PageRequest,
    ): Promise<Page<RoundUnit>> {
      const actor = requireActor(ctx);
      await requireRound(db, actor, id);
      const reach = organisationReach(actor);
      const result = await listRoundUnitsPage(
        db,
        id,
        { ...filters, ...(reach.kind === "own" ? { onlyUnitId: reach.organisationId } : {}) },
        page,
      );
      return { ...result, items: result.items.map(toRoundUnit) };
    },

    /** Units that have not submitted (draft or returned), for reminders. */
    async listPendingUnits(
      ctx: RequestContext,
      id: string,
      page: PageRequest,
    ): Promise<Page<RoundUnit>> {
      await requireRound(db, requireActor(ctx), id);
      const result = await listRoundUnitsPage(db, id, { statuses: ["draft", "returned"] }, page);
      return { ...result, items: result.items.map(toRoundUnit) };
    },

    /** Reopens one unit so it can change and submit again after the deadline. */
    async reopen(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: {
        version: number;
        reason: string;
        selfAssessmentDeadline?: string | null | undefined;
      },
    ): Promise<RoundUnit> {
      const { round, roundUnit } = await requireRoundAndUnit(
        db,
        requireActor(ctx),
        roundId,
        unitId,
      );
      if (round.state !== "self_assessment" && round.state !== "review")
        throw new AppError("CONFLICT", "只有在自评或审核阶段才能重新开放单位的自评。");
      if (roundUnit.status === "accepted")
        throw new AppError("CONFLICT", `${roundUnit.unit_name}的自评已审核通过，不能重新开放。`);
      return db.transaction().execute(async (trx) => {
        const changed = await updateRoundUnit(trx, roundUnit.id, input.version, {
          status: "draft",
          reopened: 1,
          ...(input.selfAssessmentDeadline === undefined
            ? {}
            : {
                self_assessment_deadline: normaliseDeadline(
                  input.selfAssessmentDeadline,
                  effectiveConfig(deps).timeZone,
                ),
              }),
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(changed, async () => true, "被考核单位");
        await clearApprovals(trx, roundUnit.id);
        const updated = toRoundUnit((await findRoundUnit(trx, roundId, unitId))!);
        await audit(trx, {
          ctx,
          action: "round_unit.reopen",
          object: { type: "round_unit", id: roundUnit.id },
          before: toRoundUnit(roundUnit),
          after: updated,
          detail: { reason: input.reason },
        });
        return updated;
      });
    },

    /**
     * Extends (or clears) one unit's self-assessment deadline (decision 0132): only while the
     * round is in 自评 or 审核 and the unit has not been accepted; the round's deadlines
     * extend every unit at once.
     */
    async setUnitDeadline(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      input: { version: number; selfAssessmentDeadline: string | null },
    ): Promise<RoundUnit> {
      const { round, roundUnit } = await requireRoundAndUnit(
        db,
        requireActor(ctx),
        roundId,
        unitId,
      );
      if (round.state !== "self_assessment" && round.state !== "review")
        throw new AppError("CONFLICT", "只有在自评或审核阶段才能调整单位的自评截止时间。");
      if (roundUnit.status === "accepted")
        throw new AppError(
          "CONFLICT",
          `${roundUnit.unit_name}的自评已审核通过，不能调整截止时间。`,
        );
      const deadline = normaliseDeadline(
        input.selfAssessmentDeadline,
        effectiveConfig(deps).timeZone,
      );
      return db.transaction().execute(async (trx) => {
        const changed = await updateRoundUnit(trx, roundUnit.id, input.version, {
          self_assessment_deadline: deadline,
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(changed, async () => true, "被考核单位");
        const updated = toRoundUnit((await findRoundUnit(trx, roundId, unitId))!);
        await audit(trx, {
          ctx,
          action: "round_unit.deadline",
          object: { type: "round_unit", id: roundUnit.id },
          before: { selfAssessmentDeadline: roundUnit.self_assessment_deadline },
          after: { selfAssessmentDeadline: deadline },
        });
        return updated;
      });
    },
  };
}
