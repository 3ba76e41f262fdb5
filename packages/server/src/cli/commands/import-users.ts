/**
 * `kaoping import users 用户.xlsx --as 系统管理员用户名 [--data-dir ./data]`: the bulk account
 * import of the browser (decision 0288) on the server — the same service function, so the same
 * all-or-nothing checking with every bad cell named, one-time passwords and audit records
 * (`user.create` per account, `user.import`), written in the name of the system administrator
 * given with `--as` (三员分立). Exit status 0 when imported, 1 when refused, 2 for bad usage.
 */
import { open } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { AppError } from "../../errors/app-error.js";
import { createAuditWriter } from "../../modules/audit/writer.js";
import { findOrganisation } from "../../modules/organisations/index.js";
import { maxImportBytes } from "../../modules/users/bulk-import.js";
import { CommandActorRefused, commandContextAs } from "../../modules/users/command-actor.js";
import { createUsersService } from "../../modules/users/service.js";
import type { CliRun } from "../main.js";
import { parseOptions } from "../options.js";
import { renderTable } from "../text-table.js";
import {
  configure,
  describeDatabase,
  openConfiguredDatabase,
  splitConfigArgs,
} from "./open-configured.js";

const usage = "用法：kaoping import users 用户.xlsx --as 系统管理员用户名 [--data-dir 目录]\n";

/** The file's first `limit + 1` bytes at most: enough for the import to refuse one too large. */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(limit + 1);
    const { bytesRead } = await handle.read(buffer, 0, limit + 1, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Runs `kaoping import users`. */
export const runImportUsers: CliRun = async (args, ctx) => {
  const { own, configArgs } = splitConfigArgs(args);
  const parsed = parseOptions(own, ["as"], []);
  const as = parsed.ok ? parsed.values.as : undefined;
  if (!parsed.ok || parsed.positional.length !== 1 || as === undefined || as === "") {
    ctx.stderr.write(`${parsed.ok ? "" : `${parsed.message}\n`}${usage}`);
    return 2;
  }
  const name = parsed.positional[0] as string;
  const config = configure(configArgs, ctx);
  if (config === undefined) return 2;
  let bytes: Buffer;
  try {
    bytes = await readAtMost(resolve(ctx.cwd, name), maxImportBytes);
  } catch {
    ctx.stderr.write(`${name}: 无法读取文件\n`);
    return 1;
  }
  const db = openConfiguredDatabase(config);
  try {
    const deps = { db, config, clock: config.clock, audit: createAuditWriter(config.clock) };
    const actorCtx = await commandContextAs(db, as, "system_admin");
    const { users } = await createUsersService(deps).importUsers(actorCtx, {
      name: basename(name),
      bytes,
    });
    const organisationNames = new Map<string, string>();
    for (const { user } of users)
      if (!organisationNames.has(user.organisationId))
        organisationNames.set(
          user.organisationId,
          (await findOrganisation(db, user.organisationId))?.name ?? "",
        );
    ctx.stdout.write(
      `已导入 ${users.length} 个账号（${describeDatabase(config)}，操作人 ${as}，已记入审计日志）：\n`,
    );
    ctx.stdout.write(
      renderTable(
        ["用户名", "姓名", "所属单位", "一次性密码"],
        users.map(({ user, initialPassword }) => [
          user.username,
          user.displayName,
          organisationNames.get(user.organisationId) ?? "",
          initialPassword,
        ]),
      ),
    );
    ctx.stdout.write(
      "一次性密码只显示这一次：请当面交给本人，首次登录须修改密码。角色由安全管理员另行授予。\n",
    );
    return 0;
  } catch (error) {
    if (error instanceof CommandActorRefused) {
      ctx.stderr.write(`未导入：${error.message}\n`);
      return 1;
    }
    if (!(error instanceof AppError)) throw error;
    ctx.stderr.write(`${name}: ${error.message}\n`);
    for (const field of error.fields ?? [])
      ctx.stderr.write(`  ${field.path.replace(/^body\.file\.?/, "")}  ${field.message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
};
