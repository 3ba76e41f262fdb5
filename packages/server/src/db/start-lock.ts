/**
 * One process at a time through the start (migrations and the first-start accounts), so server
 * processes started together on an empty database all come up and exactly one of them creates
 * the administrators (docs/decisions/0180). PostgreSQL: a session advisory lock keyed by the
 * schema, held on one connection of the pool. SQLite: an exclusive transaction on a lock
 * database beside `kaoping.sqlite` (the main file stays free for the migrations themselves).
 */
import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import type { Db, DatabaseLocation } from "./database.js";
import { isPostgres } from "./dialect.js";

const waitMs = 120_000;

/** Runs `work` while holding the database's start lock; waits for another process's start. */
export async function withStartLock<T>(
  db: Db,
  location: DatabaseLocation,
  work: () => Promise<T>,
): Promise<T> {
  if (isPostgres(db)) {
    return db.connection().execute(async (connection) => {
      const key = sql`hashtext(coalesce(current_schema(), 'public') || '.kaoping.start')`;
      await sql`select pg_advisory_lock(${key})`.execute(connection);
      try {
        return await work();
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(connection);
      }
    });
  }
  fs.mkdirSync(location.dataDir, { recursive: true });
  const lock = new SqliteDatabase(path.join(location.dataDir, "kaoping.start-lock.sqlite"));
  try {
    lock.pragma(`busy_timeout = ${waitMs}`);
    // Blocks this process (nothing else runs during a start) until the other start commits.
    lock.exec("begin exclusive");
    try {
      return await work();
    } finally {
      lock.exec("commit");
    }
  } finally {
    lock.close();
  }
}
