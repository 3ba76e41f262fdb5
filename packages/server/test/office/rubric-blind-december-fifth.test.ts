/**
 * The fifth December 2026 blind round of scoring sentences (heldout/blind-2026-12h.ts): 40
 * sentences written before the reader was read, 5 of them discretionary or ambiguous as written.
 * The figures are printed — right kind, key parameters, false confidence on the ambiguous ones,
 * wrong at high confidence, needless doubt. The committed floors (and ceilings) are the figures
 * after the fixes of decision 0321 (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { ambiguousFifth, blindDecemberFifth } from "./heldout/blind-2026-12h.js";
import { checkBlindSentences, checkSaid } from "./heldout/blind-round.js";

/** Reached after decision 0321 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 0, points: 0, tableKinds: 0, tableParams: 0 };
/** At most so many sentences read with a confidence they should not have, or doubted needlessly. */
/** (i-1, the ratio to the best, and i-14, an event's deduction read as one-off, are doubted on purpose.) */
const ceiling = { falseConfidence: 0, confidentWrong: 0, needlessDoubt: 2 };

describe("fifth December 2026 blind round of sentences (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12h", blindDecemberFifth, reached);
  }, 120_000);

  it("says so where a sentence cannot be scored as written, is rarely sure and wrong, and rarely doubts a right reading", async () => {
    await checkSaid("blind 2026-12h", blindDecemberFifth, ambiguousFifth, ceiling);
  }, 120_000);
});
