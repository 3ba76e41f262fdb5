/**
 * The fifth December 2026 blind round (heldout/blind-2026-12f-tables.ts, decision 0319): four
 * whole rubrics in table layouts written before the import was read. The figures are printed; the
 * committed floors are the figures after the fixes of decision 0319 (no longer blind).
 */
import { describe, it } from "vitest";
import { blindLayoutsThird } from "./heldout/blind-2026-12f-tables.js";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";

/** Reached after decision 0319 (the before figures are in the decision). */
const reached = {
  items: 35,
  found: 35,
  points: 35,
  extra: 0,
  kinds: 17,
  params: 17,
  standards: 7,
  notes: 2,
  said: 13,
  titles: 2,
};

describe("fifth December 2026 blind round: table layouts (decision 0319)", () => {
  it("finds the items, points, rules, scoring text and title of the four blind layouts, and says what it left", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindLayoutsThird), reached);
  }, 120_000);
});
