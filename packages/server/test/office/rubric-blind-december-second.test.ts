/**
 * The second December 2026 blind round of issue #12 (heldout/blind-2026-12b*.ts): 40 sentences and
 * one whole table written before the reader was read. The figures are printed; the committed floors
 * are the figures after the fixes of decision 0311 (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { blindDecemberSecond } from "./heldout/blind-2026-12b.js";
import { blindTablesSecond } from "./heldout/blind-2026-12b-tables.js";
import { checkBlindSentences, checkBlindTables } from "./heldout/blind-round.js";

/** Reached after decision 0311 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 12, points: 12, tableKinds: 8, tableParams: 8 };

describe("second December 2026 blind round (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12b", blindDecemberSecond, reached);
  }, 120_000);

  it("finds the items, points and rules of the blind table", async () => {
    await checkBlindTables(blindTablesSecond, reached, 12);
  }, 120_000);
});
