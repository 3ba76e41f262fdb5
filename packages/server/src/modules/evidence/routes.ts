/** Routes of evidence files (佐证材料): multipart upload, list, download, delete. */
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { idParamsSchema } from "../../contract/common.js";
import {
  attachEvidenceBodySchema,
  evidenceFileSchema,
  evidenceLibraryQuerySchema,
  evidenceLibrarySchema,
  listEvidenceQuerySchema,
  uploadEvidenceQuerySchema,
} from "../../contract/evidence.js";
import { roundUnitItemParamsSchema, roundUnitParamsSchema } from "../../contract/workflow.js";
import { AppError } from "../../errors/app-error.js";
import { contextOf } from "../../http/context.js";
import { receiveFilePart } from "../../http/file-part.js";
import { responses, typed } from "../../http/route-schema.js";
import { attachmentDisposition, downloadSecurityHeaders } from "../../http/download-headers.js";
import type { EvidenceService } from "./service.js";

const tags = ["佐证材料"];

/** Registers the evidence routes; the multipart parser lives only in the upload route's scope. */
export function registerEvidenceRoutes(
  app: FastifyInstance,
  deps: { evidence: EvidenceService; maxFileBytes: () => number },
): void {
  const { evidence } = deps;

  app.register(async (scope) => {
    // One file per request, nothing else of size: the stream is cut at the limit (→ 413).
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        fileSize: deps.maxFileBytes(),
        files: 1,
        fields: 0,
        parts: 1,
        fieldNameSize: 100,
        headerPairs: 20,
      },
    });
    typed(scope).post(
      "/api/rounds/:roundId/units/:unitId/items/:itemCode/evidence",
      {
        schema: {
          tags,
          summary: "上传佐证材料（multipart/form-data，字段 file，每次一个文件）",
          consumes: ["multipart/form-data"],
          params: roundUnitItemParamsSchema,
          querystring: uploadEvidenceQuerySchema,
          response: responses({ 201: evidenceFileSchema }),
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError(
            "UNSUPPORTED_MEDIA_TYPE",
            "请以 multipart/form-data 上传文件（字段名 file）。",
          );
        // The limit in force now (系统设置), not the one at start.
        const part = await receiveFilePart(request, { limits: { fileSize: deps.maxFileBytes() } });
        const { roundId, unitId, itemCode } = request.params;
        const created = await evidence.upload(
          contextOf(request),
          roundId,
          unitId,
          itemCode,
          part instanceof AppError ? part : { filename: part.filename, file: part.file },
          { appealId: request.query.appealId },
        );
        return reply.status(201).send(created);
      },
    );
  });

  const r = typed(app);
  r.get(
    "/api/rounds/:roundId/units/:unitId/evidence",
    {
      schema: {
        tags,
        summary: "单位的佐证材料列表",
        params: roundUnitParamsSchema,
        querystring: listEvidenceQuerySchema,
        response: responses({ 200: z.array(evidenceFileSchema) }),
      },
    },
    async (request) =>
      evidence.list(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.query.itemCode,
      ),
  );

  r.get(
    "/api/rounds/:roundId/units/:unitId/evidence-library",
    {
      schema: {
        tags,
        summary: "单位的材料库（本轮及往年已上传的材料，可按名称、评分项、年度查找）",
        params: roundUnitParamsSchema,
        querystring: evidenceLibraryQuerySchema,
        response: responses({ 200: evidenceLibrarySchema }),
      },
    },
    async (request) =>
      evidence.library(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.query,
      ),
  );

  r.post(
    "/api/rounds/:roundId/units/:unitId/items/:itemCode/evidence/from-library",
    {
      schema: {
        tags,
        summary: "从已有材料选择：把材料库中的文件挂到评分项（不重新上传）",
        params: roundUnitItemParamsSchema,
        body: attachEvidenceBodySchema,
        response: responses({ 201: evidenceFileSchema }),
      },
    },
    async (request, reply) => {
      const { roundId, unitId, itemCode } = request.params;
      const created = await evidence.attachFromLibrary(
        contextOf(request),
        roundId,
        unitId,
        itemCode,
        request.body.evidenceId,
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    "/api/evidence/:id/download",
    { schema: { tags, summary: "下载佐证材料（校验摘要）", params: idParamsSchema } },
    async (request, reply) => {
      const { file, bytes } = await evidence.download(contextOf(request), request.params.id);
      return reply
        .headers(downloadSecurityHeaders)
        .header("content-type", file.contentType)
        .header("content-disposition", attachmentDisposition(file.originalName))
        .header("content-length", bytes.length)
        .send(bytes);
    },
  );

  r.delete(
    "/api/evidence/:id",
    {
      schema: {
        tags,
        summary: "删除佐证材料（提交前）",
        params: idParamsSchema,
        response: responses({ 204: z.null() }),
      },
    },
    async (request, reply) => {
      await evidence.remove(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
