/**
 * The eighth December 2026 blind round (heldout/blind-2026-12k-tables.ts, -pages.ts, decision
 * 0336): seven rubrics written before the import was read — totals in a 注, in a sheet's row and
 * stated twice unlike; numbered lines in a cell that do not come to the 分值, pasted from Word; a
 * red-head 文件's notice; a one-page PDF with its header and footer at the body's size; a lineless
 * PDF with no points column. The figures are printed; the floors are the figures reached after
 * the fixes (the before figures, in the comments, were the first floors: commit d4f65f3).
 */
import { describe, it } from "vitest";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";
import {
  blindLayoutsSixthFiles,
  blindLayoutsSixthPrints,
} from "./heldout/blind-2026-12k-tables.js";
import { sofficeInstalled } from "./legacy-files.js";

/**
 * The .docx, .xlsx and pasted layouts, reached after decision 0336 (before, measured once on the
 * import as it was: found 26/27, points 19, extra 9, kinds 17/20, params 17, standards 1/3, notes
 * 10/11, said 8/12, titles 5/5, totals 0/3).
 */
const reachedFiles = {
  items: 27,
  found: 27,
  points: 27,
  extra: 0,
  kinds: 20,
  params: 20,
  standards: 3,
  notes: 11,
  said: 12,
  titles: 5,
  totals: 3,
};

/**
 * The two PDFs, reached after decision 0336 (before: found 5/10, points 5, extra 7, kinds 5/10,
 * params 4 — 5 with 业务审核's expectation corrected to the engine's «over» —, standards 0/1,
 * notes 3/3, said 2/2, titles 1/2). 医保信息化's «低于70%的扣5分» is read as a band (the sentence
 * reader's, not the layout's): kinds 9/10.
 */
const reachedPrints = {
  items: 10,
  found: 10,
  points: 10,
  extra: 0,
  kinds: 9,
  params: 9,
  standards: 1,
  notes: 3,
  said: 2,
  titles: 2,
};

describe("eighth December 2026 blind round: totals, numbered lines, prints and pastes (decision 0336)", () => {
  it("reads the blind .docx, .xlsx and pasted layouts and says what it could not be sure of", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindLayoutsSixthFiles), reachedFiles);
  }, 120_000);

  // Skipped where LibreOffice (soffice) is not installed: it prints the two PDFs from a .docx.
  it.skipIf(!sofficeInstalled)(
    "reads the blind PDFs: furniture at the body's size on one page, a lineless table without a 分值 column",
    async () => {
      expectLayoutsReached(await measureBlindLayouts(blindLayoutsSixthPrints), reachedPrints);
    },
    300_000,
  );
});
