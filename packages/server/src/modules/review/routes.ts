/** Routes of review (审核评分). */
import type { FastifyInstance } from "fastify";
import {
  acceptSubmissionRequestSchema,
  confirmAllRequestSchema,
  createReviewCommentRequestSchema,
  itemReviewSchema,
  returnSubmissionRequestSchema,
  reviewCommentSchema,
  reviewCommentsSchema,
  reviewItemRequestSchema,
  reviewWorkListSchema,
  unitReviewSchema,
} from "../../contract/review.js";
import { roundParamsSchema } from "../../contract/results.js";
import { roundUnitItemParamsSchema, roundUnitParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { ReviewService } from "./service.js";

const tags = ["审核评分"];

/** Registers the review routes. */
export function registerReviewRoutes(app: FastifyInstance, deps: { review: ReviewService }): void {
  const { review } = deps;
  const r = typed(app);
  const base = "/api/rounds/:roundId/units/:unitId/review";

  r.get(
    "/api/rounds/:roundId/review",
    {
      schema: {
        tags,
        summary: "审核工作清单：审核范围内的单位 × 评分项",
        params: roundParamsSchema,
        response: responses({ 200: reviewWorkListSchema }),
      },
    },
    async (request) => review.getWorkList(contextOf(request), request.params.roundId),
  );

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "一个单位的审核：自评事实、审核事实、佐证材料、自评得分与审核得分",
        params: roundUnitParamsSchema,
        response: responses({ 200: unitReviewSchema }),
      },
    },
    async (request) =>
      review.getUnitReview(contextOf(request), request.params.roundId, request.params.unitId),
  );

  r.put(
    `${base}/items/:itemCode`,
    {
      schema: {
        tags,
        summary: "确认或修正一个评分项的事实数据（修正须填写原因）",
        params: roundUnitItemParamsSchema,
        body: reviewItemRequestSchema,
        response: responses({ 200: itemReviewSchema }),
      },
    },
    async (request) =>
      review.reviewItem(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.params.itemCode,
        request.body,
      ),
  );

  r.get(
    `${base}/comments`,
    {
      schema: {
        tags,
        summary: "审核意见（按评分项）",
        params: roundUnitParamsSchema,
        response: responses({ 200: reviewCommentsSchema }),
      },
    },
    async (request) =>
      review.listUnitComments(contextOf(request), request.params.roundId, request.params.unitId),
  );

  r.post(
    `${base}/comments`,
    {
      schema: {
        tags,
        summary: "填写审核意见",
        params: roundUnitParamsSchema,
        body: createReviewCommentRequestSchema,
        response: responses({ 201: reviewCommentSchema }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await review.comment(
            contextOf(request),
            request.params.roundId,
            request.params.unitId,
            request.body,
          ),
        ),
  );

  r.post(
    `${base}/return`,
    {
      schema: {
        tags,
        summary: "退回修改",
        params: roundUnitParamsSchema,
        body: returnSubmissionRequestSchema,
        response: responses({ 200: unitReviewSchema }),
      },
    },
    async (request) =>
      review.returnSubmission(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );

  r.post(
    `${base}/confirm-all`,
    {
      schema: {
        tags,
        summary: "全部确认：确认本人审核范围内尚未审核的全部评分项（逐项记入审计日志）",
        params: roundUnitParamsSchema,
        body: confirmAllRequestSchema,
        response: responses({ 200: unitReviewSchema }),
      },
    },
    async (request) =>
      review.confirmAll(contextOf(request), request.params.roundId, request.params.unitId),
  );

  r.post(
    `${base}/accept`,
    {
      schema: {
        tags,
        summary: "审核通过本人负责的部分；全部评审员的部分都通过后，该单位审核通过",
        params: roundUnitParamsSchema,
        body: acceptSubmissionRequestSchema,
        response: responses({ 200: unitReviewSchema }),
      },
    },
    async (request) =>
      review.accept(
        contextOf(request),
        request.params.roundId,
        request.params.unitId,
        request.body,
      ),
  );
}
