/**
 * Word and Excel documents (issue 6), as pure functions of plain inputs (the engine's scheme and
 * results, unit and round metadata, narratives) returning file bytes — no database, no HTTP — so
 * the routes, the `kaoping export` command and the benchmark share them. See docs/documents.md.
 */
export { buildScoreSheet, type ScoreSheetInput } from "./score-sheet.js";
export { buildSelfReport, type SelfReportInput } from "./self-report.js";
export {
  buildRoundWorkbook,
  type RoundWorkbookInput,
  type WorkbookUnit,
} from "./round-workbook.js";
export { buildFactsTemplate, type FactsTemplateInput } from "./facts-template.js";
export { importFactsWorkbook, type FactsImport, type ImportProblem } from "./facts-import.js";
export {
  importRubric,
  type RubricImport,
  type ItemProposal,
  type RubricImportOptions,
} from "./rubric/import-rubric.js";
export {
  partNames,
  type ItemReading,
  type ImportSummary,
  type SourceSpan,
  type PartKind,
} from "./rubric/reading.js";
export { buildZip, safeFileName, type BatchEntry } from "./batch.js";
export { safeCellText } from "./spreadsheet-text.js";
export { checkZip, defaultZipLimits, type ZipLimits } from "./zip-guard.js";
