/**
 * `kaoping admin recover 用户名 [--totp] [--data-dir ./data]`: the documented recovery of an
 * administrator account (docs/administrator-recovery.md), run on the server with the database.
 * Exit status 0 when recovered, 1 when refused, 2 for bad usage.
 */
import { roleLabels } from "../../contract/roles.js";
import { createAuditWriter } from "../../modules/audit/writer.js";
import { RecoveryRefused, recoverAdministrator } from "../../modules/users/recovery.js";
import type { CliRun } from "../main.js";
import { parseOptions } from "../options.js";
import {
  configure,
  describeDatabase,
  openConfiguredDatabase,
  splitConfigArgs,
} from "./open-configured.js";

const usage = "用法：kaoping admin recover 用户名 [--totp] [--data-dir 目录]\n";

/** Runs the command. */
export const run: CliRun = async (args, ctx) => {
  const [sub, ...rest] = args;
  const { own, configArgs } = splitConfigArgs(rest);
  const parsed = parseOptions(own, [], ["totp"]);
  const username = parsed.ok ? parsed.positional[0] : undefined;
  if (sub !== "recover" || !parsed.ok || username === undefined || parsed.positional.length > 1) {
    ctx.stderr.write(`${parsed.ok ? "" : `${parsed.message}\n`}${usage}`);
    return 2;
  }
  const config = configure(configArgs, ctx);
  if (config === undefined) return 2;
  const db = openConfiguredDatabase(config);
  try {
    const account = await recoverAdministrator(
      db,
      {
        clock: config.clock,
        audit: createAuditWriter(config.clock),
        passwordHashCost: config.passwordHashCost,
      },
      { username: username.toLowerCase(), resetTotp: parsed.flags.totp === true },
    );
    ctx.stdout.write(
      `已恢复${roleLabels[account.role]}账号 ${account.username}（${describeDatabase(config)}）：已解锁、已启用，原有会话已结束` +
        `${account.totpReset ? "，动态验证码已清除（下次登录重新绑定）" : ""}。\n` +
        `一次性密码：${account.oneTimePassword}\n` +
        "请当面交给本人；首次登录须修改密码。本次恢复已记入审计日志（user.recover）。\n",
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RecoveryRefused)) throw error;
    ctx.stderr.write(`未恢复：${error.message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
};
