/** Routes of rounds (考核任务), their units and state changes. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { idParamsSchema, listQuerySchema, pageSchema } from "../../contract/common.js";
import {
  createRoundRequestSchema,
  deleteRoundQuerySchema,
  listRoundsQuerySchema,
  listRoundUnitsQuerySchema,
  reopenRequestSchema,
  unitDeadlineRequestSchema,
  roundDetailSchema,
  roundSchema,
  roundSchemeSchema,
  roundTransitionSchema,
  roundUnitSchema,
  transitionRequestSchema,
  updateDeadlinesRequestSchema,
  updateRoundRequestSchema,
} from "../../contract/rounds.js";
import { roundUnitParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { RoundsService } from "./service.js";

const tags = ["考核任务"];
const pendingQuerySchema = listQuerySchema(["unitCode"], "unitCode");

/** Registers the round routes. */
export function registerRoundRoutes(app: FastifyInstance, deps: { rounds: RoundsService }): void {
  const { rounds } = deps;
  const r = typed(app);

  r.get(
    "/api/rounds",
    {
      schema: {
        tags,
        summary: "考核任务列表",
        querystring: listRoundsQuerySchema,
        response: responses({ 200: pageSchema(roundSchema) }),
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filters } = request.query;
      return rounds.list(contextOf(request), filters, { page, pageSize, sort });
    },
  );

  r.post(
    "/api/rounds",
    {
      schema: {
        tags,
        summary: "新建考核任务（草稿）",
        body: createRoundRequestSchema,
        response: responses({ 201: roundDetailSchema }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await rounds.create(contextOf(request), request.body)),
  );

  r.get(
    "/api/rounds/:id",
    {
      schema: {
        tags,
        summary: "考核任务详情",
        params: idParamsSchema,
        response: responses({ 200: roundDetailSchema }),
      },
    },
    async (request) => rounds.get(contextOf(request), request.params.id),
  );

  r.patch(
    "/api/rounds/:id",
    {
      schema: {
        tags,
        summary: "修改草稿状态的考核任务",
        params: idParamsSchema,
        body: updateRoundRequestSchema,
        response: responses({ 200: roundDetailSchema }),
      },
    },
    async (request) => rounds.update(contextOf(request), request.params.id, request.body),
  );

  r.delete(
    "/api/rounds/:id",
    {
      schema: {
        tags,
        summary: "删除草稿状态且没有任何数据的考核任务",
        params: idParamsSchema,
        querystring: deleteRoundQuerySchema,
        response: responses({ 204: z.null() }),
      },
    },
    async (request, reply) => {
      await rounds.remove(contextOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  r.put(
    "/api/rounds/:id/deadlines",
    {
      schema: {
        tags,
        summary: "修改截止时间",
        params: idParamsSchema,
        body: updateDeadlinesRequestSchema,
        response: responses({ 200: roundDetailSchema }),
      },
    },
    async (request) => rounds.updateDeadlines(contextOf(request), request.params.id, request.body),
  );

  r.post(
    "/api/rounds/:id/transitions",
    {
      schema: {
        tags,
        summary: "变更考核阶段",
        params: idParamsSchema,
        body: transitionRequestSchema,
        response: responses({ 200: roundDetailSchema }),
      },
    },
    async (request) => rounds.transition(contextOf(request), request.params.id, request.body),
  );

  r.get(
    "/api/rounds/:id/transitions",
    {
      schema: {
        tags,
        summary: "阶段变更记录",
        params: idParamsSchema,
        response: responses({ 200: z.array(roundTransitionSchema) }),
      },
    },
    async (request) => rounds.listTransitions(contextOf(request), request.params.id),
  );

  r.get(
    "/api/rounds/:id/scheme",
    {
      schema: {
        tags,
        summary: "考核任务使用的方案版本与事实清单",
        params: idParamsSchema,
        response: responses({ 200: roundSchemeSchema }),
      },
    },
    async (request) => rounds.getScheme(contextOf(request), request.params.id),
  );

  r.get(
    "/api/rounds/:id/units",
    {
      schema: {
        tags,
        summary: "被考核单位及提交状态",
        params: idParamsSchema,
        querystring: listRoundUnitsQuerySchema,
        response: responses({ 200: pageSchema(roundUnitSchema) }),
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filters } = request.query;
      return rounds.listUnits(contextOf(request), request.params.id, filters, {
        page,
        pageSize,
        sort,
      });
    },
  );

  r.get(
    "/api/rounds/:id/units/pending",
    {
      schema: {
        tags,
        summary: "尚未提交自评的单位（用于催办）",
        params: idParamsSchema,
        querystring: pendingQuerySchema,
        response: responses({ 200: pageSchema(roundUnitSchema) }),
      },
    },
    async (request) =>
      rounds.listPendingUnits(contextOf(request), request.params.id, request.query),
  );

  r.post(
    "/api/rounds/:roundId/units/:unitId/reopen",
    {
      schema: {
        tags,
        summary: "重新开放单位的自评",
        params: roundUnitParamsSchema,
        body: reopenRequestSchema,
        response: responses({ 200: roundUnitSchema }),
      },
    },
    async (request) =>
      rounds.reopen(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );

  r.put(
    "/api/rounds/:roundId/units/:unitId/deadline",
    {
      schema: {
        tags,
        summary: "调整一个单位的自评截止时间（延期；null 恢复为考核任务的截止时间）",
        params: roundUnitParamsSchema,
        body: unitDeadlineRequestSchema,
        response: responses({ 200: roundUnitSchema }),
      },
    },
    async (request) =>
      rounds.setUnitDeadline(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );
}
