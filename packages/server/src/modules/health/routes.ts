/** Liveness (`/healthz`) and readiness (`/readyz`: the database answers and is migrated). */
import type { FastifyInstance } from "fastify";
import { healthResponseSchema, readinessResponseSchema } from "../../contract/health.js";
import type { Db } from "../../db/database.js";
import { pendingMigrations } from "../../db/migrate.js";
import { typed } from "../../http/route-schema.js";
import { pingDatabase } from "./repository.js";

const tags = ["运行状态"];

/** Registers the health routes. */
export function registerHealthRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = typed(app);
  r.get(
    "/healthz",
    { schema: { tags, summary: "存活检查", response: { 200: healthResponseSchema } } },
    async () => ({
      status: "ok" as const,
    }),
  );
  r.get(
    "/readyz",
    {
      schema: {
        tags,
        summary: "就绪检查（数据库）",
        response: { 200: readinessResponseSchema, 503: readinessResponseSchema },
      },
    },
    async (request, reply) => {
      try {
        await pingDatabase(deps.db);
        if ((await pendingMigrations(deps.db)).length > 0) {
          return reply
            .status(503)
            .send({ status: "unavailable" as const, database: "migrations_pending" as const });
        }
        return { status: "ready" as const, database: "ok" as const };
      } catch (error) {
        request.log.warn({ err: error }, "readiness check failed");
        return reply
          .status(503)
          .send({ status: "unavailable" as const, database: "unreachable" as const });
      }
    },
  );
}
