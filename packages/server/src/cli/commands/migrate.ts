/** `kaoping migrate`: applies pending database migrations and exits. */
import { migrateToLatest } from "../../db/migrate.js";
import { withStartLock } from "../../db/start-lock.js";
import type { CliRun } from "../main.js";
import { configure, describeDatabase, openConfiguredDatabase } from "./open-configured.js";

/** Runs the command. */
export const run: CliRun = async (args, ctx) => {
  const config = configure(args, ctx);
  if (config === undefined) return 2;
  const db = openConfiguredDatabase(config);
  try {
    const applied = await withStartLock(db, config, () => migrateToLatest(db));
    ctx.stdout.write(
      applied.length === 0
        ? `数据库已是最新：${describeDatabase(config)}\n`
        : `已应用 ${applied.length} 个迁移（${applied.join("、")}）：${describeDatabase(config)}\n`,
    );
    return 0;
  } catch (error) {
    ctx.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
};
