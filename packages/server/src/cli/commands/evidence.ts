/**
 * `kaoping evidence verify`: re-computes the SHA-256 of every stored evidence file (e.g. after
 * restoring a backup) and lists the files that are missing or changed. Exit status 0 when all
 * match, 1 when not.
 */
import { createAuditWriter } from "../../modules/audit/writer.js";
import { createConfiguredEvidenceStore } from "../../modules/evidence/database-store.js";
import { verifyEvidenceFiles } from "../../modules/evidence/verify.js";
import type { CliRun } from "../main.js";
import { configure, describeDatabase, openConfiguredDatabase } from "./open-configured.js";

/** Runs the command. */
export const run: CliRun = async (args, ctx) => {
  const [sub, ...rest] = args;
  if (sub !== "verify") {
    ctx.stderr.write("用法：kaoping evidence verify [--data-dir 目录]\n");
    return 2;
  }
  const config = configure(rest, ctx);
  if (config === undefined) return 2;
  const db = openConfiguredDatabase(config);
  try {
    const result = await verifyEvidenceFiles(
      db,
      createConfiguredEvidenceStore(config, db),
      createAuditWriter(config.clock),
    );
    if (result.problems.length === 0) {
      ctx.stdout.write(
        `佐证材料完整：已校验 ${result.files} 个文件，摘要全部一致（${describeDatabase(config)}）。\n`,
      );
      return 0;
    }
    ctx.stdout.write(`佐证材料校验失败：${result.problems.length} 条记录的文件缺失或已被改动：\n`);
    for (const p of result.problems) {
      ctx.stdout.write(
        `  ${p.problem === "missing" ? "缺失" : "已改动"}  ${p.originalName}（材料编号 ${p.id}，考核任务 ${p.roundId}，单位 ${p.unitId}）\n`,
      );
    }
    return 1;
  } finally {
    await db.destroy();
  }
};
