/**
 * The documents service: a unit's score sheet and self-evaluation report, the round workbook, the
 * facts template, batch .zip jobs and the rubric import — access checked like results (other
 * units' rows → 404), every download audited as `document.export`, the rubric import creating its
 * scheme through the schemes service (validation, audit `scheme.create`).
 */
import { lossAnalysisOf } from "../analysis/index.js";
import {
  buildFactsTemplate,
  buildRankingWorkbook,
  buildRoundWorkbook,
  buildScoreSheet,
  buildSelfReport,
  buildZip,
  importPastedRubric,
  importRubric,
  safeFileName,
  type ImportSummary,
  type ItemProposal,
  type RubricImport,
} from "../../office/index.js";
import type { DocumentJob } from "../../contract/documents.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { recordAuditEvent } from "../audit/writer.js";
import type { createSchemesService } from "../schemes/service.js";
import { evidenceNamesByItem } from "../evidence/index.js";
import { listNarratives } from "../self-assessment/index.js";
import { createJobQueue } from "./jobs.js";
import { roundUnitIds } from "./repository.js";
import { roundDocuments, seesReviewedEarly, type UnitDocuments } from "./round-documents.js";
import { createReviewImportService } from "./review-import.js";
import { createUnitFactsService } from "./unit-facts.js";
import {
  findRound,
  isUnitActor,
  requireRound,
  requireRoundUnit,
  type RoundWithScheme,
} from "../workflow/index.js";

/** Where an imported rubric's scheme goes: its organisation, and optionally its code and title. */
interface ImportTarget {
  assessingOrganisationId: string;
  code?: string | undefined;
  title?: string | undefined;
}

/** An imported rubric: the new scheme, its proposals and the import's summary. */
interface ImportedRubric {
  schemeId: string;
  code: string;
  title: string;
  proposals: ItemProposal[];
  summary: ImportSummary;
}

/** A file to send. */
export interface DocumentFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Builds the documents service. */
export function createDocumentsService(
  deps: ServiceDeps,
  services: { schemes: ReturnType<typeof createSchemesService> },
) {
  const { db, audit } = deps;
  const unitFacts = createUnitFactsService(deps);
  const reviewImport = createReviewImportService(deps);

  /** The scheme of an import's draft, created through the schemes service (audited `scheme.create`). */
  async function createImported(
    ctx: RequestContext,
    target: ImportTarget,
    result: RubricImport,
    field: string,
  ): Promise<ImportedRubric> {
    if (!result.ok)
      throw new AppError("VALIDATION_FAILED", result.message, {
        fields: [{ path: field, message: result.message }],
      });
    if (result.scheme === undefined) {
      throw new AppError(
        "VALIDATION_FAILED",
        `导入的方案草稿不完整，请检查${field === "body.file" ? "文件" : "粘贴的内容"}。`,
        {
          fields: result.problems.map((p) => ({ path: `${field}.${p.path}`, message: p.message })),
        },
      );
    }
    const created = await services.schemes.create(ctx, {
      assessingOrganisationId: target.assessingOrganisationId,
      from: { document: result.document as Record<string, unknown> },
      code: target.code,
      title: target.title,
      review: result.proposals,
      importSummary: result.summary,
    });
    return {
      schemeId: created.id,
      code: created.code,
      title: created.title,
      proposals: result.proposals,
      summary: result.summary,
    };
  }

  const exported = (
    ctx: RequestContext,
    document: string,
    round: RoundWithScheme,
    detail: Record<string, unknown> = {},
  ) =>
    recordAuditEvent(db, audit, {
      ctx,
      action: "document.export",
      object: { type: "round", id: round.id },
      detail: { document, ...detail },
    });

  /** The narratives (自评说明) of a round unit by item code. */
  async function narrativesOf(roundUnitId: string): Promise<Record<string, string>> {
    return Object.fromEntries(
      (await listNarratives(db, roundUnitId)).map((n) => [n.item_code, n.text]),
    );
  }

  const roundMeta = (round: RoundWithScheme) => ({
    title: round.title,
    year: round.year ?? undefined,
  });
  /** 备注 per item listing its 佐证材料 (the score sheet lists the evidence per item). */
  async function evidenceRemarksOf(roundUnitId: string): Promise<Record<string, string>> {
    const byItem = await evidenceNamesByItem(db, roundUnitId);
    return Object.fromEntries(
      [...byItem].map(([code, names]) => [code, `佐证材料：${names.join("、")}`]),
    );
  }

  const sheetOf = async (
    scheme: Awaited<ReturnType<typeof roundDocuments>>["scheme"],
    round: RoundWithScheme,
    u: UnitDocuments,
    roundUnitId: string,
  ) =>
    buildScoreSheet({
      scheme,
      unit: { id: u.unitId, name: u.name },
      round: roundMeta(round),
      self: u.self,
      reviewed: u.reviewed,
      remarks: await evidenceRemarksOf(roundUnitId),
    });
  const reportOf = async (
    scheme: Awaited<ReturnType<typeof roundDocuments>>["scheme"],
    round: RoundWithScheme,
    u: UnitDocuments,
    roundUnitId: string,
  ) =>
    buildSelfReport({
      scheme,
      unit: { id: u.unitId, name: u.name },
      round: roundMeta(round),
      self: u.self,
      reviewed: u.reviewed,
      narratives: await narrativesOf(roundUnitId),
      remarks: await evidenceRemarksOf(roundUnitId),
    });

  /** One unit's inputs, after the access checks. */
  async function unitInputs(ctx: RequestContext, roundId: string, unitId: string) {
    const actor = requireActor(ctx);
    const round = await requireRound(db, actor, roundId);
    const roundUnit = await requireRoundUnit(db, actor, round, unitId);
    const { scheme, units } = await roundDocuments(db, seesReviewedEarly(actor), round);
    const unit = units.find((u) => u.unitId === unitId);
    if (unit === undefined) throw notFound("被考核单位");
    return { round, roundUnit, scheme, unit };
  }

  /** A round reached by a role of the assessing organisation (units get 404: these are whole-round documents). */
  async function wholeRound(ctx: RequestContext, roundId: string) {
    const actor = requireActor(ctx);
    if (isUnitActor(actor)) throw notFound("考核任务");
    const round = await requireRound(db, actor, roundId);
    return { actor, round };
  }

  /** Builds a queued job's .zip from its row (access was checked when it was started). */
  const jobs = createJobQueue(deps, async (job, progress) => {
    const round = await findRound(db, job.round_id);
    if (round === undefined) throw notFound("考核任务");
    const { scheme, units } = await roundDocuments(db, job.reviewed_early === 1, round);
    const roundUnits = await roundUnitIds(db, round.id);
    const label = job.kind === "score-sheets" ? "评分表" : "绩效自评报告";
    const entries = units.map((u, i) => ({
      name: safeFileName(`${String(i + 1).padStart(3, "0")}-${u.name}-${label}.docx`),
      build: () =>
        job.kind === "score-sheets"
          ? sheetOf(scheme, round, u, roundUnits.get(u.unitId) ?? "")
          : reportOf(scheme, round, u, roundUnits.get(u.unitId) ?? ""),
    }));
    return buildZip(entries, progress);
  });

  return {
    /** The score sheet (评分表) of one unit. */
    async exportScoreSheet(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
    ): Promise<DocumentFile> {
      const { round, roundUnit, scheme, unit } = await unitInputs(ctx, roundId, unitId);
      const bytes = await sheetOf(scheme, round, unit, roundUnit.id);
      await exported(ctx, "score_sheet", round, { unitId });
      return { fileName: safeFileName(`${unit.name}-评分表.docx`), contentType: docx, bytes };
    },

    /** The self-evaluation report (绩效自评报告) of one unit. */
    async exportSelfReport(
      ctx: RequestContext,
      roundId: string,
      unitId: string,
    ): Promise<DocumentFile> {
      const { round, roundUnit, scheme, unit } = await unitInputs(ctx, roundId, unitId);
      const bytes = await reportOf(scheme, round, unit, roundUnit.id);
      await exported(ctx, "self_report", round, { unitId });
      return { fileName: safeFileName(`${unit.name}-绩效自评报告.docx`), contentType: docx, bytes };
    },

    /** The round workbook (得分汇总 + 排名). */
    async exportWorkbook(ctx: RequestContext, roundId: string): Promise<DocumentFile> {
      const { actor, round } = await wholeRound(ctx, roundId);
      const { scheme, units } = await roundDocuments(db, seesReviewedEarly(actor), round);
      const bytes = await buildRoundWorkbook({
        scheme,
        round: { title: round.title },
        losses: await lossAnalysisOf(db, actor, round),
        units: units.map((u) => ({
          id: u.unitId,
          name: u.name,
          self: u.self,
          reviewed: u.reviewed,
        })),
      });
      await exported(ctx, "round_workbook", round, { units: units.length });
      return { fileName: safeFileName(`${round.title}-得分汇总.xlsx`), contentType: xlsx, bytes };
    },

    /** The ranking alone (排名表 .xlsx), as the workbook's sheet 排名 ranks the units. */
    async exportRanking(ctx: RequestContext, roundId: string): Promise<DocumentFile> {
      const { actor, round } = await wholeRound(ctx, roundId);
      const { scheme, units } = await roundDocuments(db, seesReviewedEarly(actor), round);
      const bytes = await buildRankingWorkbook({
        scheme,
        round: { title: round.title },
        units: units.map((u) => ({
          id: u.unitId,
          name: u.name,
          self: u.self,
          reviewed: u.reviewed,
        })),
      });
      await exported(ctx, "round_ranking", round, { units: units.length });
      return { fileName: safeFileName(`${round.title}-排名表.xlsx`), contentType: xlsx, bytes };
    },

    /** The bulk facts template of the round (units listed; values left blank). */
    async exportFactsTemplate(ctx: RequestContext, roundId: string): Promise<DocumentFile> {
      const { actor, round } = await wholeRound(ctx, roundId);
      const { scheme, units } = await roundDocuments(db, seesReviewedEarly(actor), round);
      const bytes = await buildFactsTemplate({
        scheme,
        round: { title: round.title },
        units: units.map((u) => ({ id: u.unitId, name: u.name })),
      });
      await exported(ctx, "facts_template", round, { units: units.length });
      return {
        fileName: safeFileName(`${round.title}-事实导入模板.xlsx`),
        contentType: xlsx,
        bytes,
      };
    },

    /** A unit's own facts template (its current self facts filled in). */
    exportUnitFactsTemplate: unitFacts.exportTemplate,

    /** Imports a unit's filled template into its self-assessment, all items or none. */
    importUnitFacts: unitFacts.importFacts,

    /** Imports the round-wide template as review corrections (reviewer), all or nothing. */
    importRoundFacts: reviewImport.importRoundFacts,

    /** Starts a .zip of every unit's sheet or report; poll `getJob` for progress. */
    async startBatch(
      ctx: RequestContext,
      roundId: string,
      kind: DocumentJob["kind"],
    ): Promise<DocumentJob> {
      const { actor, round } = await wholeRound(ctx, roundId);
      const total = (await roundUnitIds(db, round.id)).size;
      const label = kind === "score-sheets" ? "评分表" : "绩效自评报告";
      return jobs.start(actor.userId, {
        roundId: round.id,
        kind,
        total,
        fileName: safeFileName(`${round.title}-${label}.zip`),
        reviewedEarly: seesReviewedEarly(actor),
      });
    },

    /** A batch job's progress (own jobs only). */
    getJob: (ctx: RequestContext, jobId: string): Promise<DocumentJob> =>
      jobs.get(requireActor(ctx).userId, jobId),

    /** A finished batch's .zip (own jobs only). */
    async downloadJob(ctx: RequestContext, jobId: string): Promise<DocumentFile> {
      const job = await jobs.get(requireActor(ctx).userId, jobId);
      const bytes = job.state === "done" ? await jobs.bytes(job.id) : undefined;
      if (bytes === undefined)
        throw new AppError(
          "CONFLICT",
          job.state === "failed"
            ? (job.error ?? "批量导出失败")
            : `批量导出尚未完成（${job.done} / ${job.total}）`,
        );
      const round = await requireRound(db, requireActor(ctx), job.roundId);
      await exported(
        ctx,
        job.kind === "score-sheets" ? "score_sheets_zip" : "self_reports_zip",
        round,
        { units: job.total },
      );
      return { fileName: job.fileName, contentType: "application/zip", bytes };
    },

    /** Stops this process's job runner (at close). */
    stop: () => jobs.stop(),

    /** Imports a 评分细则 (.docx/.xlsx/PDF) as a new scheme whose draft holds the proposed rules. */
    async importRubric(
      ctx: RequestContext,
      input: ImportTarget & { file: { name: string; bytes: Buffer } },
    ): Promise<ImportedRubric> {
      const ext = /\.(docx|xlsx|pdf|doc|wps|et)$/i.exec(input.file.name)?.[1]?.toLowerCase() as
        "docx" | "xlsx" | "pdf" | "doc" | "wps" | "et" | undefined;
      if (ext === undefined)
        throw new AppError(
          "UNSUPPORTED_MEDIA_TYPE",
          "评分细则只支持 .docx、.xlsx、.pdf 文件（安装了 LibreOffice 时也支持 .doc、.wps、.et）。",
        );
      const result = await importRubric(input.file.bytes, ext, {
        id: input.code ?? "imported",
        fileName: input.file.name,
        ...(input.title !== undefined ? { title: input.title } : {}),
      });
      return createImported(ctx, input, result, "body.file");
    },

    /** Imports a 评分细则 pasted as a copied table (its HTML, or its text), like an uploaded one. */
    async importPastedRubric(
      ctx: RequestContext,
      input: ImportTarget & { html?: string | undefined; text?: string | undefined },
    ): Promise<ImportedRubric> {
      const result = importPastedRubric(input, {
        id: input.code ?? "imported",
        ...(input.title !== undefined ? { title: input.title } : {}),
      });
      // A paste has no file name to fall back on: without a title of its own, ask for one.
      if (result.ok && result.document.title === "") {
        const asked = "粘贴的内容中没有标题：请在“方案名称”中填写考核方案的名称，再读取。";
        throw new AppError("VALIDATION_FAILED", asked, {
          fields: [{ path: "body.title", message: asked }],
        });
      }
      // The part the draft was read from is the field at fault.
      const field = (input.html ?? "").trim() !== "" ? "body.html" : "body.text";
      return createImported(ctx, input, result, field);
    },
  };
}

/** The documents service. */
export type DocumentsService = ReturnType<typeof createDocumentsService>;
