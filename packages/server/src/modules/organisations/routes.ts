/** Routes of the organisation tree. */
import type { FastifyInstance } from "fastify";
import { idParamsSchema, pageSchema } from "../../contract/common.js";
import {
  createOrganisationRequestSchema,
  listOrganisationsQuerySchema,
  organisationHistoryEntrySchema,
  organisationHistoryQuerySchema,
  organisationSchema,
  updateOrganisationRequestSchema,
} from "../../contract/organisations.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { OrganisationsService } from "./service.js";

const tags = ["机构"];

/** Registers the organisation routes. */
export function registerOrganisationRoutes(
  app: FastifyInstance,
  deps: { organisations: OrganisationsService },
): void {
  const { organisations } = deps;
  const r = typed(app);

  r.get(
    "/api/organisations",
    {
      schema: {
        tags,
        summary: "机构列表（分页、排序、筛选；仅本角色可见范围）",
        querystring: listOrganisationsQuerySchema,
        response: responses({ 200: pageSchema(organisationSchema) }),
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filters } = request.query;
      return organisations.list(contextOf(request), filters, { page, pageSize, sort });
    },
  );

  r.get(
    "/api/organisations/:id",
    {
      schema: {
        tags,
        summary: "机构详情",
        params: idParamsSchema,
        response: responses({ 200: organisationSchema }),
      },
    },
    async (request) => organisations.get(contextOf(request), request.params.id),
  );

  r.get(
    "/api/organisations/:id/history",
    {
      schema: {
        tags,
        summary: "机构变更历史",
        params: idParamsSchema,
        querystring: organisationHistoryQuerySchema,
        response: responses({ 200: pageSchema(organisationHistoryEntrySchema) }),
      },
    },
    async (request) =>
      organisations.listHistory(contextOf(request), request.params.id, request.query),
  );

  r.post(
    "/api/organisations",
    {
      schema: {
        tags,
        summary: "新建机构",
        body: createOrganisationRequestSchema,
        response: responses({ 201: organisationSchema }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await organisations.create(contextOf(request), request.body)),
  );

  r.patch(
    "/api/organisations/:id",
    {
      schema: {
        tags,
        summary: "修改、移动、停用或启用机构（需提供读取时的 version）",
        params: idParamsSchema,
        body: updateOrganisationRequestSchema,
        response: responses({ 200: organisationSchema }),
      },
    },
    async (request) => organisations.update(contextOf(request), request.params.id, request.body),
  );
}
