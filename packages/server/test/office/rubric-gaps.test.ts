/**
 * The rubric reader on the gap sentences (heldout/gaps.ts, decision 0294): multi-digit Chinese
 * numerals, bare amounts whose direction comes from context, 其余得N分 after ranked places, and a
 * base score with add and deduct lines in one cell. Written before the reader was read or changed
 * for them: before 14/31 right kind and 8/31 with the key parameters; after 30/31 and 30/31;
 * 31/31 and 31/31 since the base score is read (decision 0299).
 * The committed figure is a floor (docs/rubric-import.md); HELDOUT_WRONG=1 prints misses.
 */
import { describe, expect, it } from "vitest";
import { gapSentences } from "./heldout/gaps.js";
import { byKindText, measureSentences } from "./heldout/measure.js";

/** Reached: right kind, and right kind with the key parameters. */
const reached = { kind: 31, params: 31 };

describe("rubric reader on the gap sentences", () => {
  it("reads numerals, bare amounts, the rest of a ranking and base scores as committed", async () => {
    const figures = await measureSentences(gapSentences, true);
    const { kinds, params, wrong } = figures;
    console.log(
      `gaps: ${kinds}/${gapSentences.length} right kind, ${params} with the key parameters; by kind (kind/params/n): ${byKindText(figures)}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined) console.log(wrong.join("\n"));
    expect(gapSentences.length).toBeGreaterThanOrEqual(30);
    expect(kinds, wrong.join("\n")).toBeGreaterThanOrEqual(reached.kind);
    expect(params, wrong.join("\n")).toBeGreaterThanOrEqual(reached.params);
  }, 120_000);
});
