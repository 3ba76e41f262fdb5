/**
 * The organisation tree (机构): create, change, move and disable with history; reads limited
 * to what the actor's role reaches (another unit's organisation answers 404).
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { organisationReach, requireReachable } from "../../authz/object-access.js";
import type { Page } from "../../contract/common.js";
import type { Organisation } from "../../contract/organisations.js";
import type { Database, OrganisationRow } from "../../db/schema.js";
import type { PageRequest } from "../../db/pagination.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import {
  findOrganisation,
  findOrganisationByCode,
  insertOrganisation,
  insertOrganisationHistory,
  listOrganisationHistory,
  listOrganisations,
  movePaths,
  updateOrganisation,
  type OrganisationFilters,
} from "./repository.js";
import { toHistoryEntry, toOrganisation } from "./presenters.js";

/** Fields of a new organisation. */
export interface NewOrganisationInput {
  code: string;
  name: string;
  type: Organisation["type"];
  parentId: string | null;
}

/** Fields of an organisation change (`parentId` moves it; `status` disables or enables it). */
export interface OrganisationChangeInput {
  version: number;
  code?: string | undefined;
  name?: string | undefined;
  type?: Organisation["type"] | undefined;
  parentId?: string | null | undefined;
  status?: Organisation["status"] | undefined;
}

async function recordHistory(
  trx: Kysely<Database>,
  row: OrganisationRow,
  change: string,
  ctx: RequestContext,
  at: string,
) {
  await insertOrganisationHistory(trx, {
    id: randomUUID(),
    organisation_id: row.id,
    version: row.version,
    change,
    code: row.code,
    name: row.name,
    type: row.type,
    parent_id: row.parent_id,
    status: row.status,
    changed_at: at,
    changed_by: ctx.actor?.username ?? null,
  });
}

/** Stores a new organisation with its first history entry (no audit: callers audit). */
export async function createOrganisationRecord(
  trx: Kysely<Database>,
  ctx: RequestContext,
  input: NewOrganisationInput,
  at: Date,
): Promise<OrganisationRow> {
  if ((await findOrganisationByCode(trx, input.code)) !== undefined) {
    throw new AppError("CONFLICT", `机构编码 ${input.code} 已存在。`, {
      fields: [{ path: "body.code", message: "机构编码已存在" }],
    });
  }
  let parentPath = "/";
  if (input.parentId !== null) {
    const parent = await findOrganisation(trx, input.parentId);
    if (parent === undefined) throw notFound("上级机构");
    parentPath = parent.path;
  }
  const id = randomUUID();
  const now = at.toISOString();
  const row: OrganisationRow = {
    id,
    code: input.code,
    name: input.name,
    type: input.type,
    parent_id: input.parentId,
    path: `${parentPath}${id}/`,
    status: "active",
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await insertOrganisation(trx, row);
  await recordHistory(trx, row, "created", ctx, now);
  return row;
}

const auditVerbs = {
  updated: "update",
  moved: "move",
  disabled: "disable",
  enabled: "enable",
} as const;

/** Builds the organisations service. */
export function createOrganisationsService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  return {
    /** Organisations the actor reaches, filtered, sorted and paged. */
    async list(
      ctx: RequestContext,
      filters: OrganisationFilters & { subtreeOf?: string | undefined },
      page: PageRequest,
    ): Promise<Page<Organisation>> {
      const actor = requireActor(ctx);
      let subtreePath: string | undefined;
      if (filters.subtreeOf !== undefined) {
        const root = requireReachable(
          actor,
          await findOrganisation(db, filters.subtreeOf),
          (o) => o,
          "机构",
        );
        subtreePath = root.path;
      }
      const result = await listOrganisations(
        db,
        organisationReach(actor),
        { ...filters, subtreePath },
        page,
      );
      return { ...result, items: result.items.map(toOrganisation) };
    },

    /** One organisation the actor reaches (404 otherwise). */
    async get(ctx: RequestContext, id: string): Promise<Organisation> {
      const row = requireReachable(
        requireActor(ctx),
        await findOrganisation(db, id),
        (o) => o,
        "机构",
      );
      return toOrganisation(row);
    },

    /** Every state an organisation has had. */
    async listHistory(ctx: RequestContext, id: string, page: PageRequest) {
      requireReachable(requireActor(ctx), await findOrganisation(db, id), (o) => o, "机构");
      const result = await listOrganisationHistory(db, id, page);
      return { ...result, items: result.items.map(toHistoryEntry) };
    },

    /** Creates an organisation. */
    async create(ctx: RequestContext, input: NewOrganisationInput): Promise<Organisation> {
      return db.transaction().execute(async (trx) => {
        const row = await createOrganisationRecord(trx, ctx, input, clock());
        const created = toOrganisation(row);
        await audit(trx, {
          ctx,
          action: "organisation.create",
          object: { type: "organisation", id: row.id },
          after: created,
        });
        return created;
      });
    },

    /** Changes, moves, disables or enables an organisation; the old state stays in its history. */
    async update(
      ctx: RequestContext,
      id: string,
      input: OrganisationChangeInput,
    ): Promise<Organisation> {
      return db.transaction().execute(async (trx) => {
        const current = await findOrganisation(trx, id);
        if (current === undefined) throw notFound("机构");
        const now = clock().toISOString();
        const patch: Partial<OrganisationRow> = { updated_at: now };
        if (input.code !== undefined && input.code !== current.code) {
          if ((await findOrganisationByCode(trx, input.code)) !== undefined) {
            throw new AppError("CONFLICT", `机构编码 ${input.code} 已存在。`, {
              fields: [{ path: "body.code", message: "机构编码已存在" }],
            });
          }
          patch.code = input.code;
        }
        if (input.name !== undefined) patch.name = input.name;
        if (input.type !== undefined) patch.type = input.type;
        if (input.status !== undefined) patch.status = input.status;
        const moves = input.parentId !== undefined && input.parentId !== current.parent_id;
        if (moves) {
          let parentPath = "/";
          if (input.parentId !== null && input.parentId !== undefined) {
            const parent = await findOrganisation(trx, input.parentId);
            if (parent === undefined) throw notFound("上级机构");
            if (parent.path.startsWith(current.path)) {
              throw new AppError("CONFLICT", "不能把机构移动到它自己或它的下级机构之下。", {
                fields: [{ path: "body.parentId", message: "不能移动到自身或下级机构之下" }],
              });
            }
            parentPath = parent.path;
          }
          patch.parent_id = input.parentId ?? null;
          patch.path = `${parentPath}${current.id}/`;
        }
        const changed = await updateOrganisation(trx, id, input.version, patch);
        await assertVersionedUpdate(
          changed,
          async () => (await findOrganisation(trx, id)) !== undefined,
          "机构",
        );
        if (moves && patch.path !== undefined) await movePaths(trx, current.path, patch.path);
        const updated = (await findOrganisation(trx, id)) ?? current;
        const change = moves
          ? "moved"
          : input.status !== undefined && input.status !== current.status
            ? input.status === "disabled"
              ? "disabled"
              : "enabled"
            : "updated";
        await recordHistory(trx, updated, change, ctx, now);
        const after = toOrganisation(updated);
        await audit(trx, {
          ctx,
          action: `organisation.${auditVerbs[change]}`,
          object: { type: "organisation", id },
          before: toOrganisation(current),
          after,
        });
        return after;
      });
    },
  };
}

/** The organisations service. */
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
