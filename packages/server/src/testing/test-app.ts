/**
 * The test harness: a real app on a real database (SQLite by default, PostgreSQL when
 * `TEST_DATABASE_URL` is set) with a fake clock, silent logs and a low scrypt cost.
 */
import type { FastifyInstance, InjectOptions } from "fastify";
import type { DestinationStream } from "pino";
import { buildApp } from "../app.js";
import type { AccessTable } from "../authz/types.js";
import { defaultConfig, type ServerConfig } from "../config.js";
import type { Db } from "../db/database.js";
import type { AuditWriter } from "../modules/audit/writer.js";
import { CSRF_HEADER, csrfTokenOf, isSafeMethod } from "../modules/auth/csrf.js";
import type { WebhookSender } from "../modules/notices/webhook.js";
import { createFakeClock, type FakeClock } from "./clock.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

/** Cost used by tests: 2^10 instead of 2^17 (one test asserts the production default). */
export const TEST_HASH_COST = 10;

/** A running test application. */
export interface TestApp {
  /**
   * The app. Its `inject` behaves like the web app's client: a state-changing request with a
   * session cookie carries that session's CSRF token unless the test sets `x-csrf-token` itself.
   */
  app: FastifyInstance;
  /** The app's own `inject`, which adds nothing (for the CSRF tests). */
  rawInject: FastifyInstance["inject"];
  db: Db;
  clock: FakeClock;
  config: ServerConfig;
  database: TestDatabase;
  close: () => Promise<void>;
}

/** Options of a test application. */
export interface TestAppOptions {
  /** Adjust the configuration (timeouts, policy, TOTP requirement …). */
  configure?: (config: ServerConfig) => void;
  auditWriter?: AuditWriter;
  logStream?: DestinationStream;
  matrix?: AccessTable;
  /** Sends group-bot messages instead of HTTP (webhook tests). */
  webhookSender?: WebhookSender;
}

/** The configuration tests start from. */
export function testConfig(
  dataDir: string,
  clock: FakeClock,
  database: TestDatabase,
): ServerConfig {
  const config = defaultConfig(dataDir);
  config.dataDir = dataDir;
  config.databaseUrl = database.databaseUrl;
  config.databaseSchema = database.databaseSchema;
  config.clock = clock.now;
  config.logLevel = "silent";
  config.passwordHashCost = TEST_HASH_COST;
  config.loginRateLimit.max = 100_000;
  return config;
}

/** Builds an app on a fresh, migrated database. Call `close()` in `afterAll`. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = createFakeClock();
  const config = testConfig(database.dataDir, clock, database);
  if (options.logStream !== undefined) config.logLevel = "info";
  options.configure?.(config);
  const app = await buildApp(config, {
    db: database.db,
    ...(options.auditWriter ? { auditWriter: options.auditWriter } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
    ...(options.matrix ? { matrix: options.matrix } : {}),
    ...(options.webhookSender ? { webhookSender: options.webhookSender } : {}),
  });
  await app.ready();
  const rawInject = app.inject.bind(app) as FastifyInstance["inject"];
  const inject = (options: InjectOptions | string) =>
    rawInject(typeof options === "string" ? options : withCsrfToken(options));
  app.inject = inject as FastifyInstance["inject"];
  return {
    app,
    rawInject,
    db: database.db,
    clock,
    config,
    database,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

/** The session token in a request's `cookie` header, if any. */
function sessionTokenIn(headers: InjectOptions["headers"]): string | undefined {
  const cookie = headers?.["cookie"] ?? headers?.["Cookie"];
  if (typeof cookie !== "string") return undefined;
  return /(?:^|;\s*)kaoping_sid=([^;]+)/.exec(cookie)?.[1];
}

/** Adds the CSRF header a browser page would send, when the request needs one and lacks it. */
function withCsrfToken(options: InjectOptions): InjectOptions {
  const method = (options.method ?? "GET").toUpperCase();
  if (isSafeMethod(method)) return options;
  const headers = options.headers ?? {};
  if (Object.keys(headers).some((name) => name.toLowerCase() === CSRF_HEADER)) return options;
  const token = sessionTokenIn(headers);
  if (token === undefined) return options;
  return { ...options, headers: { ...headers, [CSRF_HEADER]: csrfTokenOf(token) } };
}
