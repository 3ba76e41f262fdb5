import { it } from "vitest";
import { readDocxRubric } from "../../src/office/rubric/table.js";
import { blindLayoutsNinthFiles } from "./heldout/blind-2026-12l-tables.js";
it("d", async () => {
  const t = blindLayoutsNinthFiles[Number(process.env.N ?? 0)]!;
  const r = await readDocxRubric(await t.build());
  console.log(JSON.stringify(r, (k, v) => (v instanceof Map ? [...v] : v), 1).slice(0, 6000));
});
