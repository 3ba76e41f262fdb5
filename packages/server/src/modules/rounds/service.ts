/**
 * Rounds (考核任务): create from a published scheme version and units of the assessing
 * organisation, edit while a draft, deadlines, the state machine (./round-transitions.ts,
 * ./state-machine.ts), the list of units that have not submitted, and reopening one unit
 * (./round-units.ts).
 */
import { randomUUID } from "node:crypto";
import { listFacts } from "@kaoping/engine";
import type { Kysely } from "kysely";
import { organisationReach } from "../../authz/object-access.js";
import type { Page } from "../../contract/common.js";
import type { Round } from "../../contract/rounds.js";
import type { PageRequest } from "../../db/pagination.js";
import type { Database } from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { findOrganisation, requireReachableOrganisation } from "../organisations/index.js";
import { effectiveConfig } from "../settings/effective.js";
import { requireReachableSchemeVersion } from "../schemes/index.js";
import { toRound } from "./presenters.js";
import { roundDetail } from "./round-detail.js";
import { createRoundTransitionFunctions } from "./round-transitions.js";
import { createRoundUnitFunctions } from "./round-units.js";
import * as repo from "./repository.js";
import {
  checkDeadlineOrder,
  checkItemDepartments,
  checkRoundUnits,
  deadlinePatch,
  deadlinesOf,
  type DeadlinesInput,
} from "./round-input.js";
import type { RoundTransitionHooks } from "./state-machine.js";
import {
  findRound,
  registerFactStamps,
  isAtOrAfter,
  listRoundUnits,
  requireRound,
  schemeOfVersion,
} from "../workflow/index.js";

/** Fields of a new round. */
export interface NewRoundInput {
  assessingOrganisationId: string;
  schemeVersionId: string;
  title: string;
  year: number;
  period: string;
  description?: string | null | undefined;
  deadlines?: DeadlinesInput | undefined;
  unitIds: string[];
  itemDepartments?: Record<string, string> | undefined;
}

/** Fields of a draft round's change. */
export type RoundChangeInput = Partial<
  Omit<NewRoundInput, "assessingOrganisationId" | "deadlines">
> & { version: number };

/** Builds the rounds service; `hooks` add work or refusals when a round enters a state. */
export function createRoundsService(
  deps: ServiceDeps,
  options: { hooks?: RoundTransitionHooks } = {},
) {
  const { db, clock, audit } = deps;
  const hooks = options.hooks ?? {};

  async function reachableVersion(ctx: RequestContext, versionId: string) {
    return requireReachableSchemeVersion(db, requireActor(ctx), versionId);
  }

  async function addUnits(
    trx: Kysely<Database>,
    roundId: string,
    unitIds: readonly string[],
    now: string,
  ) {
    await repo.insertRoundUnits(
      trx,
      unitIds.map((unitId) => ({
        id: randomUUID(),
        round_id: roundId,
        unit_id: unitId,
        status: "draft",
        reopened: 0,
        submitted_at: null,
        submitted_by: null,
        returned_at: null,
        returned_by: null,
        accepted_at: null,
        accepted_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    );
  }

  return {
    ...createRoundUnitFunctions(deps),
    ...createRoundTransitionFunctions(deps, hooks),

    /** Rounds the actor reaches. */
    async list(
      ctx: RequestContext,
      filters: repo.RoundFilters,
      page: PageRequest,
    ): Promise<Page<Round>> {
      const result = await repo.listRounds(db, organisationReach(requireActor(ctx)), filters, page);
      return { ...result, items: result.items.map(toRound) };
    },

    /** One round with counts, allowed moves and responsible departments. */
    async get(ctx: RequestContext, id: string) {
      await requireRound(db, requireActor(ctx), id);
      return roundDetail(db, id);
    },

    /** Creates a draft round. */
    async create(ctx: RequestContext, input: NewRoundInput) {
      const actor = requireActor(ctx);
      const assessing = await requireReachableOrganisation(
        db,
        actor,
        input.assessingOrganisationId,
        "考核单位",
      );
      const version = await reachableVersion(ctx, input.schemeVersionId);
      const scheme = await schemeOfVersion(db, version.id);
      return db.transaction().execute(async (trx) => {
        await checkRoundUnits(trx, assessing, input.unitIds);
        if (input.itemDepartments !== undefined)
          await checkItemDepartments(trx, assessing, scheme, input.itemDepartments);
        const id = randomUUID();
        const now = clock().toISOString();
        checkDeadlineOrder(
          deadlinesOf(deadlinePatch(input.deadlines, effectiveConfig(deps).timeZone)),
          "body.deadlines.",
        );
        await repo.insertRound(trx, {
          id,
          assessing_organisation_id: assessing.id,
          scheme_version_id: version.id,
          title: input.title,
          year: input.year,
          period: input.period,
          description: input.description ?? null,
          state: "draft",
          self_assessment_deadline: null,
          review_deadline: null,
          rating_deadline: null,
          appeal_deadline: null,
          ...deadlinePatch(input.deadlines, effectiveConfig(deps).timeZone),
          state_changed_at: now,
          version: 1,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await addUnits(trx, id, input.unitIds, now);
        if (input.itemDepartments !== undefined)
          await repo.replaceItemDepartments(trx, id, input.itemDepartments);
        const created = await roundDetail(trx, id);
        await audit(trx, {
          ctx,
          action: "round.create",
          object: { type: "round", id },
          after: { ...toRound((await findRound(trx, id))!), unitIds: input.unitIds },
        });
        return created;
      });
    },

    /** Changes a draft round (scheme version, texts, units, departments). */
    async update(ctx: RequestContext, id: string, input: RoundChangeInput) {
      const actor = requireActor(ctx);
      const current = await requireRound(db, actor, id);
      if (current.state !== "draft") {
        const structural = (
          ["schemeVersionId", "year", "unitIds", "itemDepartments"] as const
        ).filter((key) => input[key] !== undefined);
        if (structural.length > 0)
          throw new AppError(
            "CONFLICT",
            "考核任务已开始，考核方案、年度、被考核单位和责任科室不能再修改；名称、考核期间、说明和截止时间仍可修改。",
            {
              fields: structural.map((key) => ({
                path: `body.${key}`,
                message: "考核任务已开始，不能修改",
              })),
            },
          );
        if (isAtOrAfter(current, "results"))
          throw new AppError("CONFLICT", "考核结果已确认，考核任务的名称和期间不能再修改。");
      }
      const versionId = input.schemeVersionId ?? current.scheme_version_id;
      if (input.schemeVersionId !== undefined) await reachableVersion(ctx, input.schemeVersionId);
      const scheme = await schemeOfVersion(db, versionId);
      return db.transaction().execute(async (trx) => {
        const assessing = (await findOrganisation(trx, current.assessing_organisation_id))!;
        const now = clock().toISOString();
        const changed = await repo.updateRound(trx, id, input.version, {
          scheme_version_id: versionId,
          updated_at: now,
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.year === undefined ? {} : { year: input.year }),
          ...(input.period === undefined ? {} : { period: input.period }),
          ...(input.description === undefined ? {} : { description: input.description }),
        });
        await assertVersionedUpdate(changed, async () => true, "考核任务");
        // A new scheme (only before the round starts: no facts yet) reads other items across units.
        if (versionId !== current.scheme_version_id) await registerFactStamps(trx, id, scheme);
        if (input.unitIds !== undefined) {
          await checkRoundUnits(trx, assessing, input.unitIds);
          const existing = (await listRoundUnits(trx, id)).map((u) => u.unit_id);
          await repo.deleteRoundUnits(
            trx,
            id,
            existing.filter((u) => !input.unitIds!.includes(u)),
          );
          await addUnits(
            trx,
            id,
            input.unitIds.filter((u) => !existing.includes(u)),
            now,
          );
        }
        const departments =
          input.itemDepartments ??
          (input.schemeVersionId !== undefined
            ? await repo.listItemDepartments(trx, id)
            : undefined);
        if (departments !== undefined) {
          await checkItemDepartments(trx, assessing, scheme, departments);
          await repo.replaceItemDepartments(trx, id, departments);
        }
        const updated = await roundDetail(trx, id);
        await audit(trx, {
          ctx,
          action: "round.update",
          object: { type: "round", id },
          before: toRound(current),
          after: {
            ...toRound((await findRound(trx, id))!),
            ...(input.unitIds ? { unitIds: input.unitIds } : {}),
          },
        });
        return updated;
      });
    },

    /** Deletes a draft round that has no data (decision 0211), audited. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      const current = await requireRound(db, requireActor(ctx), id);
      if (current.state !== "draft")
        throw new AppError("CONFLICT", "考核任务已开始，不能删除；只能删除草稿状态的考核任务。");
      await db.transaction().execute(async (trx) => {
        if (await repo.roundHasData(trx, id))
          throw new AppError("CONFLICT", "考核任务中已有填报或审核数据，不能删除。");
        const units = (await listRoundUnits(trx, id)).map((u) => u.unit_name);
        const deleted = await repo.deleteRound(trx, id, version);
        await assertVersionedUpdate(deleted, async () => true, "考核任务");
        await audit(trx, {
          ctx,
          action: "round.delete",
          object: { type: "round", id },
          before: { ...toRound(current), units },
        });
      });
    },

    /** Changes deadlines (until the round is final). */
    async updateDeadlines(
      ctx: RequestContext,
      id: string,
      input: DeadlinesInput & { version: number },
    ) {
      const current = await requireRound(db, requireActor(ctx), id);
      const timeZone = effectiveConfig(deps).timeZone;
      if (current.state === "final")
        throw new AppError("CONFLICT", "考核任务已归档，不能再修改截止时间。");
      checkDeadlineOrder(deadlinesOf({ ...current, ...deadlinePatch(input, timeZone) }), "body.");
      return db.transaction().execute(async (trx) => {
        const changed = await repo.updateRound(trx, id, input.version, {
          ...deadlinePatch(input, timeZone),
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(changed, async () => true, "考核任务");
        const updated = await roundDetail(trx, id);
        await audit(trx, {
          ctx,
          action: "round.deadlines",
          object: { type: "round", id },
          before: toRound(current).deadlines,
          after: updated.deadlines,
        });
        return updated;
      });
    },

    /** The round's scheme document and its facts, for forms. */
    async getScheme(ctx: RequestContext, id: string) {
      const round = await requireRound(db, requireActor(ctx), id);
      const scheme = await schemeOfVersion(db, round.scheme_version_id);
      return {
        schemeVersionId: round.scheme_version_id,
        number: round.scheme_version_number,
        document: scheme as unknown as Record<string, unknown>,
        facts: listFacts(scheme) as unknown as Record<string, unknown>[],
      };
    },
  };
}

/** The rounds service. */
export type RoundsService = ReturnType<typeof createRoundsService>;
