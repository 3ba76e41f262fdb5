/**
 * The December 2026 blind round of issue #12 (heldout/blind-2026-12*.ts): 40 sentences and two
 * whole tables written before the reader was read. The figures are printed; the committed floors
 * are the figures after the fixes of decision 0302 (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { blindDecember } from "./heldout/blind-2026-12.js";
import { blindTables } from "./heldout/blind-2026-12-tables.js";
import { checkBlindSentences, checkBlindTables, checkSaid } from "./heldout/blind-round.js";

/** Reached after decision 0302 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 30, points: 30, tableKinds: 18, tableParams: 18 };

/**
 * The sentences whose amount is the assessor's (酌情, expected as such): said to be unclear, not
 * counted as doubt. Needless doubt (decisions 0320, 0325): 5 of 37 before 0325, 2 after (d-34 国家级 not named, d-38 a grade veto alone — each says why).
 */
const ambiguous: readonly string[] = ["d-28", "d-29", "d-30"];
const ceiling = { falseConfidence: 0, confidentWrong: 0, needlessDoubt: 2 };

describe("December 2026 blind round (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12", blindDecember, reached);
  }, 120_000);

  it("says so where a sentence cannot be scored as written, and rarely doubts a right reading", async () => {
    await checkSaid("blind 2026-12", blindDecember, ambiguous, ceiling);
  }, 120_000);

  it("finds the items, points and rules of the two blind tables", async () => {
    await checkBlindTables(blindTables, reached, 30);
  }, 120_000);
});
