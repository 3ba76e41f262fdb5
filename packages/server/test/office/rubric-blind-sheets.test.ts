/**
 * The December 2026 blind round of workbooks as offices make them (heldout/blind-2026-12i-sheets.ts,
 * decision 0323): four .xlsx with real cell types, formats, formulas, hidden rows and columns,
 * written before the import was read. The figures are printed; the committed floors are the
 * figures after the fixes of decision 0323 (no longer blind).
 */
import { describe, it } from "vitest";
import { blindSheets } from "./heldout/blind-2026-12i-sheets.js";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";

/** Reached after decision 0323 (the before figures are in the decision). */
const reached = {
  items: 28,
  found: 28,
  points: 28,
  extra: 0,
  kinds: 15,
  params: 15,
  standards: 3,
  notes: 7,
  said: 5,
  titles: 4,
};

describe("December 2026 blind round: workbooks as offices make them (decision 0323)", () => {
  it("finds the items, points, rules, scoring text and title of the four blind workbooks, and says what it left", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindSheets), reached);
  }, 120_000);
});
