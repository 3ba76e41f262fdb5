/**
 * A database of its own for each test file: SQLite in a fresh temporary directory, or — when
 * `TEST_DATABASE_URL` is set — a fresh PostgreSQL schema in that database, dropped afterwards.
 * Vitest runs files in parallel; separate schemas keep them apart.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Db } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";

/** A test database and how to get rid of it. */
export interface TestDatabase {
  db: Db;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  /** Opens another handle on the same database (e.g. for a CLI command under test). */
  reopen: () => Db;
  destroy: () => Promise<void>;
}

/** Which database the suite runs on, for test names. */
export const testDialect = process.env.TEST_DATABASE_URL ? "postgres" : "sqlite";

/** Creates an empty, migrated database for one test file (or one test). */
export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-test-"));
  const databaseUrl = process.env.TEST_DATABASE_URL || undefined;
  let databaseSchema: string | undefined;
  if (databaseUrl !== undefined) {
    databaseSchema = `t_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`create schema ${databaseSchema}`);
    await client.end();
  }
  const location = { databaseUrl, databaseSchema, dataDir };
  const db = openDatabase(location);
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    dataDir,
    databaseUrl,
    databaseSchema,
    reopen: () => openDatabase(location),
    async destroy() {
      await db.destroy();
      if (databaseUrl !== undefined && databaseSchema !== undefined) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`drop schema ${databaseSchema} cascade`);
        await client.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
