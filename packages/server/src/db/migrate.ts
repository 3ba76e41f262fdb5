/** Applies the migrations and reports whether the schema is current. */
import { Migrator, sql, type MigrationResult } from "kysely";
import { migrations } from "./migrations/index.js";
import { isPostgres, type AnyDb } from "./dialect.js";

async function createMigrator(db: AnyDb): Promise<Migrator> {
  // On PostgreSQL the bookkeeping tables live in the connection's current schema (DATABASE_SCHEMA),
  // so several schemas in one database never see each other's migrations.
  let migrationTableSchema: string | undefined;
  if (isPostgres(db)) {
    const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = result.rows[0]?.schema;
  }
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
}

/**
 * True when Kysely's check for its own bookkeeping tables failed before any migration ran because
 * a table of ANOTHER schema in the same PostgreSQL database was dropped while the check listed
 * every schema's tables (42P01 "relation does not exist"; seen when several instances or test
 * files share one database). Nothing was applied, so trying again is safe.
 */
function raceWithAnotherSchema(error: unknown, results: MigrationResult[] | undefined): boolean {
  return (
    (results ?? []).every((result) => result.status === "NotExecuted") &&
    (error as { code?: unknown } | null)?.code === "42P01"
  );
}

/** Applies every pending migration; throws when one fails. Returns the names applied. */
export async function migrateToLatest(db: AnyDb): Promise<string[]> {
  let outcome = await (await createMigrator(db)).migrateToLatest();
  for (let retry = 0; retry < 3 && raceWithAnotherSchema(outcome.error, outcome.results); retry++) {
    outcome = await (await createMigrator(db)).migrateToLatest();
  }
  const { error, results } = outcome;
  if (error !== undefined) {
    const failed = results?.find((result: MigrationResult) => result.status === "Error");
    throw new Error(
      `数据库迁移失败${failed ? `（${failed.migrationName}）` : ""}：${String(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Applies the migrations up to and including `name` (a restore rebuilds a backup's level first). */
export async function migrateTo(db: AnyDb, name: string): Promise<void> {
  const { error } = await (await createMigrator(db)).migrateTo(name);
  if (error !== undefined)
    throw new Error(`数据库迁移失败（至 ${name}）：${String(error)}`, { cause: error });
}

/** Names of migrations not applied yet. */
export async function pendingMigrations(db: AnyDb): Promise<string[]> {
  const all = await (await createMigrator(db)).getMigrations();
  return all
    .filter((migration) => migration.executedAt === undefined)
    .map((migration) => migration.name);
}
