/**
 * Request bodies of type `application/json` are read like the command line reads facts files
 * (decision 0002): a number means the decimal as written. A number a double cannot hold exactly
 * (`99.79999999999999999999`, `1e-400`, `9007199254740993`) arrives as its decimal text, so the
 * same decimal-places and range checks as for a typed string apply, and a field that must be a
 * JSON number refuses it — nothing is silently rounded. Nesting is bounded and `__proto__` /
 * `constructor` keys are refused, as Fastify's own parser did.
 */
import type { FastifyInstance } from "fastify";
import { parseJsonLossless } from "./lossless-json.js";
import { AppError } from "../errors/app-error.js";

/** Deepest nesting a request body may have (the deepest contract body has under ten levels). */
const MAX_DEPTH = 64;

/** Replaces the JSON body parser with the lossless one. */
export function registerLosslessJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const parsed = parseJsonLossless(body as string, {
      maxDepth: MAX_DEPTH,
      refusedKeys: ["__proto__", "constructor"],
    });
    if (parsed.ok) {
      done(null, parsed.value);
      return;
    }
    const message = `请求内容格式有误：${parsed.message}（第 ${parsed.line} 行第 ${parsed.column} 列）`;
    done(new AppError("VALIDATION_FAILED", message, { fields: [{ path: "body", message }] }));
  });
}
