/**
 * `kaoping audit verify`: walks the audit log's hash chain and reports the first record that
 * was changed, removed or reordered. Exit status 0 when intact, 1 when not.
 */
import { chainPendingAuditRows } from "../../modules/audit/chainer.js";
import { verifyAuditChain } from "../../modules/audit/service.js";
import type { CliRun } from "../main.js";
import { configure, describeDatabase, openConfiguredDatabase } from "./open-configured.js";

/** Runs the command. */
export const run: CliRun = async (args, ctx) => {
  const [sub, ...rest] = args;
  if (sub !== "verify") {
    ctx.stderr.write("用法：kaoping audit verify [--data-dir 目录]\n");
    return 2;
  }
  const config = configure(rest, ctx);
  if (config === undefined) return 2;
  const db = openConfiguredDatabase(config);
  try {
    // Records a crash left committed but not yet chained (PostgreSQL, decision 0250) first.
    await chainPendingAuditRows(db);
    const result = await verifyAuditChain(db);
    if (result.ok) {
      ctx.stdout.write(
        `审计日志完整：已校验 ${result.checked} 条记录，哈希链无断裂（${describeDatabase(config)}）。\n`,
      );
      return 0;
    }
    ctx.stdout.write(`审计日志校验失败：第 ${result.firstBadSeq} 条记录异常。${result.reason}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
};
