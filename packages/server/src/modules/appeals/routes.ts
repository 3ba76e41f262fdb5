/** Routes of appeals (申诉). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  answerAppealRequestSchema,
  appealSchema,
  createAppealRequestSchema,
} from "../../contract/appeals.js";
import { idParamsSchema } from "../../contract/common.js";
import { roundParamsSchema } from "../../contract/results.js";
import { roundUnitParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { AppealsService } from "./service.js";

const tags = ["申诉"];

/** Registers the appeal routes. */
export function registerAppealRoutes(
  app: FastifyInstance,
  deps: { appeals: AppealsService },
): void {
  const { appeals } = deps;
  const r = typed(app);

  r.post(
    "/api/rounds/:roundId/units/:unitId/appeals",
    {
      schema: {
        tags,
        summary: "对一个评分项提出申诉",
        params: roundUnitParamsSchema,
        body: createAppealRequestSchema,
        response: responses({ 201: appealSchema }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await appeals.submit(
            contextOf(request),
            request.params.roundId,
            request.params.unitId,
            request.body,
          ),
        ),
  );

  r.get(
    "/api/rounds/:roundId/appeals",
    {
      schema: {
        tags,
        summary: "申诉列表（单位只看到本单位的申诉）",
        params: roundParamsSchema,
        response: responses({ 200: z.array(appealSchema) }),
      },
    },
    async (request) => appeals.list(contextOf(request), request.params.roundId),
  );

  r.put(
    "/api/appeals/:id/answer",
    {
      schema: {
        tags,
        summary: "答复申诉：成立（修正事实数据）或驳回（说明理由）",
        params: idParamsSchema,
        body: answerAppealRequestSchema,
        response: responses({ 200: appealSchema }),
      },
    },
    async (request) => appeals.answer(contextOf(request), request.params.id, request.body),
  );
}
