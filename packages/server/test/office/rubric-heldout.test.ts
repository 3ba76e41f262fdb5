/**
 * The rubric reader on held-out sentences (heldout/sentences.ts): sentences written in other
 * counties' wording for the rule kinds and options of decision 0160, not used to tune the reader.
 * Each is imported as a row of a table (after its `before` rows) and the last item's rule, gate
 * and facts compared with the expectation. Accuracy by kind is printed; the committed figure is a
 * floor (docs/rubric-import.md).
 */
import { describe, expect, it } from "vitest";
import { heldOut } from "./heldout/sentences.js";
import { byKindText, measureSentences } from "./heldout/measure.js";

/** Reached (docs/rubric-import.md): right kind, and right kind with the key parameters. */
const reached = { kind: 67, params: 67 };

describe("rubric reader on held-out sentences", () => {
  it("reads the new kinds and options at least as well as committed", async () => {
    const figures = await measureSentences(heldOut);
    const { kinds, params, wrong } = figures;
    console.log(
      `held out: ${kinds}/${heldOut.length} right kind, ${params} with the key parameters; by kind (kind/params/n): ${byKindText(figures)}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined) console.log(wrong.join("\n"));
    expect(heldOut.length).toBeGreaterThanOrEqual(60);
    expect(kinds, wrong.join("\n")).toBeGreaterThanOrEqual(reached.kind);
    expect(params, wrong.join("\n")).toBeGreaterThanOrEqual(reached.params);
  }, 120_000);
});
