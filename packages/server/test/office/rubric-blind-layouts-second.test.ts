/**
 * The fourth December 2026 blind round (heldout/blind-2026-12e-tables.ts, decision 0315): five
 * whole rubrics in table layouts written before the import was read. The figures are printed; the
 * committed floors are the figures after the fixes of decision 0315 (no longer blind).
 */
import { describe, it } from "vitest";
import { blindLayoutsSecond } from "./heldout/blind-2026-12e-tables.js";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";

/** Reached after decision 0315 (the before figures are in the decision). */
const reached = {
  items: 40,
  found: 40,
  points: 40,
  extra: 0,
  kinds: 15,
  params: 14,
  standards: 8,
  notes: 2,
  said: 6,
};

describe("fourth December 2026 blind round: table layouts (decision 0315)", () => {
  it("finds the items, points, rules and scoring text of the five blind layouts, and says what it left", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindLayoutsSecond), reached);
  }, 120_000);
});
