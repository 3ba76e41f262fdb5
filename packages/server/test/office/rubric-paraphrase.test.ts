/**
 * The rubric reader on paraphrases (heldout/paraphrases.ts, issue #12): the older kinds in other
 * counties' words — synonyms, Chinese numerals, 个百分点/%/％/百分之N, else branches. Written and
 * measured before the reader was changed for them.
 *
 * Before (the reader of commit 58e0d98): 41/45 right kind, 33/45 with the key parameters — occurrences
 * 16/15/16, steps 9/5/10, bands 2/0/5, quota 4/4/4, checklist 4/4/4, discretionary 2/2/2,
 * discretionaryDeduction 2/2/2, rank 2/1/2 (kind/params/n).
 * After the general fixes (lexicon: 减少/减去, 得全分, 差/发生/查实 as counting verbs, 减 after a
 * unit; 百分之九十五 normalised to 95%; ranges with 至/到 and places 第四至六名; scores as the
 * measure, 90分以上 / 80-90分; an else branch 其余/其他情况/否则得N分 → bands `otherwise`;
 * 不低于 and 及以下 bounds of bands; a threshold in the step's own sentence with 低于/高于; a
 * 不扣分 statement as the base of steps; 得满分/不得分 with a threshold beside other thresholds
 * as bands): 45/45 and 45/45. Not blind — the misses were looked at; the fixes are parts, not
 * sentences.
 *
 * A second set (heldout/paraphrases-blind.ts, 15 sentences) was written after those changes and
 * measured once without changing the reader for it: 15/15 right kind, 15/15 with the key
 * parameters (blind for the changes of decision 0261).
 *
 * Written forms (heldout/paraphrases-forms.ts, 12): before 8/12 and 6/12; after reading 扣N分/次 as
 * a count, comparison signs (≥ ≤ < >, A≤x<B) as thresholds and refusing an empty band from the
 * older bands recogniser: 10/12 and 9/12; with 按次扣分 read as naming the method (a clause
 * listed as unused, not a count of its own): 10/12 and 10/12. With bare amounts read (每次0.5分,
 * 1分/项: the direction from the context, decision 0294): 12/12 and 12/12.
 *
 * The committed figure is a floor (docs/rubric-import.md); HELDOUT_WRONG=1 prints the misses.
 */
import { describe, expect, it } from "vitest";
import { paraphrases } from "./heldout/paraphrases.js";
import { blindParaphrases } from "./heldout/paraphrases-blind.js";
import { formParaphrases } from "./heldout/paraphrases-forms.js";
import { byKindText, measureSentences } from "./heldout/measure.js";

/** Reached: right kind, and right kind with the key parameters. */
const reached = { kind: 45, params: 45 };

describe("rubric reader on paraphrased sentences", () => {
  it("reads other counties' wording at least as well as committed", async () => {
    const figures = await measureSentences(paraphrases);
    const { kinds, params, wrong } = figures;
    console.log(
      `paraphrases: ${kinds}/${paraphrases.length} right kind, ${params} with the key parameters; by kind (kind/params/n): ${byKindText(figures)}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined) console.log(wrong.join("\n"));
    expect(paraphrases.length).toBeGreaterThanOrEqual(40);
    expect(kinds, wrong.join("\n")).toBeGreaterThanOrEqual(reached.kind);
    expect(params, wrong.join("\n")).toBeGreaterThanOrEqual(reached.params);
  }, 120_000);

  it("reads the second, blind set at least as well as first measured", async () => {
    const figures = await measureSentences(blindParaphrases);
    const { kinds, params, wrong } = figures;
    console.log(
      `blind paraphrases: ${kinds}/${blindParaphrases.length} right kind, ${params} with the key parameters; by kind: ${byKindText(figures)}`,
    );
    expect(kinds, wrong.join("\n")).toBeGreaterThanOrEqual(15);
    expect(params, wrong.join("\n")).toBeGreaterThanOrEqual(15);
  }, 60_000);

  it("reads written forms (N分/次, ≥, A≤x<B) at least as well as committed", async () => {
    const figures = await measureSentences(formParaphrases);
    const { kinds, params, wrong } = figures;
    console.log(
      `form paraphrases: ${kinds}/${formParaphrases.length} right kind, ${params} with the key parameters; by kind: ${byKindText(figures)}`,
    );
    if (process.env.HELDOUT_WRONG !== undefined) console.log(wrong.join("\n"));
    expect(kinds, wrong.join("\n")).toBeGreaterThanOrEqual(12);
    expect(params, wrong.join("\n")).toBeGreaterThanOrEqual(12);
  }, 60_000);
});
