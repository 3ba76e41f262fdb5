/**
 * The sixth December 2026 blind round (heldout/blind-2026-12h-tables.ts, decision 0322): five
 * whole rubrics in table layouts written before the import was read. The figures are printed; the
 * committed floors are the figures after the fixes of decision 0322 (no longer blind).
 */
import { describe, it } from "vitest";
import { blindLayoutsFourth } from "./heldout/blind-2026-12h-tables.js";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";

/** Reached after decision 0322 (the before figures are in the decision). */
const reached = {
  items: 51,
  found: 51,
  points: 51,
  extra: 0,
  kinds: 36,
  params: 36,
  standards: 9,
  notes: 5,
  said: 8,
  titles: 4,
};

describe("sixth December 2026 blind round: table layouts (decision 0322)", () => {
  it("finds the items, points, rules, scoring text and title of the five blind layouts, and says what it left", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindLayoutsFourth), reached);
  }, 120_000);
});
