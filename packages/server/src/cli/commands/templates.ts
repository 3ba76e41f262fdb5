/** `kaoping templates`: lists the built-in templates. */
import { listTemplates } from "@kaoping/engine";
import type { CliRun } from "../main.js";
import { renderTable } from "../text-table.js";

/** Runs `kaoping templates`. */
export const run: CliRun = async (args, ctx) => {
  if (args.length > 0) {
    ctx.stderr.write("用法：kaoping templates\n");
    return 2;
  }
  ctx.stdout.write(
    renderTable(
      ["编号", "名称", "说明"],
      listTemplates().map((t) => [t.id, t.title, t.description]),
    ),
  );
  return 0;
};
