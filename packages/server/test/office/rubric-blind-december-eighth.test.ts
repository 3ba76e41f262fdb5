/**
 * The eighth December 2026 blind round of scoring sentences (heldout/blind-2026-12l.ts): 40
 * sentences written before the reader was read, 4 of them discretionary or ambiguous as written.
 * The figures are printed — right kind, key parameters, false confidence on the ambiguous ones,
 * wrong at high confidence, needless doubt. The before figures are in decision 0339; the test
 * asks for every sentence read right.
 */
import { describe, it } from "vitest";
import { ambiguousEighth, blindDecemberEighth } from "./heldout/blind-2026-12l.js";
import { checkBlindSentences, checkSaid } from "./heldout/blind-round.js";

/** What the round asks for after its fixes (the before figures are in decision 0339). */
const reached = { kind: 40, params: 40, items: 0, points: 0, tableKinds: 0, tableParams: 0 };
/** At most so many sentences read with a confidence they should not have, or doubted needlessly. */
const ceiling = { falseConfidence: 0, confidentWrong: 0, needlessDoubt: 0 };

describe("eighth December 2026 blind round of sentences (decision 0339)", () => {
  it("reads the blind sentences at least as well as committed", async () => {
    await checkBlindSentences("blind 2026-12l", blindDecemberEighth, reached);
  }, 120_000);

  it("says so where a sentence cannot be scored as written, is rarely sure and wrong, and rarely doubts a right reading", async () => {
    await checkSaid("blind 2026-12l", blindDecemberEighth, ambiguousEighth, ceiling);
  }, 120_000);
});
