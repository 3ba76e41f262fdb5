/**
 * zod schemas drive request validation (with Chinese messages), response serialisation (only
 * the fields a response schema names leave the server) and the OpenAPI document.
 */
import type { FastifySchemaCompiler } from "fastify";
import { serializerCompiler } from "fastify-type-provider-zod";
import type { z } from "zod";
import { safeParse } from "zod/v4/core";
import { chineseErrorMap } from "../errors/zod-messages.js";

/** Validates a request part against its zod schema; problems carry their path and message. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = safeParse(schema, data, { error: chineseErrorMap });
    if (result.success) return { value: result.data };
    return {
      error: result.error.issues.map((issue) => ({
        keyword: issue.code,
        instancePath: `/${issue.path.map(String).join("/")}`,
        schemaPath: "#",
        params: {},
        message: issue.message,
      })),
    } as unknown as { error: Error };
  };

export { serializerCompiler };
