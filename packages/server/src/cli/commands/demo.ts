/**
 * `kaoping demo`: fills an empty database with the demo data set (示例县 with twelve townships,
 * a finished 2021 round, a 2022 round in review, a city medical-aid round) and prints the demo
 * accounts. Refuses (status 1) when the demo data exists, or with `--keep-existing` leaves it as it
 * is and succeeds, so `npm run demo && npm start` can be run again. The demo accounts share one
 * published password: for demonstrations only.
 */
import { roleLabels } from "../../contract/roles.js";
import { migrateToLatest } from "../../db/migrate.js";
import { createAuditWriter } from "../../modules/audit/writer.js";
import { DEMO_PASSWORD } from "../../modules/demo/people.js";
import { DemoExistsError, seedDemo, type DemoSummary } from "../../modules/demo/seed.js";
import type { CliContext, CliRun } from "../main.js";
import { configure, describeDatabase, openConfiguredDatabase } from "./open-configured.js";

function printSummary(ctx: CliContext, summary: DemoSummary): void {
  const out = (line = "") => ctx.stdout.write(`${line}\n`);
  out("已创建演示数据：");
  out(
    "  示例市 → 示例县（考核单位，代表示例县医疗保障局；4 个科室、12 个乡镇/街道）、示例开发区、示例东城区、示例西城区",
  );
  out(
    "  考核任务：2021年度乡镇考核（已归档，含公示快照与申诉）、2022年度乡镇考核（审核阶段）、2021年度城乡医疗救助绩效评价（审核阶段，示例开发区自评 99 分）",
  );
  out();
  out(`演示账户（密码均为 ${DEMO_PASSWORD}）：`);
  for (const account of summary.accounts) {
    out(
      `  ${account.username.padEnd(16)} ${roleLabels[account.role].padEnd(6, "　")} ${account.organisation}  ${account.displayName}`,
    );
  }
  out();
  out(
    "警告：以上演示账户使用公开的演示密码，只能用于演示和试用。请勿在存放真实数据的系统中运行 kaoping demo；",
  );
  out("      如已在正式环境中运行，请停用这些账户或重新初始化数据库。");
}

/** Runs the command. */
export const run: CliRun = async (argv, ctx) => {
  const keepExisting = argv.includes("--keep-existing");
  const args = argv.filter((arg) => arg !== "--keep-existing");
  const config = configure(args, ctx);
  if (config === undefined) return 2;
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    ctx.stdout.write(`正在创建演示数据：${describeDatabase(config)}\n`);
    const summary = await seedDemo({
      db,
      config,
      clock: config.clock,
      audit: createAuditWriter(config.clock),
    });
    printSummary(ctx, summary);
    return 0;
  } catch (error) {
    if (error instanceof DemoExistsError && keepExisting) {
      ctx.stdout.write(`${error.message}保持不变，演示账户的密码仍为 ${DEMO_PASSWORD}。\n`);
      return 0;
    }
    if (error instanceof DemoExistsError) {
      ctx.stderr.write(
        `${error.message}未做任何修改。如需重新生成，请使用新的数据目录或空数据库。\n`,
      );
      return 1;
    }
    ctx.stderr.write(
      `创建演示数据失败：${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  } finally {
    await db.destroy();
  }
};
