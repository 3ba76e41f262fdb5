/** Routes of schemes (考核方案) and built-in templates. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { idParamsSchema, pageSchema } from "../../contract/common.js";
import {
  confirmImportItemRequestSchema,
  createSchemeRequestSchema,
  importReviewItemParamsSchema,
  importReviewSchema,
  listSchemesQuerySchema,
  publishSchemeRequestSchema,
  schemeDetailSchema,
  schemeSummarySchema,
  schemeTemplateDetailSchema,
  schemeTemplateSchema,
  schemeVersionSchema,
  templateParamsSchema,
  updateSchemeDraftRequestSchema,
} from "../../contract/schemes.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import { attachmentDisposition } from "../../http/download-headers.js";
import type { SchemesService } from "./service.js";

const tags = ["考核方案"];

/** Registers the scheme routes. */
export function registerSchemeRoutes(
  app: FastifyInstance,
  deps: { schemes: SchemesService },
): void {
  const { schemes } = deps;
  const r = typed(app);

  r.get(
    "/api/scheme-templates",
    {
      schema: {
        tags,
        summary: "内置考核方案模板",
        response: responses({ 200: z.array(schemeTemplateSchema) }),
      },
    },
    async () => schemes.listTemplates(),
  );

  r.get(
    "/api/scheme-templates/:templateId",
    {
      schema: {
        tags,
        summary: "内置模板的方案文档",
        params: templateParamsSchema,
        response: responses({ 200: schemeTemplateDetailSchema }),
      },
    },
    async (request) => schemes.getTemplate(request.params.templateId),
  );

  r.get(
    "/api/schemes",
    {
      schema: {
        tags,
        summary: "考核方案列表",
        querystring: listSchemesQuerySchema,
        response: responses({ 200: pageSchema(schemeSummarySchema) }),
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filters } = request.query;
      return schemes.list(contextOf(request), filters, { page, pageSize, sort });
    },
  );

  r.post(
    "/api/schemes",
    {
      schema: {
        tags,
        summary: "新建考核方案（复制内置模板、复制已发布版本或导入 JSON）",
        body: createSchemeRequestSchema,
        response: responses({ 201: schemeDetailSchema }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await schemes.create(contextOf(request), request.body)),
  );

  r.get(
    "/api/schemes/:id",
    {
      schema: {
        tags,
        summary: "考核方案详情（草稿与各版本）",
        params: idParamsSchema,
        response: responses({ 200: schemeDetailSchema }),
      },
    },
    async (request) => schemes.get(contextOf(request), request.params.id),
  );

  r.put(
    "/api/schemes/:id/draft",
    {
      schema: {
        tags,
        summary: "保存方案草稿（由评分引擎校验，问题按字段路径返回）",
        params: idParamsSchema,
        body: updateSchemeDraftRequestSchema,
        response: responses({ 200: schemeDetailSchema }),
      },
    },
    async (request) => schemes.updateDraft(contextOf(request), request.params.id, request.body),
  );

  r.post(
    "/api/schemes/:id/versions",
    {
      schema: {
        tags,
        summary: "发布草稿为新的不可修改版本",
        params: idParamsSchema,
        body: publishSchemeRequestSchema,
        response: responses({ 201: schemeDetailSchema }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await schemes.publish(contextOf(request), request.params.id, request.body)),
  );

  r.get(
    "/api/schemes/:id/import-review",
    {
      schema: {
        tags,
        summary: "导入复核：评分细则导入时推测的各项规则及确认情况（发布前）",
        params: idParamsSchema,
        response: responses({ 200: importReviewSchema }),
      },
    },
    async (request) => schemes.getImportReview(contextOf(request), request.params.id),
  );

  r.put(
    "/api/schemes/:id/import-review/:itemCode",
    {
      schema: {
        tags,
        summary: "确认（或撤销确认）一项导入的计分规则",
        params: importReviewItemParamsSchema,
        body: confirmImportItemRequestSchema,
        response: responses({ 200: importReviewSchema }),
      },
    },
    async (request) =>
      schemes.confirmImportItem(
        contextOf(request),
        request.params.id,
        request.params.itemCode,
        request.body,
      ),
  );

  r.get(
    "/api/scheme-versions/:id",
    {
      schema: {
        tags,
        summary: "已发布版本（含方案文档）",
        params: idParamsSchema,
        response: responses({ 200: schemeVersionSchema }),
      },
    },
    async (request) => schemes.getVersion(contextOf(request), request.params.id),
  );

  r.get(
    "/api/scheme-versions/:id/export",
    { schema: { tags, summary: "导出已发布版本的方案 JSON 文件", params: idParamsSchema } },
    async (request, reply) => {
      const file = await schemes.exportVersion(contextOf(request), request.params.id);
      return reply
        .header("content-type", "application/json; charset=utf-8")
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .send(file.body);
    },
  );
}
