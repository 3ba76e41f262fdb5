/**
 * `kaoping export …`: Word and Excel documents from a facts file, without a database
 * (docs/documents.md). Results of the file are the self-assessment (自评分) unless `--as reviewed`
 * (the assessor's 得分) or `--as both`.
 *
 *   export sheet FACTS.json --unit ID [-o FILE.docx]     score sheet (评分表) of one unit
 *   export report FACTS.json --unit ID [-o FILE.docx]    self-evaluation report (绩效自评报告)
 *   export sheets|reports FACTS.json --zip [-o FILE.zip] every unit's sheet or report in one .zip
 *   export workbook FACTS.json [-o FILE.xlsx]            round workbook (汇总 + 排名)
 *   export template FACTS.json [-o FILE.xlsx]            bulk facts template, filled with the file's facts
 *
 * With `--round ID [--data-dir DIR]` instead of FACTS.json the same documents come from a stored
 * round (export-round.ts).
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { scoreRound, type UnitResult } from "@kaoping/engine";
import {
  buildFactsTemplate,
  buildRoundWorkbook,
  buildScoreSheet,
  buildSelfReport,
  buildZip,
  safeFileName,
} from "../../office/index.js";
import { readFactsFile, type FileUnit } from "../facts-file.js";
import { exportFromDatabase } from "./export-round.js";
import type { CliRun } from "../main.js";
import { parseOptions } from "../options.js";

const usage = [
  "用法：kaoping export sheet|report FACTS.json --unit ID [-o 文件.docx] [--scheme ID|FILE] [--title 考核任务名称] [--as self|reviewed|both] [--year 2021]",
  "      kaoping export sheets|reports FACTS.json --zip [-o 文件.zip]",
  "      kaoping export workbook|template FACTS.json [-o 文件.xlsx]",
  "      kaoping export sheet|report|sheets|reports|workbook|template --round 考核任务编号 [--unit 单位] [--zip] [-o 文件] [--data-dir ./data]",
];

/** Runs `kaoping export`. */
export const run: CliRun = async (args, ctx) => {
  const fail = (lines: string[]) => {
    for (const line of lines) ctx.stderr.write(`${line}\n`);
    return 2;
  };
  const [what, ...rest] = args;
  const opts = parseOptions(
    rest,
    ["unit", "o", "scheme", "title", "as", "year", "opening", "round", "data-dir", "log-level"],
    ["zip"],
  );
  const kinds = ["sheet", "report", "sheets", "reports", "workbook", "template"];
  const roundId = opts.ok ? opts.values.round : undefined;
  if (
    opts.ok &&
    roundId !== undefined &&
    what !== undefined &&
    kinds.includes(what) &&
    opts.positional.length === 0
  ) {
    const v = opts.values;
    const configArgs = [
      ...(v["data-dir"] !== undefined ? ["--data-dir", v["data-dir"]] : []),
      ...(v["log-level"] !== undefined ? ["--log-level", v["log-level"]] : []),
    ];
    return exportFromDatabase(
      what,
      { round: roundId, unit: v.unit, out: v.o, zip: opts.flags.zip === true },
      configArgs,
      ctx,
    );
  }
  if (what === undefined || !kinds.includes(what) || !opts.ok || opts.positional.length !== 1)
    return fail(opts.ok ? usage : [opts.message, ...usage]);
  const o = opts.values;
  const as = o.as ?? "self";
  if (!["self", "reviewed", "both"].includes(as)) return fail([`--as 应为 self、reviewed 或 both`]);
  const year = o.year !== undefined ? Number(o.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100))
    return fail([`--year 应为年份，如 2021`]);
  const file = await readFactsFile(opts.positional[0] as string, ctx.cwd, o.scheme);
  if (!file.ok) return fail(file.errors);
  const scored = scoreRound(file.scheme, file.units);
  if (!scored.ok) return fail(scored.problems.map((p) => `${p.unit}: ${p.path}: ${p.message}`));
  const results = new Map(scored.result.units.map((r) => [r.id, r]));
  const round = { title: o.title ?? file.title, ...(year !== undefined ? { year } : {}) };
  const columns = (r: UnitResult | undefined) => ({
    self: as === "reviewed" ? undefined : r,
    reviewed: as === "self" ? undefined : r,
  });
  const sheet = (u: FileUnit) =>
    buildScoreSheet({ scheme: file.scheme, unit: u, round, ...columns(results.get(u.id)) });
  const report = (u: FileUnit) => {
    const self = results.get(u.id) as UnitResult;
    return buildSelfReport({
      scheme: file.scheme,
      unit: u,
      round,
      self,
      narratives: u.narratives ?? {},
      ...(o.opening !== undefined ? { opening: o.opening } : {}),
    });
  };
  let bytes: Buffer;
  let name: string;
  if (what === "sheet" || what === "report") {
    const unit = file.units.find((u) => u.id === o.unit);
    if (unit === undefined)
      return fail([
        o.unit === undefined
          ? "缺少 --unit 单位编号"
          : `事实文件中没有单位 ${o.unit}（可选：${file.units.map((u) => u.id).join("、")}）`,
      ]);
    bytes = await (what === "sheet" ? sheet(unit) : report(unit));
    name = safeFileName(`${unit.name}-${what === "sheet" ? "评分表" : "绩效自评报告"}.docx`);
  } else if (what === "sheets" || what === "reports") {
    if (opts.flags.zip !== true) return fail(["批量导出须加 --zip", ...usage]);
    const label = what === "sheets" ? "评分表" : "绩效自评报告";
    const entries = file.units.map((u, i) => ({
      name: safeFileName(`${String(i + 1).padStart(3, "0")}-${u.name}-${label}.docx`),
      build: () => (what === "sheets" ? sheet(u) : report(u)),
    }));
    bytes = await buildZip(entries, (done, total) =>
      ctx.stderr.write(`\r已生成 ${done} / ${total}`),
    );
    ctx.stderr.write("\n");
    name = safeFileName(`${round.title}-${label}.zip`);
  } else if (what === "workbook") {
    bytes = await buildRoundWorkbook({
      scheme: file.scheme,
      round,
      units: file.units.map((u) => ({ id: u.id, name: u.name, ...columns(results.get(u.id)) })),
    });
    name = safeFileName(`${round.title}-得分汇总.xlsx`);
  } else {
    bytes = await buildFactsTemplate({ scheme: file.scheme, round, units: file.units });
    name = safeFileName(`${round.title}-事实导入模板.xlsx`);
  }
  const out = resolve(ctx.cwd, o.o ?? name);
  await writeFile(out, bytes);
  ctx.stdout.write(`已写入 ${out}\n`);
  return 0;
};
