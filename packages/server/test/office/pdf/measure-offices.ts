/**
 * Prints the blind set's figures (decision 0330): per PDF the checks passed of all, and the failures.
 * Run: npx tsx packages/server/test/office/pdf/measure-offices.ts
 */
import { readFile } from "node:fs/promises";
import { officeDrafts } from "./offices-expected.js";
import { measureOffice } from "./offices-measure.js";

let passed = 0;
let all = 0;
let whole = 0;
for (const want of officeDrafts) {
  const bytes = await readFile(new URL(`./${want.file}.pdf`, import.meta.url));
  const { checks, failed } = await measureOffice(bytes, want);
  passed += checks - failed.length;
  all += checks;
  if (failed.length === 0) whole++;
  console.log(`${want.file}: ${checks - failed.length}/${checks}`);
  for (const f of failed) console.log(`  - ${f}`);
}
console.log(`checks ${passed}/${all}; drafts right ${whole}/${officeDrafts.length}`);
