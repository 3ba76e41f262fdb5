/**
 * Helpers for route schemas: the typed route builder and the error responses every route
 * documents in OpenAPI.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { errorBodySchema } from "../contract/errors.js";

/** The app with zod schemas typing requests and replies. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** Response schemas of a route: its success bodies plus the one error shape. */
export function responses<T extends Record<number, z.ZodType>>(success: T) {
  return {
    ...success,
    "4xx": errorBodySchema.describe("错误：{ error: { code, message, fields?, requestId } }"),
    "5xx": errorBodySchema.describe("服务器错误（不含内部细节）"),
  };
}
