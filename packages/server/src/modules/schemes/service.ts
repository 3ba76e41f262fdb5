/**
 * Schemes (考核方案): built-in templates for every assessing organisation; stored schemes with an
 * always-valid draft and immutable published versions; clone, import and export. The first
 * draft's source is ./draft-source.ts; the review of an imported draft ./import-review-service.ts.
 */
import { createHash, randomUUID } from "node:crypto";
import { ENGINE_VERSION, getTemplate, listTemplates } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { organisationReach } from "../../authz/object-access.js";
import type { Page } from "../../contract/common.js";
import type { SchemeDetail } from "../../contract/schemes.js";
import type { importSummarySchema } from "../../contract/documents.js";
import type { PageRequest } from "../../db/pagination.js";
import type { Database, SchemeRow } from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { requireReachableOrganisation } from "../organisations/index.js";
import { draftSourceOf, type SchemeSource } from "./draft-source.js";
import { createImportReviewFunctions } from "./import-review-service.js";
import { requireReachableScheme, requireReachableSchemeVersion } from "./lookups.js";
import { requireValidScheme, serialiseScheme } from "./validation.js";
import {
  changedConfirmations,
  reviewRowsOf,
  unconfirmedOf,
  type ImportProposal,
} from "./import-review.js";
import { toSchemeSummary, toSchemeVersion, toSchemeVersionSummary } from "./presenters.js";
import {
  closeImportReview,
  findScheme,
  findSchemeByCode,
  insertImportNotes,
  insertImportReviewItems,
  insertScheme,
  insertSchemeVersion,
  listOpenImportReviewItems,
  listSchemes,
  listSchemeVersions,
  setImportReviewConfirmation,
  updateScheme,
  type SchemeFilters,
} from "./repository.js";

type ImportSummary = z.infer<typeof importSummarySchema>;

/** Fields of a new scheme. */
export interface NewSchemeInput {
  assessingOrganisationId: string;
  from: SchemeSource;
  code?: string | undefined;
  title?: string | undefined;
  /** A rubric import's proposals: the draft opens with a review of them (decision 0200). */
  review?: readonly ImportProposal[] | undefined;
  /** The import's notes on the whole document, kept with the review. */
  importSummary?: ImportSummary | undefined;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const codeTaken = (code: string) =>
  new AppError("CONFLICT", `本单位已有编号为 ${code} 的考核方案，请换一个编号。`, {
    fields: [{ path: "body.code", message: "方案编号已存在" }],
  });

/** Builds the schemes service. */
export function createSchemesService(deps: ServiceDeps) {
  const { db, clock, audit } = deps;

  async function detail(trx: Kysely<Database>, id: string): Promise<SchemeDetail> {
    const row = await findScheme(trx, id);
    if (row === undefined) throw notFound("考核方案");
    const versions = await listSchemeVersions(trx, id);
    return {
      ...toSchemeSummary(row, sha256(row.draft_document)),
      draft: JSON.parse(row.draft_document) as Record<string, unknown>,
      versions: versions.map(toSchemeVersionSummary),
    };
  }

  async function reachableVersion(ctx: RequestContext, versionId: string) {
    const row = await requireReachableSchemeVersion(db, requireActor(ctx), versionId);
    return toSchemeVersion(row);
  }

  return {
    ...createImportReviewFunctions(deps),

    /** The built-in templates. */
    listTemplates: () => listTemplates(),

    /** One built-in template with its document. */
    getTemplate(templateId: string) {
      const scheme = getTemplate(templateId);
      if (scheme === undefined) throw notFound("内置模板");
      const info = listTemplates().find((t) => t.id === templateId);
      return {
        id: templateId,
        title: scheme.title,
        description: info?.description ?? "",
        document: scheme as unknown as Record<string, unknown>,
      };
    },

    /** Schemes the actor reaches. */
    async list(
      ctx: RequestContext,
      filters: SchemeFilters,
      page: PageRequest,
    ): Promise<Page<ReturnType<typeof toSchemeSummary>>> {
      const result = await listSchemes(db, organisationReach(requireActor(ctx)), filters, page);
      return {
        ...result,
        items: result.items.map((row) => toSchemeSummary(row, sha256(row.draft_document))),
      };
    },

    /** One scheme with its draft and versions. */
    async get(ctx: RequestContext, id: string): Promise<SchemeDetail> {
      await requireReachableScheme(db, requireActor(ctx), id);
      return detail(db, id);
    },

    /** Creates a scheme by cloning a template or a version, or by importing a document. */
    async create(ctx: RequestContext, input: NewSchemeInput): Promise<SchemeDetail> {
      const actor = requireActor(ctx);
      const organisation = await requireReachableOrganisation(
        db,
        actor,
        input.assessingOrganisationId,
        "考核单位",
      );
      const source = await draftSourceOf(db, actor, input.from);
      const scheme = requireValidScheme(
        {
          ...source.scheme,
          ...(input.code === undefined ? {} : { id: input.code }),
          ...(input.title === undefined ? {} : { title: input.title }),
        },
        "body",
      );
      return db.transaction().execute(async (trx) => {
        // A code typed by the administrator must be free; without one the system picks the
        // source's code, or the first free `code-2`, `code-3` … (issue 14 defect 11).
        if (input.code !== undefined) {
          if ((await findSchemeByCode(trx, organisation.id, scheme.id)) !== undefined)
            throw codeTaken(scheme.id);
        } else {
          const base = scheme.id.slice(0, 56);
          for (
            let n = 2;
            (await findSchemeByCode(trx, organisation.id, scheme.id)) !== undefined;
            n++
          )
            scheme.id = `${base}-${n}`;
        }
        const id = randomUUID();
        const now = clock().toISOString();
        const row: SchemeRow = {
          id,
          assessing_organisation_id: organisation.id,
          code: scheme.id,
          title: scheme.title,
          draft_document: serialiseScheme(scheme).json,
          origin: source.origin,
          origin_ref: source.originRef,
          lineage: source.lineage ?? id,
          latest_version_number: 0,
          version: 1,
          created_by: actor.userId,
          created_at: now,
          updated_by: actor.userId,
          updated_at: now,
        };
        await insertScheme(trx, row);
        const reviewRows = reviewRowsOf(id, input.review ?? []);
        await insertImportReviewItems(trx, reviewRows);
        if (reviewRows.length > 0 && input.importSummary !== undefined)
          await insertImportNotes(trx, id, JSON.stringify(input.importSummary));
        const created = await detail(trx, id);
        const { draft: _draft, ...summary } = created;
        await audit(trx, {
          ctx,
          action: "scheme.create",
          object: { type: "scheme", id },
          after: {
            ...summary,
            ...(reviewRows.length === 0 ? {} : { importReviewItems: reviewRows.length }),
          },
        });
        return created;
      });
    },

    /** Replaces the draft with a document the engine accepts. */
    async updateDraft(
      ctx: RequestContext,
      id: string,
      input: { version: number; document: Record<string, unknown> },
    ): Promise<SchemeDetail> {
      const actor = requireActor(ctx);
      const current = await requireReachableScheme(db, actor, id);
      const scheme = requireValidScheme(input.document, "body.document");
      return db.transaction().execute(async (trx) => {
        if (scheme.id !== current.code) {
          const other = await findSchemeByCode(trx, current.assessing_organisation_id, scheme.id);
          if (other !== undefined) throw codeTaken(scheme.id);
        }
        const changed = await updateScheme(trx, id, input.version, {
          code: scheme.id,
          title: scheme.title,
          draft_document: serialiseScheme(scheme).json,
          updated_by: actor.userId,
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(
          changed,
          async () => (await findScheme(trx, id)) !== undefined,
          "考核方案",
        );
        // A confirmed imported item whose rule changed is unconfirmed again (decision 0200).
        const reset = changedConfirmations(await listOpenImportReviewItems(trx, id), scheme);
        await setImportReviewConfirmation(trx, id, reset, null);
        const updated = await detail(trx, id);
        await audit(trx, {
          ctx,
          action: "scheme.update_draft",
          object: { type: "scheme", id },
          before: {
            code: current.code,
            title: current.title,
            version: current.version,
            draftSha256: sha256(current.draft_document),
          },
          after: {
            code: updated.code,
            title: updated.title,
            version: updated.version,
            draftSha256: sha256(serialiseScheme(scheme).json),
            ...(reset.length === 0 ? {} : { importReviewReset: reset }),
          },
        });
        return updated;
      });
    },

    /** Publishes the draft as the next immutable version. */
    async publish(
      ctx: RequestContext,
      id: string,
      input: {
        version: number;
        note?: string | undefined;
        acceptUnconfirmed?: number | undefined;
      },
    ): Promise<SchemeDetail> {
      const actor = requireActor(ctx);
      await requireReachableScheme(db, actor, id);
      return db.transaction().execute(async (trx) => {
        const current = await findScheme(trx, id);
        if (current === undefined) throw notFound("考核方案");
        const draftSha = sha256(current.draft_document);
        if (current.latest_sha256 === draftSha)
          throw new AppError("CONFLICT", "草稿与最新发布的版本相同，无需再次发布。");
        const open = unconfirmedOf(await listOpenImportReviewItems(trx, id));
        if (open.low.length > 0 && input.acceptUnconfirmed !== open.low.length)
          throw new AppError(
            "UNCONFIRMED_IMPORT",
            `还有 ${open.low.length} 项把握低的导入规则未确认（编号 ${open.low.join("、")}）。请复核后再发布，或确认仍要发布。`,
            {
              fields: [
                {
                  path: "body.acceptUnconfirmed",
                  message: `未确认的把握低的导入规则 ${open.low.length} 项`,
                },
              ],
            },
          );
        const number = current.latest_version_number + 1;
        const changed = await updateScheme(trx, id, input.version, {
          latest_version_number: number,
          updated_by: actor.userId,
          updated_at: clock().toISOString(),
        });
        await assertVersionedUpdate(changed, async () => true, "考核方案");
        const versionId = randomUUID();
        await insertSchemeVersion(trx, {
          id: versionId,
          scheme_id: id,
          number,
          document: current.draft_document,
          document_sha256: draftSha,
          engine_version: ENGINE_VERSION,
          note: input.note === undefined || input.note === "" ? null : input.note,
          published_by: actor.userId,
          published_at: clock().toISOString(),
        });
        await closeImportReview(trx, id, versionId);
        const published = await detail(trx, id);
        await audit(trx, {
          ctx,
          action: "scheme.publish",
          object: { type: "scheme_version", id: versionId },
          after: {
            schemeId: id,
            number,
            documentSha256: draftSha,
            ...(open.all.length === 0 ? {} : { unconfirmedImported: open.all }),
          },
        });
        return published;
      });
    },

    /** One published version with its document. */
    getVersion: reachableVersion,

    /** A published version as a JSON file (the document `kaoping template show` prints). */
    async exportVersion(
      ctx: RequestContext,
      versionId: string,
    ): Promise<{ fileName: string; body: string }> {
      const version = await reachableVersion(ctx, versionId);
      return {
        fileName: `${version.code}-v${version.number}.json`,
        body: `${JSON.stringify(version.document, null, 2)}\n`,
      };
    },
  };
}

/** The schemes service. */
export type SchemesService = ReturnType<typeof createSchemesService>;
