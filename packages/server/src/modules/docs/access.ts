/** The API documentation pages: public on the allow-list; `KAOPING_API_DOCS=false` removes them. */
import type { AccessTable } from "../../authz/types.js";

/** Routes registered by @fastify/swagger-ui under /api/docs. */
export const docsAccess: AccessTable = {
  "GET /api/docs": { access: "public" },
  "GET /api/docs/json": { access: "public" },
  "GET /api/docs/yaml": { access: "public" },
  "GET /api/docs/static/*": { access: "public" },
  "HEAD /api/docs/static/*": { access: "public" },
  "GET /api/docs/static/index.html": { access: "public" },
  "GET /api/docs/static/swagger-initializer.js": { access: "public" },
};
