/** Routes of the documents module: Word/Excel downloads, batch .zip jobs, rubric import (upload or paste). */
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply } from "fastify";
import {
  documentJobParamsSchema,
  documentJobSchema,
  rubricImportQuerySchema,
  rubricImportResponseSchema,
  rubricPasteLimits,
  rubricPasteQuerySchema,
  rubricPasteRequestSchema,
  reviewImportResponseSchema,
  startBatchRequestSchema,
  unitFactsImportResponseSchema,
} from "../../contract/documents.js";
import { roundParamsSchema } from "../../contract/results.js";
import { roundUnitParamsSchema } from "../../contract/workflow.js";
import { AppError } from "../../errors/app-error.js";
import { contextOf } from "../../http/context.js";
import { uploadedFile } from "../../http/uploaded-file.js";
import { responses, typed } from "../../http/route-schema.js";
import { attachmentDisposition, downloadSecurityHeaders } from "../../http/download-headers.js";
import type { DocumentFile, DocumentsService } from "./service.js";

const tags = ["文档导出与导入"];
/** Largest rubric upload. */
const maxRubricBytes = 20 * 1024 * 1024;
/**
 * Largest pasted-rubric body: both parts at their limit, with room for JSON's escapes, so a part
 * too large is refused by the schema, naming it, before the body limit answers 413.
 */
const maxPasteBody = 4 * rubricPasteLimits.bytes + 64 * 1024;

/** Sends a file as an attachment with the download security headers. */
function sendFile(reply: FastifyReply, file: DocumentFile) {
  return reply
    .headers(downloadSecurityHeaders)
    .header("content-type", file.contentType)
    .header("content-disposition", attachmentDisposition(file.fileName))
    .header("content-length", file.bytes.length)
    .send(file.bytes);
}

/** Registers the documents routes. */
export function registerDocumentRoutes(
  app: FastifyInstance,
  deps: { documents: DocumentsService },
): void {
  const { documents } = deps;
  const r = typed(app);

  r.get(
    "/api/rounds/:roundId/units/:unitId/documents/score-sheet",
    { schema: { tags, summary: "下载单位评分表（.docx）", params: roundUnitParamsSchema } },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.exportScoreSheet(
          contextOf(request),
          request.params.roundId,
          request.params.unitId,
        ),
      ),
  );
  r.get(
    "/api/rounds/:roundId/units/:unitId/documents/self-report",
    { schema: { tags, summary: "下载单位绩效自评报告（.docx）", params: roundUnitParamsSchema } },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.exportSelfReport(
          contextOf(request),
          request.params.roundId,
          request.params.unitId,
        ),
      ),
  );
  r.get(
    "/api/rounds/:roundId/documents/workbook",
    {
      schema: {
        tags,
        summary: "下载考核任务得分汇总表（.xlsx：汇总、排名）",
        params: roundParamsSchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, await documents.exportWorkbook(contextOf(request), request.params.roundId)),
  );
  r.get(
    "/api/rounds/:roundId/documents/ranking",
    { schema: { tags, summary: "下载考核任务排名表（.xlsx，仅排名）", params: roundParamsSchema } },
    async (request, reply) =>
      sendFile(reply, await documents.exportRanking(contextOf(request), request.params.roundId)),
  );
  r.get(
    "/api/rounds/:roundId/documents/facts-template",
    { schema: { tags, summary: "下载事实批量导入模板（.xlsx）", params: roundParamsSchema } },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.exportFactsTemplate(contextOf(request), request.params.roundId),
      ),
  );
  r.post(
    "/api/rounds/:roundId/documents/batch",
    {
      schema: {
        tags,
        summary: "开始批量导出全部单位的评分表或自评报告（.zip），返回任务编号",
        params: roundParamsSchema,
        body: startBatchRequestSchema,
        response: responses({ 202: documentJobSchema }),
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await documents.startBatch(contextOf(request), request.params.roundId, request.body.kind),
        ),
  );
  r.get(
    "/api/document-jobs/:jobId",
    {
      schema: {
        tags,
        summary: "批量导出任务进度",
        params: documentJobParamsSchema,
        response: responses({ 200: documentJobSchema }),
      },
    },
    async (request) => documents.getJob(contextOf(request), request.params.jobId),
  );
  r.get(
    "/api/document-jobs/:jobId/download",
    { schema: { tags, summary: "下载已完成的批量导出（.zip）", params: documentJobParamsSchema } },
    async (request, reply) =>
      sendFile(reply, await documents.downloadJob(contextOf(request), request.params.jobId)),
  );

  r.get(
    "/api/rounds/:roundId/units/:unitId/documents/facts-template",
    {
      schema: {
        tags,
        summary: "下载本单位的事实导入模板（.xlsx，已填入当前自评数据）",
        params: roundUnitParamsSchema,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await documents.exportUnitFactsTemplate(
          contextOf(request),
          request.params.roundId,
          request.params.unitId,
        ),
      ),
  );

  r.post(
    "/api/rubric-imports/paste",
    {
      bodyLimit: maxPasteBody,
      schema: {
        tags,
        summary:
          "粘贴评分细则表格（从 Word、WPS、Excel 或网页复制的 html，或其文字 text），生成考核方案草稿，与上传文件相同",
        querystring: rubricPasteQuerySchema,
        body: rubricPasteRequestSchema,
        response: responses({ 201: rubricImportResponseSchema }),
      },
    },
    async (request, reply) => {
      const created = await documents.importPastedRubric(contextOf(request), {
        ...request.query,
        ...request.body,
      });
      return reply.status(201).send(created);
    },
  );

  app.register(async (scope) => {
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        fileSize: maxRubricBytes,
        files: 1,
        fields: 0,
        parts: 1,
        fieldNameSize: 100,
        headerPairs: 20,
      },
    });
    typed(scope).post(
      "/api/rounds/:roundId/units/:unitId/documents/facts-import",
      {
        schema: {
          tags,
          summary: "上传填好的事实导入模板（.xlsx，字段 file），全部导入本单位自评或全部不导入",
          consumes: ["multipart/form-data"],
          params: roundUnitParamsSchema,
          response: responses({ 200: unitFactsImportResponseSchema }),
        },
      },
      async (request) => {
        const file = await uploadedFile(request, maxRubricBytes);
        if (!/\.xlsx$/i.test(file.name))
          throw new AppError(
            "UNSUPPORTED_MEDIA_TYPE",
            "事实导入只支持 .xlsx 文件（请使用下载的导入模板）。",
          );
        return documents.importUnitFacts(
          contextOf(request),
          request.params.roundId,
          request.params.unitId,
          file,
        );
      },
    );
    typed(scope).post(
      "/api/rounds/:roundId/documents/facts-import",
      {
        schema: {
          tags,
          summary:
            "评审员上传填好的全体单位事实模板（.xlsx，字段 file）：与现有数据不同之处记为审核修正，全部导入或全部不导入",
          consumes: ["multipart/form-data"],
          params: roundParamsSchema,
          response: responses({ 200: reviewImportResponseSchema }),
        },
      },
      async (request) => {
        const file = await uploadedFile(request, maxRubricBytes);
        if (!/\.xlsx$/i.test(file.name))
          throw new AppError(
            "UNSUPPORTED_MEDIA_TYPE",
            "事实导入只支持 .xlsx 文件（请使用下载的导入模板）。",
          );
        return documents.importRoundFacts(contextOf(request), request.params.roundId, file);
      },
    );
    typed(scope).post(
      "/api/rubric-imports",
      {
        schema: {
          tags,
          summary:
            "上传评分细则（.docx/.xlsx/.pdf；安装了 LibreOffice 时也可 .doc/.wps/.et，字段 file），生成考核方案草稿并给出每项的计分规则建议",
          consumes: ["multipart/form-data"],
          querystring: rubricImportQuerySchema,
          response: responses({ 201: rubricImportResponseSchema }),
        },
      },
      async (request, reply) => {
        const file = await uploadedFile(request, maxRubricBytes);
        const created = await documents.importRubric(contextOf(request), {
          ...request.query,
          file,
        });
        return reply.status(201).send(created);
      },
    );
  });
}
