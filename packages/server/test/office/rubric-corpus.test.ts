/**
 * The rubric reader measured on the labelled scoring-phrase corpus (corpus/README.md): every
 * sentence is imported as a one-row table and the proposed kinds compared with the labels. The
 * figures reached are committed here and in docs/rubric-import.md; the test fails below them.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus, measureEntry, tally, type EntryResult } from "./corpus-measure.js";

/** Reached (docs/rubric-import.md): right kind, and right kind with the key numbers, on all scored entries and on the held-out sources. */
const reached = { all: 116, heldOut: 37, params: 113, heldOutParams: 37 };

describe("rubric reader on the scoring-phrase corpus", () => {
  it("proposes the labelled kind for at least the committed number of sentences", async () => {
    const results: EntryResult[] = [];
    for (const e of loadCorpus()) results.push(await measureEntry(e));
    const all = tally(results);
    const held = tally(results.filter((r) => r.heldOut));
    const rows = Object.entries(all.byKind).map(([k, [r, n]]) => `${k} ${r}/${n}`);
    console.log(
      `corpus: ${all.right}/${all.scored} right kind, ${all.params} with the key numbers; held out ${held.right}/${held.scored}, ${held.params}; ${rows.join(", ")}`,
    );
    const wrong = results
      .filter((r) => r.ok === false)
      .map((r) => `${r.id}: ${r.kind} → ${r.got.join(",")}`);
    expect(all.right, wrong.join("\n")).toBeGreaterThanOrEqual(reached.all);
    expect(held.right, wrong.join("\n")).toBeGreaterThanOrEqual(reached.heldOut);
    const numbers = results.filter((r) => r.ok === true && !r.params).map((r) => r.id);
    expect(all.params, numbers.join(", ")).toBeGreaterThanOrEqual(reached.params);
    expect(held.params, numbers.join(", ")).toBeGreaterThanOrEqual(reached.heldOutParams);
  }, 60_000);
});
