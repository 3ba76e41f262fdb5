/**
 * The December 2026 blind round of issue #12 (heldout/blind-2026-12*.ts): 40 sentences and two
 * whole tables written before the reader was read. The figures are printed; the committed floors
 * are the figures after the fixes of decision 0302 (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { blindDecember } from "./heldout/blind-2026-12.js";
import { blindTables } from "./heldout/blind-2026-12-tables.js";
import { checkBlindSentences, checkBlindTables } from "./heldout/blind-round.js";

/** Reached after decision 0302 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 30, points: 30, tableKinds: 18, tableParams: 18 };

describe("December 2026 blind round (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12", blindDecember, reached);
  }, 120_000);

  it("finds the items, points and rules of the two blind tables", async () => {
    await checkBlindTables(blindTables, reached, 30);
  }, 120_000);
});
