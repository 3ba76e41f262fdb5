/**
 * SQL of backup and restore: the table-by-table copying a backup and a restore make, over any
 * table of the schema (so it works on `AnyDb`), and the catalogue reads and drops a restore
 * needs to check an empty target and to undo a failed restore.
 */
import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import { isPostgres, type AnyDb } from "../../db/dialect.js";
import type { BackupTable } from "./tables.js";

/** The application's tables in the connected database (its current schema on PostgreSQL). */
export async function listApplicationTables(db: AnyDb): Promise<string[]> {
  const rows = isPostgres(db)
    ? (
        await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
      ).rows
    : (
        await sql<{ name: string }>`select name from sqlite_master
            where type = 'table' and name not like 'sqlite_%'`.execute(db)
      ).rows;
  return rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith("kysely_migration"))
    .sort();
}

/** The migrations applied to a database, in order. */
export async function listAppliedMigrations(db: AnyDb): Promise<string[]> {
  const result = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((row) => row.name);
}

/**
 * One page of a table's rows in the order of its key, after the row `after` (the last row of
 * the previous page; undefined for the first page).
 */
export async function listTablePage(
  db: AnyDb,
  table: BackupTable,
  after: Record<string, unknown> | undefined,
  limit: number,
): Promise<Record<string, unknown>[]> {
  let query = db.selectFrom(table.name).selectAll();
  if (after !== undefined) {
    const key = sql.join(table.orderBy.map((column) => sql.ref(column)));
    const values = sql.join(table.orderBy.map((column) => after[column]));
    query = query.where(sql<boolean>`(${key}) > (${values})`);
  }
  for (const column of table.orderBy) query = query.orderBy(column);
  return (await query.limit(limit).execute()) as Record<string, unknown>[];
}

/** Deletes every row of a table. */
export async function deleteTableRows(db: AnyDb, name: string): Promise<void> {
  await db.deleteFrom(name).execute();
}

/** Inserts rows into a table in one statement (the caller keeps batches small). */
export async function insertTableRows(
  db: AnyDb,
  name: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  await db
    .insertInto(name)
    .values([...rows])
    .execute();
}

/** How many rows a table holds. */
export async function countTableRows(db: AnyDb, name: string): Promise<number> {
  const { n } = (await db
    .selectFrom(name)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow()) as { n: number | string };
  return Number(n);
}

/** The last record of the audit chain (highest sequence), if any. */
export function findAuditHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  return db
    .selectFrom("audit_log")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Drops every application table — those named in `childrenFirst` in that order, then any other
 * — with Kysely's migration bookkeeping and the append-only trigger function (PostgreSQL).
 */
export async function dropAllTables(db: Db, childrenFirst: readonly string[]): Promise<void> {
  const made = new Set(await listApplicationTables(db));
  for (const name of [...childrenFirst.filter((name) => made.has(name)), ...made]) {
    if (!made.delete(name)) continue;
    const drop = db.schema.dropTable(name);
    await (isPostgres(db) ? drop.cascade() : drop).execute();
  }
  for (const name of ["kysely_migration", "kysely_migration_lock"]) {
    await db.schema.dropTable(name).ifExists().execute();
  }
  if (isPostgres(db)) await sql`drop function if exists kaoping_refuse_change()`.execute(db);
}
