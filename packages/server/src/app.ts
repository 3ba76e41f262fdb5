/**
 * `buildApp(config, deps)`: the Fastify application with every module wired. Each module has
 * its own register function; this file only connects them. The database is opened here unless
 * the caller passes one (tests do); migrations and first-start accounts are the caller's job
 * (`kaoping serve`).
 */
import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { DestinationStream } from "pino";
import { authorizationMatrix } from "./access-matrix.js";
import { registerGuard } from "./access-guard.js";
import type { AccessTable, RouteKey } from "./authz/types.js";
import type { ServerConfig } from "./config.js";
import { openDatabase, type Db } from "./db/database.js";
import { isPostgres } from "./db/dialect.js";
import { AppError } from "./errors/app-error.js";
import { registerErrorHandling, sendError, toAppError } from "./errors/error-handler.js";
import { registerLosslessJsonBody } from "./http/json-body.js";
import { maskPersonalNumbers } from "./contract/personal-data.js";
import { registerWellFormedTextCheck } from "./http/well-formed-text.js";
import { serializerCompiler, validatorCompiler } from "./http/zod.js";
import { registerAuditRoutes } from "./modules/audit/routes.js";
import { createAuditService } from "./modules/audit/service.js";
import { startAuditChainer } from "./modules/audit/chainer.js";
import { createAuditWriter, type AuditWriter } from "./modules/audit/writer.js";
import { createCredentialsService } from "./modules/auth/credentials-service.js";
import { databaseRateLimitStore } from "./modules/auth/rate-limit-store.js";
import { registerAuthRoutes } from "./modules/auth/routes.js";
import { createAuthService } from "./modules/auth/service.js";
import { registerDocs } from "./modules/docs/register.js";
import { registerDocumentRoutes } from "./modules/documents/routes.js";
import { createDocumentsService } from "./modules/documents/service.js";
import { registerHealthRoutes } from "./modules/health/routes.js";
import { registerEvidenceRoutes } from "./modules/evidence/routes.js";
import { createEvidenceService } from "./modules/evidence/service.js";
import { registerOrganisationRoutes } from "./modules/organisations/routes.js";
import { registerRoundRoutes } from "./modules/rounds/routes.js";
import { createRoundsService } from "./modules/rounds/service.js";
import type { RoundTransitionHooks } from "./modules/rounds/state-machine.js";
import { registerSchemeRoutes } from "./modules/schemes/routes.js";
import { registerSelfAssessmentRoutes } from "./modules/self-assessment/routes.js";
import { createSelfAssessmentService } from "./modules/self-assessment/service.js";
import { createSchemesService } from "./modules/schemes/service.js";
import { createOrganisationsService } from "./modules/organisations/service.js";
import { registerUserRoutes } from "./modules/users/routes.js";
import { createUsersService } from "./modules/users/service.js";
import { defaultWebRoot } from "./modules/web/assets.js";
import { registerWebRoutes } from "./modules/web/routes.js";
import type { ServiceDeps } from "./services.js";
import { registerAppealRoutes } from "./modules/appeals/routes.js";
import { createAppealsService } from "./modules/appeals/service.js";
import { registerAnalysisRoutes } from "./modules/analysis/routes.js";
import { createAnalysisService } from "./modules/analysis/service.js";
import { registerProgressRoutes } from "./modules/progress/routes.js";
import { createProgressService } from "./modules/progress/service.js";
import { registerHistoryRoutes } from "./modules/history/routes.js";
import { createHistoryService } from "./modules/history/service.js";
import { registerRatingRoutes } from "./modules/ratings/routes.js";
import { createRatingsService } from "./modules/ratings/service.js";
import { withResultsHooks } from "./modules/results/hooks.js";
import { registerResultsRoutes } from "./modules/results/routes.js";
import { createResultsService } from "./modules/results/service.js";
import { registerReviewRoutes } from "./modules/review/routes.js";
import { createReviewService } from "./modules/review/service.js";
import { registerSettingsRoutes } from "./modules/settings/routes.js";
import { createSettingsService } from "./modules/settings/service.js";
import { startSettingsSync } from "./modules/settings/sync.js";
import { registerNoticeRoutes } from "./modules/notices/routes.js";
import { createNoticesService } from "./modules/notices/service.js";
import { createTodoFunctions } from "./modules/notices/todos.js";
import { createHttpSender, type WebhookSender } from "./modules/notices/webhook.js";
import { createWebhookQueue, type WebhookQueue } from "./modules/notices/webhook-queue.js";

/** What a caller may supply instead of the defaults (tests inject these). */
export interface AppDeps {
  /** An open database; when absent the app opens one from the configuration and closes it with itself. */
  db?: Db;
  /** The audit writer; tests inject a failing one to prove the rollback. */
  auditWriter?: AuditWriter;
  /** Where logs go (default: stdout). */
  logStream?: DestinationStream;
  /** The authorization matrix (default: the real one); tests pass a reduced one to prove fail-closed. */
  matrix?: AccessTable;
  /** Work or refusals when a round enters a state (docs/workflow.md); tests add their own. */
  roundHooks?: RoundTransitionHooks;
  /** The built web app folder (default: packages/web/dist). */
  webRoot?: string;
  /** Sends group-bot messages (default: HTTPS with a 5 s timeout); tests pass their own. */
  webhookSender?: WebhookSender;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered, as matrix keys (for the matrix test). */
    routeKeys: RouteKey[];
    /** The application database. */
    db: Db;
    /** The webhook queue (tests drain it to see deliveries end). */
    webhookQueue: WebhookQueue;
  }
}

/** Log fields never written: cookies, credentials and anything password-like in a body. */
const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.initialPassword",
  "*.token",
];

/** Builds the application. */
export async function buildApp(
  config: ServerConfig,
  appDeps: AppDeps = {},
): Promise<FastifyInstance> {
  const ownsDb = appDeps.db === undefined;
  const db = appDeps.db ?? openDatabase(config);
  const logger = {
    level: config.logLevel,
    redact: { paths: redactPaths, censor: "[已隐藏]" },
    // Fastify's request fields, with ID-card and mobile numbers in the URL masked (row 22).
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: maskPersonalNumbers(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
  const app = Fastify({
    ...(appDeps.logStream === undefined
      ? { logger }
      : { loggerInstance: undefined, logger: { ...logger, stream: appDeps.logStream } }),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    exposeHeadRoutes: false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: false },
    // A malformed URL (`%E0%A4%A`) fails before routing: it still gets the one error body.
    frameworkErrors: (error, request, reply) => {
      const badUrl = error.code === "FST_ERR_BAD_URL";
      const appError = badUrl
        ? new AppError("VALIDATION_FAILED", "网址格式有误（含无法识别的编码），请检查链接。")
        : toAppError(error);
      return sendError(reply.header("x-request-id", request.id), request, appError);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("db", db);
  app.decorate("routeKeys", [] as RouteKey[]);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.routeKeys.push(`${method} ${route.url}` as RouteKey);
  });
  app.addHook("onSend", async (request, reply) => {
    // API answers (login included: it sets the session cookie) are never cached; docs and static files may be.
    const isApi = request.url.startsWith("/api/") && !request.url.startsWith("/api/docs");
    if (request.actor !== null || isApi) reply.header("cache-control", "no-store");
    reply.header("x-request-id", request.id);
  });
  if (ownsDb) app.addHook("onClose", async () => db.destroy());

  registerErrorHandling(app);
  registerWellFormedTextCheck(app);
  registerLosslessJsonBody(app);
  await app.register(cookie);
  // Security headers; the full CSP of docs/spec/security.md row 18 comes with the web app.
  await app.register(helmet, { contentSecurityPolicy: false, hsts: false });
  await app.register(rateLimit, {
    global: false,
    // Counted in the database: every server process over it sees the same hits (decision 0180).
    store: databaseRateLimitStore(db, config.clock),
    errorResponseBuilder: () => new AppError("RATE_LIMITED"),
  });
  await registerDocs(app, { serveDocs: config.apiDocs });

  // PostgreSQL: records wait in audit_pending and are chained after their commit, many at a
  // time; a request that wrote records is answered after their chaining (decision 0250).
  const chainer = isPostgres(db)
    ? startAuditChainer(db, (error) => app.log.error({ err: error }, "审计日志入链失败，稍后重试"))
    : undefined;
  if (chainer !== undefined) {
    app.addHook("onSend", async (request) => {
      if (chainer.wrote(request.id)) await chainer.flush();
    });
    app.addHook("onResponse", async (request) => {
      chainer.wrote(request.id);
    });
    app.addHook("onClose", async () => chainer.stop());
  }
  const baseDeps = {
    db,
    config,
    clock: config.clock,
    audit: appDeps.auditWriter ?? createAuditWriter(config.clock, chainer),
    auditChain: chainer,
  };
  const settings = createSettingsService(baseDeps);
  await settings.load();
  // Saves made by other server processes over the same database (decision 0180).
  const settingsSync = startSettingsSync(db, config, () => settings.load());
  app.addHook("onRequest", async () => settingsSync.beforeRead());
  app.addHook("onClose", async () => settingsSync.stop());
  const deps: ServiceDeps = { ...baseDeps, settings };
  const auth = createAuthService(deps);
  registerGuard(app, {
    matrix: appDeps.matrix ?? authorizationMatrix,
    auth,
    config,
    db,
    audit: deps.audit,
  });

  registerHealthRoutes(app, { db });
  registerSettingsRoutes(app, { settings });
  registerAuthRoutes(app, {
    auth,
    credentials: createCredentialsService(deps, auth),
    config,
    settings,
  });
  registerOrganisationRoutes(app, { organisations: createOrganisationsService(deps) });
  registerUserRoutes(app, { users: createUsersService(deps) });
  registerAuditRoutes(app, { auditLog: createAuditService(deps), clock: config.clock });
  registerSchemeRoutes(app, { schemes: createSchemesService(deps) });
  registerRoundRoutes(app, {
    rounds: createRoundsService(deps, { hooks: withResultsHooks(deps, appDeps.roundHooks) }),
  });
  registerSelfAssessmentRoutes(app, { selfAssessment: createSelfAssessmentService(deps) });
  registerEvidenceRoutes(app, {
    evidence: createEvidenceService(deps),
    maxFileBytes: () => settings.config().evidence.maxFileBytes,
  });
  registerReviewRoutes(app, { review: createReviewService(deps) });
  registerRatingRoutes(app, { ratings: createRatingsService(deps) });
  registerResultsRoutes(app, { results: createResultsService(deps) });
  registerAppealRoutes(app, { appeals: createAppealsService(deps) });
  registerHistoryRoutes(app, { history: createHistoryService(deps) });
  registerAnalysisRoutes(app, { analysis: createAnalysisService(deps) });
  registerProgressRoutes(app, { progress: createProgressService(deps) });
  const documents = createDocumentsService(deps, { schemes: createSchemesService(deps) });
  app.addHook("onClose", async () => documents.stop());
  registerDocumentRoutes(app, { documents });
  const webhookQueue = createWebhookQueue({
    db,
    clock: config.clock,
    send: appDeps.webhookSender ?? createHttpSender({ timeoutMs: 5_000, clock: config.clock }),
  });
  webhookQueue.start();
  app.addHook("onClose", async () => webhookQueue.stop());
  app.decorate("webhookQueue", webhookQueue);
  registerNoticeRoutes(app, {
    notices: createNoticesService(deps, { queue: webhookQueue }),
    todos: createTodoFunctions(deps),
  });
  registerWebRoutes(app, { root: appDeps.webRoot ?? defaultWebRoot });
  return app;
}
