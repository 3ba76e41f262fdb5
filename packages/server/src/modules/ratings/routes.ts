/** Routes of 评议 ratings. */
import type { FastifyInstance } from "fastify";
import {
  ratingSchema,
  ratingsViewSchema,
  saveRatingRequestSchema,
} from "../../contract/ratings.js";
import { roundParamsSchema } from "../../contract/results.js";
import { roundUnitItemParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { RatingsService } from "./service.js";

const tags = ["评议"];

/** Registers the rating routes. */
export function registerRatingRoutes(
  app: FastifyInstance,
  deps: { ratings: RatingsService },
): void {
  const { ratings } = deps;
  const r = typed(app);

  r.get(
    "/api/rounds/:roundId/ratings",
    {
      schema: {
        tags,
        summary: "评议项目、被评单位和评分（评议人只看到自己的评分）",
        params: roundParamsSchema,
        response: responses({ 200: ratingsViewSchema }),
      },
    },
    async (request) => ratings.getRatings(contextOf(request), request.params.roundId),
  );

  r.put(
    "/api/rounds/:roundId/units/:unitId/ratings/:itemCode",
    {
      schema: {
        tags,
        summary: "对一个单位评议打分",
        params: roundUnitItemParamsSchema,
        body: saveRatingRequestSchema,
        response: responses({ 200: ratingSchema }),
      },
    },
    async (request) =>
      ratings.save(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.params.itemCode,
        request.body,
      ),
  );
}
