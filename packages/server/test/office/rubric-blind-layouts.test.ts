/**
 * The third December 2026 blind round (heldout/blind-2026-12c-tables.ts, decision 0312): four
 * whole rubrics in table layouts written before the import was read. The figures are printed; the
 * committed floors are the figures after the fixes of decision 0312 (no longer blind).
 */
import { describe, it } from "vitest";
import { blindLayouts } from "./heldout/blind-2026-12c-tables.js";
import { expectLayoutsReached, measureBlindLayouts } from "./heldout/blind-round.js";

/** Reached after decision 0312 (the before figures are in the decision). */
const reached = {
  items: 26,
  found: 26,
  points: 26,
  extra: 0,
  kinds: 20,
  params: 20,
  standards: 10,
  notes: 4,
  said: 0,
};

describe("third December 2026 blind round: table layouts (decision 0312)", () => {
  it("finds the items, points, rules and scoring text of the four blind layouts", async () => {
    expectLayoutsReached(await measureBlindLayouts(blindLayouts), reached);
  }, 120_000);
});
