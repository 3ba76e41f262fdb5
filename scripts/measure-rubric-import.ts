// Measures the rubric import on the two source documents (shared/seeds/) rebuilt as Word tables:
// writes the .docx fixtures to artifacts/rubric/ and prints, item by item, the template's rule kind,
// the proposed kind and whether the parameters match (docs/rubric-import.md). Run: npx tsx scripts/measure-rubric-import.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { importRubric } from "../packages/server/src/office/rubric/import-rubric.js";
import { measureImport } from "../packages/server/test/office/rubric-measure.js";
import { template } from "../packages/server/test/office/samples.js";
import {
  medicalAidRubricDocx,
  townshipRubricDocx,
} from "../packages/server/test/office/source-rubrics.js";

mkdirSync("artifacts/rubric", { recursive: true });
let items = 0;
let kinds = 0;
let params = 0;
for (const [id, make] of [
  ["township-2022", townshipRubricDocx],
  ["medical-aid-2021", medicalAidRubricDocx],
] as const) {
  const file = await make();
  writeFileSync(`artifacts/rubric/${id}.docx`, file);
  const result = await importRubric(file, "docx", { id: `${id}-imported` });
  if (!result.ok || result.scheme === undefined)
    throw new Error(`${id}: ${result.ok ? JSON.stringify(result.problems) : result.message}`);
  writeFileSync(`artifacts/rubric/${id}-imported.json`, JSON.stringify(result.document, null, 2));
  const m = measureImport(template(id), result.scheme);
  console.log(
    `\n${id}: ${m.items} items, rule kind right ${m.kindRight}, kind and parameters right ${m.paramsRight}`,
  );
  for (const d of m.details) {
    const p = result.proposals.find((x) => x.code === d.code);
    console.log(
      `  ${d.code.padEnd(4)} ${d.expected.padEnd(22)} ${d.proposed.padEnd(22)} ${d.params ? "✓" : "✗"}  ${p?.confidence ?? ""}  ${p?.phrase.slice(0, 40) ?? ""}`,
    );
  }
  items += m.items;
  kinds += m.kindRight;
  params += m.paramsRight;
}
console.log(
  `\ntotal: ${items} items, kind right ${kinds} (${Math.round((100 * kinds) / items)}%), kind and parameters right ${params} (${Math.round((100 * params) / items)}%)`,
);
