/**
 * `kaoping score FACTS.json [--scheme ID|FILE] [--json]`: scores a facts file with the engine
 * alone (no database). Exit 0 when scored (complete or not); 2 on invalid input, with stdout
 * empty and one line per problem on stderr (`unit: 4.1.rate: reason`).
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { findImprovements, scoreRound, type UnitFacts } from "@kaoping/engine";
import type { CliRun } from "../main.js";
import { parseJsonLossless } from "../../http/lossless-json.js";
import { loadScheme } from "../scheme-source.js";
import { renderRound } from "../score-sheet.js";

const usage = "用法：kaoping score FACTS.json [--scheme ID|FILE] [--json]";

/** Splits the arguments; undefined when they do not fit the usage. */
function parseArgs(args: string[]): { file: string; scheme?: string; json: boolean } | undefined {
  let file: string | undefined;
  let scheme: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--json") json = true;
    else if (a === "--scheme") {
      scheme = args[++i];
      if (scheme === undefined) return undefined;
    } else if (a.startsWith("--scheme=")) scheme = a.slice("--scheme=".length);
    else if (a.startsWith("-") || file !== undefined) return undefined;
    else file = a;
  }
  return file === undefined
    ? undefined
    : { file, json, ...(scheme !== undefined ? { scheme } : {}) };
}

/**
 * The facts part of a document: the document itself, or the `input` of a fixture file
 * (`{ description, input, expect }`, see shared/fixtures/README.md), so fixtures can be scored as they are.
 */
function factsOf(doc: Record<string, unknown>): Record<string, unknown> {
  const input = doc.input;
  const isFixture =
    !("units" in doc) && input !== null && typeof input === "object" && !Array.isArray(input);
  return isFixture ? (input as Record<string, unknown>) : doc;
}

/** Runs `kaoping score`. */
export const run: CliRun = async (args, ctx) => {
  const fail = (lines: string[]) => {
    for (const line of lines) ctx.stderr.write(`${line}\n`);
    return 2;
  };
  const opts = parseArgs(args);
  if (opts === undefined) return fail([usage]);
  const path = resolve(ctx.cwd, opts.file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return fail([`${opts.file}: 无法读取文件`]);
  }
  const parsed = parseJsonLossless(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok)
    return fail([
      `${opts.file}: 第 ${parsed.line} 行第 ${parsed.column} 列：JSON 格式错误：${parsed.message}`,
    ]);
  const doc = parsed.value;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    return fail([`${opts.file}: 事实文件应为 JSON 对象 { "scheme": …, "units": […] }`]);
  const { scheme: schemeRef, units } = factsOf(doc as Record<string, unknown>);
  const ref = opts.scheme ?? schemeRef;
  if (typeof ref !== "string" || ref === "")
    return fail([`${opts.file}: scheme: 缺少考核方案（scheme 字段或 --scheme 参数）`]);
  const source =
    opts.scheme !== undefined
      ? await loadScheme(ref, ctx.cwd, "--scheme")
      : await loadScheme(ref, dirname(path), `${opts.file}: scheme`);
  if (!source.ok) return fail(source.errors);
  const scored = scoreRound(source.scheme, units);
  if (!scored.ok)
    return fail(
      scored.problems.map((p) => `${p.unit === "" ? opts.file : p.unit}: ${p.path}: ${p.message}`),
    );
  // 得分提升: every unit's improvements, each checked by rescoring the round (valid input only).
  const given = units as { facts: unknown }[];
  const inputs: UnitFacts[] = scored.result.units.map((u, i) => ({
    id: u.id,
    name: u.name,
    facts: given[i]?.facts,
  }));
  const found = findImprovements(source.scheme, inputs);
  if (!opts.json) {
    ctx.stdout.write(renderRound(scored.result, source.scheme.title, found));
    return 0;
  }
  const result = {
    ...scored.result,
    units: scored.result.units.map((u, i) => ({
      ...u,
      improvements: (found[i]?.improvements ?? []).map(({ code, gain, facts, text }) => ({
        code,
        gain,
        facts,
        text,
      })),
      cannotImprove: (found[i]?.fixed ?? []).map(({ code, lost, text }) => ({ code, lost, text })),
    })),
  };
  ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
};
