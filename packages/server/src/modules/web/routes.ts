/**
 * Serves the built web app on the API's port: hashed assets with a year-long cache, any other
 * GET outside `/api/` answered with the app's page (SPA fallback, so `/rounds/123` reloads
 * work), a per-response CSP nonce in the page, and a restrictive CSP on every other response.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors/app-error.js";
import { loadWebFiles, pageWithNonce, type WebFile } from "./assets.js";
import { apiPolicy, appPolicy, createNonce, immutableCache, pageCache } from "./headers.js";

const notBuiltPage = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>考评</title>
<p>网页端尚未构建。请在项目目录运行 <code>npm run build</code> 后重新启动服务；接口仍可在 /api/docs 使用。</p></html>`;

function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers["accept-encoding"];
  return typeof header === "string" && /\bgzip\b/.test(header);
}

function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: WebFile,
  cache: string,
): FastifyReply {
  reply.header("cache-control", cache).header("vary", "accept-encoding").type(file.contentType);
  if (file.gzip !== undefined && acceptsGzip(request))
    return reply.header("content-encoding", "gzip").send(file.gzip);
  return reply.send(file.body);
}

/** The URL path of a request, decoded; undefined when it cannot be decoded. */
function pathOf(request: FastifyRequest): string | undefined {
  const raw = request.url.split("?")[0] ?? "/";
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Registers the web app routes and the default CSP of all other responses. */
export function registerWebRoutes(app: FastifyInstance, deps: { root: string }): void {
  let loading: Promise<Map<string, WebFile> | undefined> | undefined;
  const files = () => (loading ??= loadWebFiles(deps.root));

  app.addHook("onSend", async (_request, reply, payload) => {
    if (!reply.hasHeader("content-security-policy"))
      reply.header("content-security-policy", apiPolicy);
    return payload;
  });

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request);
    if (path === undefined || path === "/api" || path.startsWith("/api/"))
      throw new AppError("NOT_FOUND");
    const all = await files();
    if (all === undefined) {
      return reply
        .code(503)
        .header("cache-control", "no-store")
        .header("content-security-policy", apiPolicy)
        .type("text/html; charset=utf-8")
        .send(notBuiltPage);
    }
    const file = path === "/index.html" ? undefined : all.get(path);
    if (file !== undefined)
      return sendFile(
        request,
        reply,
        file,
        path.startsWith("/assets/") ? immutableCache : pageCache,
      );
    // A missing hashed asset is a stale page after an upgrade: answer 404, not the page, so the
    // app's error boundary offers a reload instead of parsing HTML as JavaScript.
    if (path.startsWith("/assets/")) throw new AppError("NOT_FOUND");
    const index = all.get("/index.html");
    if (index === undefined) throw new AppError("NOT_FOUND");
    const nonce = createNonce();
    reply.header("content-security-policy", appPolicy(nonce));
    return sendFile(
      request,
      reply,
      { ...index, body: Buffer.from(pageWithNonce(index, nonce)), gzip: undefined },
      pageCache,
    );
  };

  app.get("/", { schema: { hide: true } }, serve);
  app.get("/assets/*", { schema: { hide: true } }, serve);
  app.get("/*", { schema: { hide: true } }, serve);
}
