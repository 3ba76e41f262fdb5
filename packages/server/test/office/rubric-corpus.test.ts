/**
 * The rubric reader measured on the labelled scoring-phrase corpus (corpus/README.md): every
 * sentence is imported as a one-row table and the proposed kinds compared with the labels. The
 * figures reached are committed here and in docs/rubric-import.md; the test fails below them.
 */
import { describe, expect, it } from "vitest";
import {
  loadCorpus,
  measureEntry,
  needlesslyDoubted,
  tally,
  type EntryResult,
} from "./corpus-measure.js";

/** Reached (docs/rubric-import.md): right kind, and right kind with the key numbers, on all scored entries and on the held-out sources. */
const reached = { all: 116, heldOut: 37, params: 113, heldOutParams: 37 };
/**
 * At most so many entries read right (kind and key numbers, 酌情 labels aside) shown below high
 * confidence (decision 0325): 30 of 107 before, 25 after. Those left are earned or left: a 酌情 part
 * beside fixed points (8), a clause or 不重复扣分 not encoded (4, warned), no scoring sentence (3),
 * a threshold or rank value the text does not give (3), places after the ratio ones (2), one-off
 * readings of 一经发现/不… deductions (3), a choice without its 0 line and a mixed sum (2).
 */
const needlessDoubt = 25;

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
    const doubted = needlesslyDoubted(results);
    console.log(`corpus: ${doubted.length} read right but doubted (needless doubt)`);
    expect(doubted.length, doubted.map((r) => r.id).join(", ")).toBeLessThanOrEqual(needlessDoubt);
  }, 60_000);
});
