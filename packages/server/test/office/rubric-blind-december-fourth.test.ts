/**
 * The fourth December 2026 blind round of scoring sentences (heldout/blind-2026-12g.ts): 40
 * sentences written before the reader was read, 5 of them discretionary or ambiguous as written.
 * The figures are printed — with needless doubt: clear sentences read right but shown below high
 * confidence. The committed floors (and ceilings) are the figures after the fixes of decision 0320
 * (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { ambiguousFourth, blindDecemberFourth } from "./heldout/blind-2026-12g.js";
import { checkBlindSentences, checkSaid } from "./heldout/blind-round.js";

/** Reached after decision 0320 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 0, points: 0, tableKinds: 0, tableParams: 0 };
/** At most so many sentences read with a confidence they should not have, or doubted needlessly. */
/** (h-32, a grade veto alone, is doubted on purpose: it does not say how its points are earned.) */
const ceiling = { falseConfidence: 0, confidentWrong: 0, needlessDoubt: 1 };

describe("fourth December 2026 blind round of sentences (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12g", blindDecemberFourth, reached);
  }, 120_000);

  it("says so where a sentence cannot be scored as written, is rarely sure and wrong, and rarely doubts a right reading", async () => {
    await checkSaid("blind 2026-12g", blindDecemberFourth, ambiguousFourth, ceiling);
  }, 120_000);
});
