/** Route of 进度: where an open round stands (docs/decisions/0260). */
import type { FastifyInstance } from "fastify";
import { roundProgressSchema } from "../../contract/progress.js";
import { roundParamsSchema } from "../../contract/results.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { ProgressService } from "./service.js";

/** Registers the progress route. */
export function registerProgressRoutes(
  app: FastifyInstance,
  deps: { progress: ProgressService },
): void {
  const r = typed(app);
  r.get(
    "/api/rounds/:roundId/progress",
    {
      schema: {
        tags: ["考核任务"],
        summary:
          "考核进度：各单位填报进度、各审核人的审核进度、各评议人已评份数（不含分值）和截止倒计时",
        params: roundParamsSchema,
        response: responses({ 200: roundProgressSchema }),
      },
    },
    async (request) => deps.progress.getProgress(contextOf(request), request.params.roundId),
  );
}
