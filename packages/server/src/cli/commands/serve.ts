/**
 * `kaoping serve`: applies migrations, creates the first administrators on an empty database
 * (printing their one-time passwords once), and serves the API until stopped.
 */
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../app.js";
import type { ServerConfig } from "../../config.js";
import { roleLabels } from "../../contract/roles.js";
import { migrateToLatest } from "../../db/migrate.js";
import { withStartLock } from "../../db/start-lock.js";
import { createAuditWriter } from "../../modules/audit/writer.js";
import { removeEvidenceLeftovers } from "../../modules/evidence/leftovers.js";
import { createLocalEvidenceStore } from "../../modules/evidence/store.js";
import { ensureInitialAccounts, type InitialAccount } from "../../modules/users/bootstrap.js";
import type { CliContext, CliRun } from "../main.js";
import { configure, describeDatabase, openConfiguredDatabase } from "./open-configured.js";

function printFirstStart(ctx: CliContext, accounts: InitialAccount[]): void {
  ctx.stdout.write("\n首次启动：已创建三个管理员账户（三员分立）。请登录并立即修改密码：\n");
  for (const account of accounts) {
    const secret = account.fromEnvironment
      ? "（密码为环境变量中设置的值）"
      : `一次性密码：${account.password}`;
    ctx.stdout.write(
      `  ${roleLabels[account.role]}  用户名 ${account.username.padEnd(10)} ${secret}\n`,
    );
  }
  ctx.stdout.write("以上密码只显示这一次，首次登录后必须修改。\n\n");
}

/**
 * Prepares the database (migrations, first-start accounts) and starts listening. Returns the
 * running app; `port: 0` picks a free port (tests).
 */
export async function startServer(config: ServerConfig, ctx: CliContext): Promise<FastifyInstance> {
  const db = openConfiguredDatabase(config, true);
  try {
    // Replicas start together: one at a time through migrations and the first start (0180).
    const created = await withStartLock(db, config, async () => {
      await migrateToLatest(db);
      return ensureInitialAccounts(db, {
        clock: config.clock,
        audit: createAuditWriter(config.clock),
        passwordHashCost: config.passwordHashCost,
        passwordPolicy: config.passwordPolicy,
        env: ctx.env,
      });
    });
    if (created.length > 0) printFirstStart(ctx, created);
    else ctx.stdout.write("使用已有数据启动；请用已有账户登录（忘记密码请联系系统管理员重置）。\n");
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const app = await buildApp(config, { db });
  app.addHook("onClose", async () => db.destroy());
  // What a kill -9 left in the evidence store goes now and every hour (issue 15, finding 11).
  const sweep = () =>
    removeEvidenceLeftovers(db, createLocalEvidenceStore(config.dataDir), config.clock()).catch(
      (error: unknown) => app.log.warn({ err: error }, "evidence leftovers not removed"),
    );
  await sweep();
  const sweeper = setInterval(() => void sweep(), 60 * 60 * 1000).unref();
  app.addHook("onClose", async () => clearInterval(sweeper));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.port;
  ctx.stdout.write(
    `kaoping 已启动：http://localhost:${port}/ （数据库：${describeDatabase(config)}；接口文档 /api/docs）\n`,
  );
  return app;
}

/** Runs the server until SIGINT/SIGTERM. */
export const run: CliRun = async (args, ctx) => {
  const config = configure(args, ctx);
  if (config === undefined) return 2;
  let app: FastifyInstance;
  try {
    app = await startServer(config, ctx);
  } catch (error) {
    ctx.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    const stop = () => {
      void app.close().then(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
};
