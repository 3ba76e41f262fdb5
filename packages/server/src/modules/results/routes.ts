/** Routes of results (考核结果) and snapshots (结果快照). */
import type { FastifyInstance } from "fastify";
import type { FastifyRouteSchemaDef } from "fastify/types/schema.js";
import { z } from "zod";
import {
  roundParamsSchema,
  roundResultsSchema,
  snapshotDetailSchema,
  snapshotParamsSchema,
  snapshotSummarySchema,
  unitSheetSchema,
} from "../../contract/results.js";
import { roundUnitParamsSchema } from "../../contract/workflow.js";
import { contextOf } from "../../http/context.js";
import { serializerCompiler } from "../../http/zod.js";
import { responses, typed } from "../../http/route-schema.js";
import type { ResultsService } from "./service.js";

const tags = ["考核结果"];

/**
 * The round's results (about 900 KiB for 1,500 units) leave as `JSON.stringify` of the typed
 * object `toRoundResults` builds field by field (so only the schema's fields are in it — a test
 * compares the body with the schema's parse of it); parsing them through zod again cost ~45 ms
 * a request (docs/decisions/0056). Error bodies still go through their schema.
 */
function presentedAsIs(route: FastifyRouteSchemaDef<unknown>): (data: unknown) => string {
  return route.httpStatus === "200"
    ? (data) => JSON.stringify(data)
    : serializerCompiler(route as FastifyRouteSchemaDef<z.ZodType>);
}

/** Registers the results and snapshot routes. */
export function registerResultsRoutes(
  app: FastifyInstance,
  deps: { results: ResultsService },
): void {
  const { results } = deps;
  const r = typed(app);

  r.get(
    "/api/rounds/:roundId/results",
    {
      schema: {
        tags,
        summary: "整个考核任务的结果：总分、排名、分类小计、自评与审核得分对比",
        params: roundParamsSchema,
        response: responses({ 200: roundResultsSchema }),
      },
      serializerCompiler: presentedAsIs,
    },
    async (request) => results.getRoundResults(contextOf(request), request.params.roundId),
  );

  r.get(
    "/api/rounds/:roundId/units/:unitId/results",
    {
      schema: {
        tags,
        summary: "一个单位的评分表（每项自评得分、审核得分、计分说明）",
        params: roundUnitParamsSchema,
        response: responses({ 200: unitSheetSchema }),
      },
    },
    async (request) =>
      results.getUnitResults(contextOf(request), request.params.roundId, request.params.unitId),
  );

  r.get(
    "/api/rounds/:roundId/snapshots",
    {
      schema: {
        tags,
        summary: "结果快照列表",
        params: roundParamsSchema,
        response: responses({ 200: z.array(snapshotSummarySchema) }),
      },
    },
    async (request) => results.listSnapshots(contextOf(request), request.params.roundId),
  );

  r.get(
    "/api/rounds/:roundId/snapshots/:sequence",
    {
      schema: {
        tags,
        summary: "一个结果快照（冻结时的评分表）",
        params: snapshotParamsSchema,
        response: responses({ 200: snapshotDetailSchema }),
      },
    },
    async (request) =>
      results.getSnapshot(contextOf(request), request.params.roundId, request.params.sequence),
  );
}
