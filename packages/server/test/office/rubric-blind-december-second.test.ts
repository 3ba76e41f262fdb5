/**
 * The second December 2026 blind round of issue #12 (heldout/blind-2026-12b*.ts): 40 sentences and
 * one whole table written before the reader was read. The figures are printed; the committed floors
 * are the figures after the fixes of decision 0311 (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { blindDecemberSecond } from "./heldout/blind-2026-12b.js";
import { blindTablesSecond } from "./heldout/blind-2026-12b-tables.js";
import { checkBlindSentences, checkBlindTables, checkSaid } from "./heldout/blind-round.js";

/** Reached after decision 0311 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 12, points: 12, tableKinds: 8, tableParams: 8 };

/**
 * The sentences whose amount is the assessor's (酌情, expected as such): said to be unclear, not
 * counted as doubt. Needless doubt (decisions 0320, 0325): 3 of 38 before 0325, 2 after (e-16 the points at no change not written, e-32 a city mean — each says why).
 */
const ambiguous: readonly string[] = ["e-27", "e-28"];
const ceiling = { falseConfidence: 0, confidentWrong: 0, needlessDoubt: 2 };

describe("second December 2026 blind round (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12b", blindDecemberSecond, reached);
  }, 120_000);

  it("says so where a sentence cannot be scored as written, and rarely doubts a right reading", async () => {
    await checkSaid("blind 2026-12b", blindDecemberSecond, ambiguous, ceiling);
  }, 120_000);

  it("finds the items, points and rules of the blind table", async () => {
    await checkBlindTables(blindTablesSecond, reached, 12);
  }, 120_000);
});
