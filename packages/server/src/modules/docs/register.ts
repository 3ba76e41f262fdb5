/** The OpenAPI 3 document, generated from the routes' zod schemas, and its docs page. */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** Registers the OpenAPI generator (always) and the docs page at /api/docs (when enabled). */
export async function registerDocs(
  app: FastifyInstance,
  options: { serveDocs: boolean },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "kaoping（考评）API",
        description:
          "医疗保障工作目标考核与绩效评价系统接口。除登录、健康检查与本文档外，所有接口需要登录会话（Cookie）。错误统一为 { error: { code, message, fields?, requestId } }。",
        version: "0.1.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "kaoping_sid" } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  if (options.serveDocs) {
    await app.register(swaggerUi, {
      routePrefix: "/api/docs",
      // Intranet servers often run plain HTTP and have no internet: no upgrade-insecure-requests,
      // no external validator badge, every asset served locally.
      staticCSP:
        "default-src 'self'; base-uri 'none'; font-src 'self' data:; frame-ancestors 'self'; img-src 'self' data:; " +
        "object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self'",
      uiConfig: { docExpansion: "list", deepLinking: false },
    });
  }
}
