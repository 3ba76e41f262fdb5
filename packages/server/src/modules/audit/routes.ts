/** Routes of the audit log for the audit administrator. */
import type { FastifyInstance } from "fastify";
import {
  auditRecordSchema,
  auditVerifyResponseSchema,
  exportAuditQuerySchema,
  listAuditQuerySchema,
} from "../../contract/audit.js";
import { pageSchema } from "../../contract/common.js";
import { contextOf } from "../../http/context.js";
import { responses, typed } from "../../http/route-schema.js";
import type { AuditService } from "./service.js";

const tags = ["审计日志"];

/** Registers the audit routes. */
export function registerAuditRoutes(
  app: FastifyInstance,
  deps: { auditLog: AuditService; clock: () => Date },
): void {
  const { auditLog } = deps;
  const r = typed(app);

  r.get(
    "/api/audit",
    {
      schema: {
        tags,
        summary: "查询审计日志（分页、排序、筛选）",
        querystring: listAuditQuerySchema,
        response: responses({ 200: pageSchema(auditRecordSchema) }),
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filters } = request.query;
      return auditLog.search(contextOf(request), filters, { page, pageSize, sort });
    },
  );

  r.get(
    "/api/audit/export",
    {
      schema: {
        tags,
        summary: "导出审计日志（CSV 或 JSON；导出本身记入审计日志）",
        querystring: exportAuditQuerySchema,
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const body = await auditLog.export(contextOf(request), filters, format);
      const stamp = deps.clock().toISOString().slice(0, 10);
      const name = `audit-${stamp}.${format}`;
      return reply
        .header("content-disposition", `attachment; filename="${name}"`)
        .type(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .serializer((payload: unknown) => payload as string)
        .send(body);
    },
  );

  r.get(
    "/api/audit/verify",
    {
      schema: {
        tags,
        summary: "校验审计日志哈希链",
        response: responses({ 200: auditVerifyResponseSchema }),
      },
    },
    async () => auditLog.verify(),
  );
}
