/**
 * The test harness: a real app on a real database (SQLite by default, PostgreSQL when
 * `TEST_DATABASE_URL` is set) with a fake clock, silent logs and a low scrypt cost.
 */
import type { FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { buildApp } from "../app.js";
import type { AccessTable } from "../authz/types.js";
import { defaultConfig, type ServerConfig } from "../config.js";
import type { Db } from "../db/database.js";
import type { AuditWriter } from "../modules/audit/writer.js";
import { createFakeClock, type FakeClock } from "./clock.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

/** Cost used by tests: 2^10 instead of 2^17 (one test asserts the production default). */
export const TEST_HASH_COST = 10;

/** A running test application. */
export interface TestApp {
  app: FastifyInstance;
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
  });
  await app.ready();
  return {
    app,
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
