/**
 * What other modules may use of the analysis module (docs/server-conventions.md "Boundaries"):
 * the loss analysis, for the round workbook's 失分分析 sheet.
 */
export { lossAnalysisOf } from "./service.js";
