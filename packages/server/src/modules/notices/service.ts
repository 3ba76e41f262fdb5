/**
 * 催报 (decision 0213): the assessment administrator reminds the units of a round that have not
 * submitted — a notice on each unit's home page (read/unread) and, where an organisation has an
 * enabled group-bot webhook, a message sent by the job queue; the system administrator sets an
 * organisation's webhook (the URL checked, its token and secret never answered back).
 */
import { randomUUID } from "node:crypto";
import { formatDeadlineIn } from "../../contract/time-zone.js";
import type {
  NoticesTable,
  OrganisationWebhookRow,
  WebhookDeliveriesTable,
} from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound, type FieldError } from "../../errors/app-error.js";
import { requireActor, type Actor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { requireReachableOrganisation } from "../organisations/index.js";
import { effectiveConfig } from "../settings/effective.js";
import { listRoundUnits, requireRound, unitDeadline } from "../workflow/index.js";
import * as repo from "./repository.js";
import { maskWebhookUrl, webhookUrlProblem } from "./webhook.js";
import type { WebhookQueue } from "./webhook-queue.js";

const pendingStatuses = new Set(["draft", "returned"]);

function ownUnitOf(actor: Actor): string {
  const role = actor.activeRole;
  if (role === null) throw notFound("单位");
  return role.organisationId;
}

function toWebhook(organisationId: string, row: OrganisationWebhookRow | undefined) {
  return {
    organisationId,
    configured: row !== undefined,
    kind: (row?.kind ?? null) as "dingtalk" | "wecom" | null,
    maskedUrl: row === undefined ? null : maskWebhookUrl(row.url),
    hasSecret: row?.secret != null,
    enabled: row?.enabled === 1,
    allowIntranet: row?.allow_intranet === 1,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

/** Builds the notices service; `queue` sends the webhook messages. */
export function createNoticesService(deps: ServiceDeps, options: { queue: WebhookQueue }) {
  const { db, clock, audit } = deps;
  const { queue } = options;

  return {
    /** Reminds the round's units that have not submitted (all, or those given). */
    async sendReminders(
      ctx: RequestContext,
      roundId: string,
      input: { unitIds?: string[] | undefined; message?: string | undefined },
    ) {
      const actor = requireActor(ctx);
      const round = await requireRound(db, actor, roundId);
      if (round.state !== "self_assessment" && round.state !== "review")
        throw new AppError("CONFLICT", "只有在自评或审核阶段才能催报。");
      const units = await listRoundUnits(db, roundId);
      const pending = units.filter((u) => pendingStatuses.has(u.status));
      let chosen = pending;
      if (input.unitIds !== undefined) {
        const byId = new Map(units.map((u) => [u.unit_id, u]));
        const fields: FieldError[] = [];
        input.unitIds.forEach((id, index) => {
          const unit = byId.get(id);
          if (unit === undefined)
            fields.push({ path: `body.unitIds[${index}]`, message: "该单位不在本考核任务中" });
          else if (!pendingStatuses.has(unit.status))
            fields.push({
              path: `body.unitIds[${index}]`,
              message: `${unit.unit_name}已提交自评，无需催报`,
            });
        });
        if (fields.length > 0)
          throw new AppError("VALIDATION_FAILED", "催报的单位有误，请检查标出的单位。", {
            fields,
          });
        const wanted = new Set(input.unitIds);
        chosen = pending.filter((u) => wanted.has(u.unit_id));
      }
      if (chosen.length === 0) throw new AppError("CONFLICT", "所有单位都已提交自评，无需催报。");
      const timeZone = effectiveConfig(deps).timeZone;
      const now = clock().toISOString();
      const extra = input.message === undefined || input.message === "" ? "" : input.message;
      const textFor = (unit: (typeof chosen)[number]) => {
        const deadline = unitDeadline(round, unit);
        const when =
          deadline === null ? "" : `，自评截止时间为${formatDeadlineIn(deadline, timeZone)}`;
        const status = unit.status === "returned" ? "自评被退回后尚未重新提交" : "尚未提交自评";
        return `【催报】“${round.title}”：${unit.unit_name}${status}${when}，请尽快填报并提交。${extra}`;
      };
      const notices: NoticesTable[] = chosen.map((unit) => ({
        id: randomUUID(),
        round_id: roundId,
        organisation_id: unit.unit_id,
        kind: "reminder",
        message: textFor(unit),
        created_by: actor.userId,
        created_at: now,
        read_at: null,
        read_by: null,
      }));
      const webhooks = await repo.listEnabledWebhooks(db, [
        round.assessing_organisation_id,
        ...chosen.map((u) => u.unit_id),
      ]);
      const deliveries: WebhookDeliveriesTable[] = webhooks.map((webhook) => ({
        id: randomUUID(),
        round_id: roundId,
        organisation_id: webhook.organisation_id,
        message:
          webhook.organisation_id === round.assessing_organisation_id
            ? `【催报】“${round.title}”：以下 ${chosen.length} 个单位尚未提交自评：${chosen
                .map((u) => u.unit_name)
                .join("、")}。${extra}`.slice(0, 2000)
            : notices.find((n) => n.organisation_id === webhook.organisation_id)!.message,
        state: "queued",
        attempts: 0,
        error: null,
        created_at: now,
        updated_at: now,
      }));
      await db.transaction().execute(async (trx) => {
        await repo.insertNotices(trx, notices);
        await repo.insertDeliveries(trx, deliveries);
        await audit(trx, {
          ctx,
          action: "round.remind",
          object: { type: "round", id: roundId },
          after: {
            units: chosen.map((u) => u.unit_name),
            message: extra === "" ? null : extra,
            webhooks: deliveries.length,
          },
        });
      });
      if (deliveries.length > 0) void queue.drain();
      return { reminded: notices.length, webhooksQueued: deliveries.length };
    },

    /** The reminders of a round and their webhook messages (催报记录). */
    async roundReminders(ctx: RequestContext, roundId: string) {
      await requireRound(db, requireActor(ctx), roundId);
      const [notices, deliveries] = await Promise.all([
        repo.listRoundNotices(db, roundId),
        repo.listRoundDeliveries(db, roundId),
      ]);
      const attempts = await repo.listDeliveryAttempts(
        db,
        deliveries.map((d) => d.id),
      );
      return {
        reminders: notices.map((n) => ({
          id: n.id,
          unitId: n.organisation_id,
          unitName: n.organisation_name,
          message: n.message,
          createdAt: n.created_at,
          readAt: n.read_at,
        })),
        deliveries: deliveries.map((d) => ({
          id: d.id,
          organisationName: d.organisation_name,
          state: d.state as "queued" | "running" | "retrying" | "sent" | "failed",
          error: d.error,
          attempts: d.attempts,
          nextAttemptAt: d.state === "retrying" ? (d.next_attempt_at ?? null) : null,
          attemptLog: attempts
            .filter((a) => a.delivery_id === d.id)
            .map((a) => ({
              attempt: a.attempt,
              at: a.finished_at,
              sent: a.outcome === "sent",
              error: a.error,
            })),
          createdAt: d.created_at,
          updatedAt: d.updated_at,
        })),
      };
    },

    /** The latest notices of the caller's own unit. */
    async listNotices(ctx: RequestContext) {
      const unitId = ownUnitOf(requireActor(ctx));
      return (await repo.listUnitNotices(db, unitId, 50)).map((n) => ({
        id: n.id,
        roundId: n.round_id,
        roundTitle: n.round_title,
        message: n.message,
        createdAt: n.created_at,
        read: n.read_at !== null,
        readAt: n.read_at,
      }));
    },

    /** Marks a notice of the caller's own unit read (audited the first time). */
    async readNotice(ctx: RequestContext, id: string) {
      const actor = requireActor(ctx);
      const notice = await repo.findNotice(db, id);
      if (notice === undefined || notice.organisation_id !== ownUnitOf(actor))
        throw notFound("通知");
      if (notice.read_at !== null) return { id, readAt: notice.read_at };
      const now = clock().toISOString();
      return db.transaction().execute(async (trx) => {
        if (await repo.markNoticeRead(trx, id, now, actor.userId))
          await audit(trx, {
            ctx,
            action: "notice.read",
            object: { type: "notice", id },
            after: { readAt: now },
          });
        const current = await repo.findNotice(trx, id);
        return { id, readAt: current?.read_at ?? now };
      });
    },

    /** An organisation's webhook (system administrator): masked, without its secret. */
    async getWebhook(ctx: RequestContext, organisationId: string) {
      await requireReachableOrganisation(db, requireActor(ctx), organisationId, "机构");
      return toWebhook(organisationId, await repo.findWebhook(db, organisationId));
    },

    /** Sets an organisation's webhook; the URL is checked; audited with the URL masked. */
    async updateWebhook(
      ctx: RequestContext,
      organisationId: string,
      input: {
        version: number;
        kind: "dingtalk" | "wecom";
        url?: string | undefined;
        secret?: string | null | undefined;
        enabled: boolean;
        allowIntranet: boolean;
      },
    ) {
      const actor = requireActor(ctx);
      await requireReachableOrganisation(db, actor, organisationId, "机构");
      const current = await repo.findWebhook(db, organisationId);
      const url = input.url ?? current?.url;
      if (url === undefined)
        throw new AppError("VALIDATION_FAILED", "请输入机器人地址。", {
          fields: [{ path: "body.url", message: "请输入机器人地址" }],
        });
      const problem = webhookUrlProblem(url, input.allowIntranet);
      if (problem !== undefined)
        throw new AppError("VALIDATION_FAILED", problem, {
          fields: [{ path: "body.url", message: problem }],
        });
      const now = clock().toISOString();
      const secret = input.secret === undefined ? (current?.secret ?? null) : input.secret;
      const values = {
        kind: input.kind,
        url,
        secret: input.kind === "dingtalk" ? secret : null,
        enabled: input.enabled ? 1 : 0,
        allow_intranet: input.allowIntranet ? 1 : 0,
        updated_by: actor.userId,
        updated_at: now,
      };
      return db.transaction().execute(async (trx) => {
        if (current === undefined) {
          if (input.version !== 0)
            await assertVersionedUpdate(false, async () => true, "机器人设置");
          await repo.insertWebhook(trx, { organisation_id: organisationId, version: 1, ...values });
        } else {
          const changed = await repo.updateWebhook(trx, organisationId, input.version, values);
          await assertVersionedUpdate(changed, async () => true, "机器人设置");
        }
        const saved = toWebhook(organisationId, await repo.findWebhook(trx, organisationId));
        await audit(trx, {
          ctx,
          action: "organisation.webhook",
          object: { type: "organisation", id: organisationId },
          before: current === undefined ? null : toWebhook(organisationId, current),
          after: saved,
        });
        return saved;
      });
    },
  };
}

/** The notices service. */
export type NoticesService = ReturnType<typeof createNoticesService>;
