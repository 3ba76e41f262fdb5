/** Routes of 得分提升 (improvements, 试算) and 失分分析 (loss analysis). */
import type { FastifyInstance } from "fastify";
import {
  improvementsQuerySchema,
  lossAnalysisSchema,
  trialRequestSchema,
  trialResultSchema,
  unitImprovementsSchema,
} from "../../contract/analysis.js";
import { roundParamsSchema } from "../../contract/results.js";
import { roundUnitParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { AnalysisService } from "./service.js";

const tags = ["得分分析"];

/** Registers the analysis routes. */
export function registerAnalysisRoutes(
  app: FastifyInstance,
  deps: { analysis: AnalysisService },
): void {
  const { analysis } = deps;
  const r = typed(app);

  r.get(
    "/api/rounds/:roundId/units/:unitId/improvements",
    {
      schema: {
        tags,
        summary: "一个单位的提分空间：每个失分项最小的数据变化及其准确的总分增加",
        params: roundUnitParamsSchema,
        querystring: improvementsQuerySchema,
        response: responses({ 200: unitImprovementsSchema }),
      },
    },
    async (request) =>
      analysis.getImprovements(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.query.basis,
      ),
  );

  r.post(
    "/api/rounds/:roundId/units/:unitId/trial",
    {
      schema: {
        tags,
        summary: "试算：改动部分数据后的总分和排名（按整个考核任务计算，不保存）",
        params: roundUnitParamsSchema,
        body: trialRequestSchema,
        response: responses({ 200: trialResultSchema }),
      },
    },
    async (request) =>
      analysis.tryFacts(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );

  r.get(
    "/api/rounds/:roundId/loss-analysis",
    {
      schema: {
        tags,
        summary: "失分分析：各项失分合计、均值、失分单位数和常见原因，与上一轮比较",
        params: roundParamsSchema,
        response: responses({ 200: lossAnalysisSchema }),
      },
    },
    async (request) => analysis.getLossAnalysis(contextOf(request), request.params.roundId),
  );
}
