/**
 * Opens the database: SQLite (better-sqlite3, WAL) in the data directory by default,
 * PostgreSQL when a connection string is given.
 */
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { withNamedStatements } from "./named-statements.js";
import { pipelineThrough } from "./pipeline.js";
import type { Database } from "./schema.js";
import { checkpointInBackground } from "./sqlite-checkpoints.js";
import { TurnTakingSqliteDialect, withStatementCache } from "./sqlite.js";

/** Where the database is. */
export interface DatabaseLocation {
  /** PostgreSQL connection string; absent: SQLite. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema (search_path); absent: the server default. */
  databaseSchema?: string | undefined;
  /** Directory holding `kaoping.sqlite` when SQLite is used. */
  dataDir: string;
}

/** The Kysely handle of the application database. */
export type Db = Kysely<Database>;

/** The SQLite file inside a data directory. */
export function sqlitePath(dataDir: string): string {
  return path.join(dataDir, "kaoping.sqlite");
}

/** How a long-running process opens the database. */
export interface OpenOptions {
  /**
   * SQLite: WAL checkpoints on a worker thread instead of inside a commit on the event loop
   * (`kaoping serve`, ./sqlite-checkpoints.ts, decision 0309).
   */
  backgroundCheckpoints?: boolean;
}

/** Opens the database; the caller owns it and calls `destroy()` when done. */
export function openDatabase(location: DatabaseLocation, options: OpenOptions = {}): Db {
  if (location.databaseUrl !== undefined) {
    const schema = location.databaseSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`DATABASE_SCHEMA 只能包含小写字母、数字和下划线：${schema}`);
    }
    const pool = new pg.Pool({
      connectionString: location.databaseUrl,
      max: 10,
      // Statements may be sent behind one another on a connection (./pipeline.ts, decision
      // 0344); Kysely still sends one at a time, so nothing else changes.
      pipeline: true,
      ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    });
    const named = withNamedStatements(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: named }) });
    pipelineThrough(db, named);
    return db;
  }
  fs.mkdirSync(location.dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(sqlitePath(location.dataDir));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // WAL with NORMAL: a commit appends to the WAL without waiting for the disk; the WAL is synced
  // at each checkpoint. The database can never be corrupted; a power cut may lose the last
  // commits before the checkpoint (a crash of the process loses nothing). FULL waited for an
  // fsync inside every COMMIT, on the event loop (docs/decisions/0055).
  sqlite.pragma("synchronous = NORMAL");
  const checkpoints = options.backgroundCheckpoints
    ? checkpointInBackground(sqlite, sqlitePath(location.dataDir))
    : undefined;
  return new Kysely<Database>({
    dialect: new TurnTakingSqliteDialect({
      database: withStatementCache(sqlite, () => void checkpoints?.stop()),
    }),
  });
}
