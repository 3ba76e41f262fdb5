/**
 * The third December 2026 blind round of scoring sentences (heldout/blind-2026-12d.ts): 40
 * sentences written before the reader was read, 5 of them discretionary or ambiguous as written.
 * The figures are printed; the committed floors (and ceilings of false confidence) are the figures
 * after the fixes of decision 0314 (no longer blind — docs/rubric-import.md).
 */
import { describe, it } from "vitest";
import { ambiguousThird, blindDecemberThird } from "./heldout/blind-2026-12d.js";
import { checkBlindSentences, checkSaid } from "./heldout/blind-round.js";

/** Reached after decision 0314 (the before figures are in the decision). */
const reached = { kind: 40, params: 40, items: 0, points: 0, tableKinds: 0, tableParams: 0 };
/** At most so many sentences read with a confidence they should not have (after 0314). */
/**
 * Needless doubt (decision 0320): 7 of 35 before, 3 after (g-22 sum, g-23 piecewise, g-24 vsMean),
 * each earned (decision 0325): the middle places' base, the cumulative second band and a city
 * mean are assumptions, and each now says so in a warning.
 */
const ceiling = { falseConfidence: 0, confidentWrong: 0, needlessDoubt: 3 };

describe("third December 2026 blind round of sentences (issue #12)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12d", blindDecemberThird, reached);
  }, 120_000);

  it("says so where a sentence cannot be scored as written, and is rarely sure and wrong", async () => {
    await checkSaid("blind 2026-12d", blindDecemberThird, ambiguousThird, ceiling);
  }, 120_000);
});
