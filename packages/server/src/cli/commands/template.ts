/** `kaoping template show ID`: prints a built-in template as the scheme JSON `--scheme FILE` reads back. */
import { getTemplate, listTemplates } from "@kaoping/engine";
import type { CliRun } from "../main.js";

/** Runs `kaoping template show ID`. */
export const run: CliRun = async (args, ctx) => {
  const [sub, id, ...rest] = args;
  if (sub !== "show" || id === undefined || rest.length > 0) {
    ctx.stderr.write("用法：kaoping template show ID\n");
    return 2;
  }
  const scheme = getTemplate(id);
  if (scheme === undefined) {
    ctx.stderr.write(
      `未知的考核方案 ${JSON.stringify(id)}（内置方案：${listTemplates()
        .map((t) => t.id)
        .join("、")}）\n`,
    );
    return 2;
  }
  ctx.stdout.write(`${JSON.stringify(scheme, null, 2)}\n`);
  return 0;
};
