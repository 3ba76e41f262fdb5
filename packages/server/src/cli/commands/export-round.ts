/**
 * `kaoping export … --round ID [--data-dir ./data]`: the documents of a stored round, read from
 * the configured database (SQLite in the data directory, or DATABASE_URL) — the same inputs as the
 * API (the latest snapshot once published, live results before). Whoever runs the command on the
 * server has the database anyway; every export is still written to the audit log as
 * `document.export` (via: cli).
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  buildFactsTemplate,
  buildRoundWorkbook,
  buildScoreSheet,
  buildSelfReport,
  buildZip,
  safeFileName,
} from "../../office/index.js";
import { createAuditWriter, recordAuditEvent } from "../../modules/audit/writer.js";
import { roundDocuments, type UnitDocuments } from "../../modules/documents/round-documents.js";
import { listNarratives } from "../../modules/self-assessment/index.js";
import type { CliContext } from "../main.js";
import { configure, openConfiguredDatabase } from "./open-configured.js";
import { findRound, listRoundUnits } from "../../modules/workflow/index.js";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Exports `what` of round `roundId`; `unit` is a unit's organisation id or name; returns the exit status. */
export async function exportFromDatabase(
  what: string,
  opts: { round: string; unit?: string | undefined; out?: string | undefined; zip: boolean },
  configArgs: string[],
  ctx: CliContext,
): Promise<number> {
  const fail = (line: string) => (ctx.stderr.write(`${line}\n`), 2);
  if (!uuid.test(opts.round)) return fail("--round 应为考核任务编号（UUID）");
  const config = configure(configArgs, ctx);
  if (config === undefined) return 2;
  const db = openConfiguredDatabase(config);
  try {
    const round = await findRound(db, opts.round);
    if (round === undefined) return fail(`找不到考核任务 ${opts.round}`);
    const { scheme, units } = await roundDocuments(db, true, round);
    const roundUnits = new Map((await listRoundUnits(db, round.id)).map((u) => [u.unit_id, u.id]));
    const meta = { title: round.title, year: round.year ?? undefined };
    const sheet = (u: UnitDocuments) =>
      buildScoreSheet({
        scheme,
        unit: { id: u.unitId, name: u.name },
        round: meta,
        self: u.self,
        reviewed: u.reviewed,
      });
    const report = async (u: UnitDocuments) => {
      const narratives = Object.fromEntries(
        (await listNarratives(db, roundUnits.get(u.unitId) ?? "")).map((n) => [
          n.item_code,
          n.text,
        ]),
      );
      return buildSelfReport({
        scheme,
        unit: { id: u.unitId, name: u.name },
        round: meta,
        self: u.self,
        reviewed: u.reviewed,
        narratives,
      });
    };
    let bytes: Buffer;
    let name: string;
    if (what === "sheet" || what === "report") {
      const unit = units.find((u) => u.unitId === opts.unit || u.name === opts.unit);
      if (unit === undefined)
        return fail(
          opts.unit === undefined
            ? "缺少 --unit 单位编号或名称"
            : `考核任务中没有单位 ${opts.unit}`,
        );
      bytes = await (what === "sheet" ? sheet(unit) : report(unit));
      name = `${unit.name}-${what === "sheet" ? "评分表" : "绩效自评报告"}.docx`;
    } else if (what === "sheets" || what === "reports") {
      if (!opts.zip) return fail("批量导出须加 --zip");
      const label = what === "sheets" ? "评分表" : "绩效自评报告";
      const entries = units.map((u, i) => ({
        name: safeFileName(`${String(i + 1).padStart(3, "0")}-${u.name}-${label}.docx`),
        build: () => (what === "sheets" ? sheet(u) : report(u)),
      }));
      bytes = await buildZip(entries, (done, total) =>
        ctx.stderr.write(`\r已生成 ${done} / ${total}`),
      );
      ctx.stderr.write("\n");
      name = `${round.title}-${label}.zip`;
    } else if (what === "workbook") {
      bytes = await buildRoundWorkbook({
        scheme,
        round: meta,
        units: units.map((u) => ({
          id: u.unitId,
          name: u.name,
          self: u.self,
          reviewed: u.reviewed,
        })),
      });
      name = `${round.title}-得分汇总.xlsx`;
    } else {
      bytes = await buildFactsTemplate({
        scheme,
        round: meta,
        units: units.map((u) => ({ id: u.unitId, name: u.name })),
      });
      name = `${round.title}-事实导入模板.xlsx`;
    }
    const out = resolve(ctx.cwd, opts.out ?? safeFileName(name));
    await writeFile(out, bytes);
    await recordAuditEvent(db, createAuditWriter(config.clock), {
      ctx: { actor: null, ip: null, requestId: null },
      action: "document.export",
      object: { type: "round", id: round.id },
      detail: {
        document: what,
        via: "cli",
        ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
      },
    });
    ctx.stdout.write(`已写入 ${out}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}
