/** Routes of the self-assessment (自评). */
import type { FastifyInstance } from "fastify";
import { roundUnitSchema } from "../../contract/rounds.js";
import {
  narrativeSchema,
  saveFactsRequestSchema,
  saveFactsResponseSchema,
  saveNarrativeRequestSchema,
  selfAssessmentSchema,
  submitRequestSchema,
  withdrawRequestSchema,
} from "../../contract/self-assessment.js";
import { roundUnitItemParamsSchema, roundUnitParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { SelfAssessmentService } from "./service.js";

const tags = ["自评"];
const base = "/api/rounds/:roundId/units/:unitId/self-assessment";

/** Registers the self-assessment routes. */
export function registerSelfAssessmentRoutes(
  app: FastifyInstance,
  deps: { selfAssessment: SelfAssessmentService },
): void {
  const { selfAssessment } = deps;
  const r = typed(app);

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "单位自评（事实数据、自评说明、实时得分、缺项）",
        params: roundUnitParamsSchema,
        response: responses({ 200: selfAssessmentSchema }),
      },
    },
    async (request) =>
      selfAssessment.get(contextOf(request), request.params.roundId, request.params.unitId),
  );

  r.put(
    `${base}/items/:itemCode/facts`,
    {
      schema: {
        tags,
        summary: "保存一个评分项的事实数据（可部分填写），返回实时得分",
        params: roundUnitItemParamsSchema,
        body: saveFactsRequestSchema,
        response: responses({ 200: saveFactsResponseSchema }),
      },
    },
    async (request) =>
      selfAssessment.saveFacts(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.params.itemCode,
        request.body,
      ),
  );

  r.put(
    `${base}/items/:itemCode/narrative`,
    {
      schema: {
        tags,
        summary: "保存评分项或一级指标的自评说明",
        params: roundUnitItemParamsSchema,
        body: saveNarrativeRequestSchema,
        response: responses({ 200: narrativeSchema }),
      },
    },
    async (request) =>
      selfAssessment.saveNarrative(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.params.itemCode,
        request.body,
      ),
  );

  r.post(
    `${base}/submit`,
    {
      schema: {
        tags,
        summary: "提交自评（单位负责人；须填写完整且在截止时间前）",
        params: roundUnitParamsSchema,
        body: submitRequestSchema,
        response: responses({ 200: roundUnitSchema }),
      },
    },
    async (request) =>
      selfAssessment.submit(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );

  r.post(
    `${base}/withdraw`,
    {
      schema: {
        tags,
        summary: "撤回已提交的自评（单位负责人；审核人员尚未开始审核时）",
        params: roundUnitParamsSchema,
        body: withdrawRequestSchema,
        response: responses({ 200: roundUnitSchema }),
      },
    },
    async (request) =>
      selfAssessment.withdraw(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );
}
