/**
 * Evidence (佐证材料): upload streamed to disk with size, count, type, content and archive checks
 * and a SHA-256; list; download with the digest verified (a changed file is an integrity error
 * and an audit event); delete while the self-assessment can change. Every file is authorised
 * through its round unit (another unit's file answers 404).
 */
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { EvidenceFile, EvidenceLibrary } from "../../contract/evidence.js";
import type { Database } from "../../db/schema.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import { checkedUploadName } from "../../http/upload-name.js";
import type { ServiceDeps } from "../../services.js";
import { recordAuditEvent } from "../audit/writer.js";
import { reviewScopeIn } from "../review/index.js";
import { effectiveConfig } from "../settings/effective.js";
import { requireOpenAppeal } from "./appeal-evidence.js";
import { materialLibrary } from "./library.js";
import { checkEvidenceContent, requireAllowedExtension } from "./content-check.js";
import { toEvidenceFile } from "./presenters.js";
import * as repo from "./repository.js";
import { createConfiguredEvidenceStore } from "./database-store.js";
import type { EvidenceStore } from "./store.js";
import {
  lockEditable,
  requireEditable,
  requireRoundAndUnit,
  schemeItems,
  schemeOfVersion,
} from "../workflow/index.js";

/** Refuses a new file on an item that has as many as the limit allows. */
async function requireRoomOnItem(
  db: Kysely<Database>,
  roundUnitId: string,
  itemCode: string,
  maxFilesPerItem: number,
): Promise<void> {
  if ((await repo.countItemEvidence(db, roundUnitId, itemCode)) >= maxFilesPerItem)
    throw new AppError(
      "CONFLICT",
      `每个评分项最多上传 ${maxFilesPerItem} 个文件，请先删除不需要的文件。`,
    );
}

/** One uploaded file part. */
export interface UploadPart {
  filename: string;
  file: Readable & { truncated?: boolean };
}

/** Builds the evidence service (the store defaults to the data directory). */
export function createEvidenceService(
  deps: ServiceDeps,
  store: EvidenceStore = createConfiguredEvidenceStore(deps.config, deps.db),
) {
  const { db, clock, audit } = deps;

  /**
   * A file the actor reaches (404 otherwise), with its round unit: through its round unit, and
   * for a reviewer only when the file's item is in his review scope.
   */
  async function reachableFile(ctx: RequestContext, id: string) {
    const actor = requireActor(ctx);
    const row = await repo.findEvidence(db, id);
    if (row === undefined) throw notFound("佐证材料");
    let reached: Awaited<ReturnType<typeof requireRoundAndUnit>>;
    try {
      reached = await requireRoundAndUnit(db, actor, row.round_id, row.unit_id);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound("佐证材料");
      throw error;
    }
    if (!(await reviewScopeIn(db, actor, row.round_id))(row.item_code)) throw notFound("佐证材料");
    return { row, ...reached };
  }

  /** The item files are attached to: a scored item of the round's scheme that is not a rating. */
  async function requireEvidenceItem(schemeVersionId: string, itemCode: string): Promise<void> {
    const items = schemeItems(await schemeOfVersion(db, schemeVersionId));
    if (!items.byCode.has(itemCode) || items.ratingItems.has(itemCode)) {
      throw new AppError("VALIDATION_FAILED", `考核方案中没有评分项 ${itemCode}。`, {
        fields: [{ path: "params.itemCode", message: "没有这个评分项" }],
      });
    }
  }

  return {
    /** Stores one uploaded file for an item of a unit's self-assessment. */
    async upload(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      itemCode: string,
      part: UploadPart | AppError,
      options: { appealId?: string | undefined } = {},
    ): Promise<EvidenceFile> {
      const actor = requireActor(ctx);
      // Read per upload: the system administrator may change the limits in 系统设置.
      const limits = effectiveConfig(deps).evidence;
      const { round, roundUnit } = await requireRoundAndUnit(db, actor, roundId, unitId);
      const appealId = options.appealId ?? null;
      if (appealId !== null) {
        await requireOpenAppeal(db, round, roundUnit.id, appealId, itemCode, clock());
      } else {
        await requireEvidenceItem(round.scheme_version_id, itemCode);
        requireEditable(round, roundUnit, clock());
      }
      if (part instanceof AppError) throw part; // no file arrived (http/file-part.ts says why)
      try {
        await requireRoomOnItem(db, roundUnit.id, itemCode, limits.maxFilesPerItem);
      } catch (error) {
        part.file.resume();
        throw error;
      }
      let originalName: string;
      let ext: string;
      try {
        originalName = checkedUploadName(part.filename);
        ext = requireAllowedExtension(originalName);
      } catch (error) {
        part.file.resume();
        throw error;
      }
      const staged = await store.stage(part.file);
      let contentType: string;
      try {
        if (staged.truncated)
          throw new AppError(
            "PAYLOAD_TOO_LARGE",
            `文件超过 ${Math.floor(limits.maxFileBytes / 1024 / 1024)} MB 的上限，未保存。`,
          );
        contentType = await checkEvidenceContent(ext, await store.readStaged(staged), {
          maxUnpackedBytes: limits.maxUnpackedBytes,
          maxEntries: limits.maxArchiveEntries,
        });
      } catch (error) {
        await store.discard(staged);
        throw error;
      }
      const stored = db.transaction().execute(async (trx) => {
        if (appealId === null) await lockEditable(trx, round, roundUnit.id, clock());
        await requireRoomOnItem(trx, roundUnit.id, itemCode, limits.maxFilesPerItem);
        // The bytes go in with the row (database store) or into place first (file store).
        const storedName = await store.commit(staged, trx);
        const id = randomUUID();
        await repo.insertEvidence(trx, {
          id,
          round_unit_id: roundUnit.id,
          item_code: itemCode,
          appeal_id: appealId,
          original_name: originalName,
          stored_name: storedName,
          size: staged.size,
          content_type: contentType,
          sha256: staged.sha256,
          uploaded_by: actor.userId,
          uploaded_at: clock().toISOString(),
          deleted_at: null,
          deleted_by: null,
          version: 1,
        });
        const created = toEvidenceFile((await repo.findEvidence(trx, id))!);
        await audit(trx, {
          ctx,
          action: "evidence.upload",
          object: { type: "evidence", id },
          after: created,
        });
        return created;
      });
      // A refused or failed write leaves no staged file behind.
      return stored.finally(() => store.discard(staged));
    },

    /**
     * Attaches a file of the unit's material library (this round or an earlier one) to an item,
     * without uploading it again: the same stored content, a new attachment, its own audit row.
     * Only the unit's own files can be chosen (another unit's file answers 404).
     */
    async attachFromLibrary(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      itemCode: string,
      sourceId: string,
    ): Promise<EvidenceFile> {
      const actor = requireActor(ctx);
      const limits = effectiveConfig(deps).evidence;
      const { round, roundUnit } = await requireRoundAndUnit(db, actor, roundId, unitId);
      const source = await repo.findEvidence(db, sourceId);
      if (source === undefined || source.unit_id !== unitId || source.appeal_id !== null)
        throw new AppError("NOT_FOUND", "所选材料不存在，或不是本单位的材料。", {
          fields: [{ path: "body.evidenceId", message: "没有这份材料" }],
        });
      await requireEvidenceItem(round.scheme_version_id, itemCode);
      requireEditable(round, roundUnit, clock());
      return db.transaction().execute(async (trx) => {
        await lockEditable(trx, round, roundUnit.id, clock());
        if (await repo.itemHasContent(trx, roundUnit.id, itemCode, source.sha256))
          throw new AppError(
            "CONFLICT",
            `评分项 ${itemCode} 已有这份材料（${source.original_name}）。`,
            {
              fields: [{ path: "body.evidenceId", message: "该评分项已有这份材料" }],
            },
          );
        await requireRoomOnItem(trx, roundUnit.id, itemCode, limits.maxFilesPerItem);
        const id = randomUUID();
        await repo.insertEvidence(trx, {
          id,
          round_unit_id: roundUnit.id,
          item_code: itemCode,
          appeal_id: null,
          original_name: source.original_name,
          stored_name: source.stored_name,
          size: source.size,
          content_type: source.content_type,
          sha256: source.sha256,
          uploaded_by: actor.userId,
          uploaded_at: clock().toISOString(),
          deleted_at: null,
          deleted_by: null,
          version: 1,
        });
        const created = toEvidenceFile((await repo.findEvidence(trx, id))!);
        await audit(trx, {
          ctx,
          action: "evidence.attach",
          object: { type: "evidence", id },
          after: created,
          detail: {
            fromEvidenceId: source.id,
            fromRoundId: source.round_id,
            fromItemCode: source.item_code,
          },
        });
        return created;
      });
    },

    /** The unit's material library (library.ts). */
    library(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      filters: { q?: string | undefined; itemCode?: string | undefined; year?: number | undefined },
    ): Promise<EvidenceLibrary> {
      return materialLibrary(db, ctx, roundId, unitId, filters);
    },

    /** The files of a unit (optionally one item); a reviewer's, of the items in his scope. */
    async list(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
      itemCode?: string,
    ): Promise<EvidenceFile[]> {
      const actor = requireActor(ctx);
      const { roundUnit } = await requireRoundAndUnit(db, actor, roundId, unitId);
      const inScope = await reviewScopeIn(db, actor, roundId);
      return (await repo.listEvidence(db, roundUnit.id, itemCode))
        .filter((row) => inScope(row.item_code))
        .map(toEvidenceFile);
    },

    /** The bytes of a file after checking its digest; a mismatch is audited and refused. */
    async download(
      ctx: RequestContext,
      id: string,
    ): Promise<{ file: EvidenceFile; bytes: Buffer }> {
      const { row } = await reachableFile(ctx, id);
      const bytes = await store.read(row.stored_name);
      const actual = bytes === undefined ? null : createHash("sha256").update(bytes).digest("hex");
      const file = toEvidenceFile(row);
      if (bytes === undefined || actual !== row.sha256) {
        await recordAuditEvent(db, audit, {
          ctx,
          action: "evidence.integrity_failed",
          outcome: "failure",
          object: { type: "evidence", id },
          detail: {
            expectedSha256: row.sha256,
            actualSha256: actual,
            missing: bytes === undefined,
          },
        });
        throw new AppError("EVIDENCE_INTEGRITY");
      }
      await recordAuditEvent(db, audit, {
        ctx,
        action: "evidence.download",
        object: { type: "evidence", id },
        detail: { originalName: row.original_name, sha256: row.sha256 },
      });
      return { file, bytes };
    },

    /** Deletes a file while the unit's self-assessment can change. */
    async remove(ctx: RequestContext, id: string): Promise<void> {
      const actor = requireActor(ctx);
      const { row, round, roundUnit } = await reachableFile(ctx, id);
      if (row.appeal_id !== null)
        throw new AppError("CONFLICT", "申诉材料随申诉保存，不能在这里删除。");
      requireEditable(round, roundUnit, clock());
      await db.transaction().execute(async (trx) => {
        await lockEditable(trx, round, roundUnit.id, clock());
        const changed = await repo.markEvidenceDeleted(
          trx,
          id,
          row.version,
          actor.userId,
          clock().toISOString(),
        );
        await assertVersionedUpdate(
          changed,
          async () => (await repo.findEvidence(trx, id)) !== undefined,
          "佐证材料",
        );
        await audit(trx, {
          ctx,
          action: "evidence.delete",
          object: { type: "evidence", id },
          before: toEvidenceFile(row),
        });
      });
    },
  };
}

/** The evidence service. */
export type EvidenceService = ReturnType<typeof createEvidenceService>;
