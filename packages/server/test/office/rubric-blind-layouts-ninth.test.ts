/**
 * The ninth December 2026 blind round (heldout/blind-2026-12l-tables.ts, -sheets.ts, -pages.ts,
 * decision 0340): eight rubrics written before the import was read — two header rows over points
 * at two levels; 考核标准 and 评分方法 in two columns; a 备注 column of scoring text and data
 * sources; a notice with a 联系人 table after the 细则; 序号 restarting per category with words in
 * the 分值 cells; a 汇总 sheet of formulas before one sheet per category; Word's line breaks inside
 * numbered lines; a PDF of a table over two pages, its header repeated and a row broken across the
 * page. The figures are printed; the floors are the figures reached after the fixes (the before
 * figures, in the comments, were the first floors: commit 155fdd1).
 */
import { describe, it } from "vitest";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";
import {
  blindLayoutsNinthFiles,
  blindLayoutsNinthPrints,
} from "./heldout/blind-2026-12l-tables.js";
import { sofficeInstalled } from "./legacy-files.js";

/**
 * The .docx and .xlsx layouts, reached after decision 0340 (before, measured once on the import as
 * it was: found 47/50, points 40, extra 3, kinds 28/32, params 28, standards 3/7, notes 5/5, said
 * 4/6, titles 6/7). The two scoring texts left are the blind expectation's: it asked for the
 * 考核内容 in the standard; the import keeps it as the item's 考核内容.
 */
const reachedFiles = {
  items: 50,
  found: 50,
  points: 50,
  extra: 0,
  kinds: 32,
  params: 32,
  standards: 5,
  notes: 5,
  said: 6,
  titles: 7,
};

/**
 * The PDF, before (measured once): found 10/10, points 10, extra 0, kinds 6/6, params 6,
 * standards 3/3, notes 1/1, said 2/2, titles 1/1 — read right as it was.
 */
const reachedPrints = {
  items: 10,
  found: 10,
  points: 10,
  extra: 0,
  kinds: 6,
  params: 6,
  standards: 3,
  notes: 1,
  said: 2,
  titles: 1,
};

describe("ninth December 2026 blind round: two-level headers, method columns, 备注, 附件 tables, restarted numbers, 汇总 sheets, line breaks, split rows (decision 0340)", () => {
  it("reads the blind .docx and .xlsx layouts and says what it could not be sure of", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindLayoutsNinthFiles), reachedFiles);
  }, 120_000);

  // Skipped where LibreOffice (soffice) is not installed: it prints the PDF from a .docx.
  it.skipIf(!sofficeInstalled)(
    "reads the blind PDF: a table over two pages, its header repeated, a row broken across the page",
    async () => {
      expectLayoutsReached(await measureBlindLayouts(blindLayoutsNinthPrints), reachedPrints);
    },
    300_000,
  );
});
