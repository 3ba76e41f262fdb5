/**
 * `kaoping import …`: reads office files (docs/documents.md); only `import users` opens the database.
 *
 *   import rubric FILE.docx|.xlsx|.pdf|.doc|.wps|.et [-o scheme.json] [--id ID] [--title T]
 *       评分细则 → draft scheme JSON, with the proposed rule of every item on stderr
 *   import facts FILE.xlsx FACTS.json [-o out.json]
 *       a filled facts template → the facts file with the imported values (all or nothing)
 *   import users FILE.xlsx --as USER [--data-dir DIR]
 *       a filled bulk account template → accounts in the database (import-users.ts)
 */
import { readFile, writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { importFactsWorkbook, importRubric } from "../../office/index.js";
import { readFactsFile } from "../facts-file.js";
import type { CliRun } from "../main.js";
import { parseOptions } from "../options.js";

const usage = [
  "用法：kaoping import rubric 评分细则.docx|.xlsx|.pdf|.doc|.wps|.et [-o 方案.json] [--id 方案编号] [--title 标题]",
  "      kaoping import facts 导入模板.xlsx FACTS.json [-o 输出.json]",
  "      kaoping import users 用户.xlsx --as 系统管理员用户名 [--data-dir 目录]",
];
const maxUpload = 20 * 1024 * 1024;

/** Reads a file of at most 20 MB. */
async function readBounded(path: string): Promise<Buffer | string> {
  try {
    const bytes = await readFile(path);
    return bytes.length > maxUpload ? `文件过大（上限 20 MB）` : bytes;
  } catch {
    return "无法读取文件";
  }
}

/** Runs `kaoping import`. */
export const run: CliRun = async (args, ctx) => {
  const fail = (lines: string[]) => {
    for (const line of lines) ctx.stderr.write(`${line}\n`);
    return 2;
  };
  const [what, ...rest] = args;
  if (what === "users") return (await import("./import-users.js")).runImportUsers(rest, ctx);
  const opts = parseOptions(rest, ["o", "id", "title", "scheme"], []);
  if (!opts.ok) return fail([opts.message, ...usage]);
  const o = opts.values;
  if (what === "rubric" && opts.positional.length === 1) {
    const name = opts.positional[0] as string;
    const ext = extname(name).toLowerCase().slice(1);
    const kind = (["docx", "xlsx", "pdf", "doc", "wps", "et"] as const).find((k) => k === ext);
    if (kind === undefined)
      return fail([
        `${name}: 只支持 .docx、.xlsx、.pdf 文件（安装了 LibreOffice 时也支持 .doc、.wps、.et）`,
      ]);
    const bytes = await readBounded(resolve(ctx.cwd, name));
    if (typeof bytes === "string") return fail([`${name}: ${bytes}`]);
    const result = await importRubric(bytes, kind, {
      fileName: name,
      ...(o.id !== undefined ? { id: o.id } : {}),
      ...(o.title !== undefined ? { title: o.title } : {}),
    });
    if (!result.ok) return fail([`${name}: ${result.message}`]);
    // What was not understood is said as plainly here as on the web's review screen.
    for (const p of result.proposals) {
      ctx.stderr.write(
        `${p.code}\t${p.kindName}（${p.kind}）\t把握 ${Math.round(p.confidence * 100)}%\t${p.phrase}\n`,
      );
      for (const w of p.reading.warnings) ctx.stderr.write(`\t请核对：${w}\n`);
    }
    for (const w of result.summary.warnings) ctx.stderr.write(`提示：${w}\n`);
    for (const p of result.problems) ctx.stderr.write(`待补充：${p.path}: ${p.message}\n`);
    const json = `${JSON.stringify(result.document, null, 2)}\n`;
    if (o.o === undefined) ctx.stdout.write(json);
    else await writeFile(resolve(ctx.cwd, o.o), json);
    return 0;
  }
  if (what === "facts" && opts.positional.length === 2) {
    const [xlsx, factsPath] = opts.positional as [string, string];
    const file = await readFactsFile(factsPath, ctx.cwd, o.scheme);
    if (!file.ok) return fail(file.errors);
    const bytes = await readBounded(resolve(ctx.cwd, xlsx));
    if (typeof bytes === "string") return fail([`${xlsx}: ${bytes}`]);
    const imported = await importFactsWorkbook(file.scheme, file.units, bytes);
    if (!imported.ok)
      return fail(
        imported.problems.map(
          (p) =>
            `${xlsx}: ${p.sheet}!${p.cell}（${p.header}）${p.unit !== undefined ? ` ${p.unit}` : ""}: ${p.message}`,
        ),
      );
    const byId = new Map(imported.units.map((u) => [u.id, u.facts]));
    // Imported values replace the file's values fact by fact; blank cells keep what the file had.
    const units = file.units.map((u) => {
      const merged: Record<string, Record<string, unknown>> = {
        ...((u.facts ?? {}) as Record<string, Record<string, unknown>>),
      };
      for (const [code, facts] of Object.entries(byId.get(u.id) ?? {}))
        merged[code] = { ...(merged[code] ?? {}), ...facts };
      return { ...u, facts: merged };
    });
    const json = `${JSON.stringify({ scheme: file.schemeRef, units }, null, 2)}\n`;
    if (o.o === undefined) ctx.stdout.write(json);
    else await writeFile(resolve(ctx.cwd, o.o), json);
    return 0;
  }
  return fail(usage);
};
