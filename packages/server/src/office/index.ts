/**
 * Word and Excel documents (issue 6), as pure functions of plain inputs (the engine's scheme and
 * results, unit and round metadata, narratives) returning file bytes — no database, no HTTP — so
 * the routes, the `kaoping export` command and the benchmark share them. See docs/documents.md.
 */
export { buildScoreSheet } from "./score-sheet.js";
export { buildSelfReport } from "./self-report.js";
export { buildRankingWorkbook, buildRoundWorkbook } from "./round-workbook.js";
export { buildFactsTemplate } from "./facts-template.js";
export { importFactsWorkbook } from "./facts-import.js";
export {
  importPastedRubric,
  importRubric,
  type ItemProposal,
  type RubricImport,
} from "./rubric/import-rubric.js";
export { type ImportSummary } from "./rubric/reading.js";
export { buildZip, safeFileName } from "./batch.js";
