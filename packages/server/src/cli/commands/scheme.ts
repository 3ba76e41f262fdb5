/**
 * `kaoping scheme explain FILE|TEMPLATE`: every item of a scheme on one line — code, title,
 * 满分 and the rule in plain Chinese (the engine's `explainScheme`), for reviewing a scheme
 * against its 细则 without reading JSON; the scheme's rounding (得分保留小数位数) last, when it has one.
 */
import { explainPlaces, explainScheme } from "@kaoping/engine";
import type { CliRun } from "../main.js";
import { loadScheme } from "../scheme-source.js";

/** Runs `kaoping scheme explain FILE|TEMPLATE`. */
export const run: CliRun = async (args, ctx) => {
  const [sub, ref, ...rest] = args;
  if (sub !== "explain" || ref === undefined || rest.length > 0) {
    ctx.stderr.write("用法：kaoping scheme explain 方案文件|内置方案编号\n");
    return 2;
  }
  const source = await loadScheme(ref, ctx.cwd, "方案");
  if (!source.ok) {
    ctx.stderr.write(`${source.errors.join("\n")}\n`);
    return 1;
  }
  ctx.stdout.write(`${source.scheme.title}\n`);
  for (const line of explainScheme(source.scheme)) {
    const indent = "  ".repeat(line.depth);
    ctx.stdout.write(`${indent}${line.code} ${line.title}（${line.max} 分）：${line.sentence}\n`);
  }
  const places = explainPlaces(source.scheme.places);
  if (places !== undefined) ctx.stdout.write(`${places}\n`);
  return 0;
};
