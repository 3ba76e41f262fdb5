/**
 * The few places where SQLite and PostgreSQL differ, in one file: which one we talk to,
 * counting, the audit chain lock and the append-only triggers.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";
import { prepared } from "./prepared.js";

/** A Kysely handle on any schema (the helpers here only run raw SQL). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works with every database type
export type AnyDb = Kysely<any>;

/** Whether the database is PostgreSQL (otherwise SQLite). */
export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** PostgreSQL returns `count(*)` as a string (bigint); SQLite as a number. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return Number(value ?? 0);
}

/**
 * Serialises writers of the audit chain until the transaction ends. SQLite runs one write
 * transaction at a time already; PostgreSQL takes a transaction-scoped advisory lock keyed by
 * the schema, so instances in different schemas of one database do not wait for each other.
 */
export async function lockAuditChain(trx: AnyDb): Promise<void> {
  if (isPostgres(trx)) await lockChain(trx, {});
}

// Prepared (named on PostgreSQL, decision 0307): every chaining run takes it.
const lockChain = prepared((db) =>
  db.selectNoFrom(
    sql<void>`pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))`.as("locked"),
  ),
);

/** SQL that makes a table refuse UPDATE and DELETE (append-only), for a migration. */
export async function createAppendOnlyTriggers(db: AnyDb, table: string): Promise<void> {
  const message = `${table} is append-only`;
  if (isPostgres(db)) {
    await sql`create or replace function kaoping_refuse_change() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', tg_table_name; end $$`.execute(db);
    await sql
      .raw(
        `create trigger ${table}_append_only before update or delete on ${table} for each row execute function kaoping_refuse_change()`,
      )
      .execute(db);
    return;
  }
  for (const event of ["update", "delete"]) {
    await sql
      .raw(
        `create trigger ${table}_no_${event} before ${event} on ${table} begin select raise(abort, '${message}'); end`,
      )
      .execute(db);
  }
}

/** Removes the append-only triggers (only for the tamper test, which plays a rogue DBA). */
export async function dropAppendOnlyTriggers(db: AnyDb, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`drop trigger if exists ${table}_append_only on ${table}`).execute(db);
    return;
  }
  for (const event of ["update", "delete"]) {
    await sql.raw(`drop trigger if exists ${table}_no_${event}`).execute(db);
  }
}

/** Whether an error is a unique-constraint violation (two first saves of one record at once). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}
