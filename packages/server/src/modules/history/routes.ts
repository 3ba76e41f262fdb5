/** Routes of a unit's history (历年结果). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { unitHistorySchema } from "../../contract/results.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { HistoryService } from "./service.js";

const unitParamsSchema = z.strictObject({ unitId: z.uuid({ error: "编号格式不正确" }) });

/** Registers the history route. */
export function registerHistoryRoutes(
  app: FastifyInstance,
  deps: { history: HistoryService },
): void {
  typed(app).get(
    "/api/units/:unitId/history",
    {
      schema: {
        tags: ["考核结果"],
        summary: "一个单位历年（同一方案谱系）的考核结果",
        params: unitParamsSchema,
        response: responses({ 200: unitHistorySchema }),
      },
    },
    async (request) => deps.history.getUnitHistory(contextOf(request), request.params.unitId),
  );
}
