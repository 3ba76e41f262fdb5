/**
 * The parts of the reading added for the misses of the fourth December 2026 blind round of
 * sentences (decision 0320), each on wording other than the blind sentence that showed it, and
 * the readings it no longer doubts needlessly.
 */
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function leaf(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  if (item === undefined) throw new Error(text);
  return { ...item, reading: r.proposals[r.proposals.length - 1]?.reading };
}

describe("reading parts of the fourth December 2026 blind round of sentences", () => {
  it("reads 满分后不再加分 as the item's cap (used, not a 加分 left over), so it does not doubt the count", async () => {
    const r = await leaf("1", "每培训1名村级协管员并经考核合格的加0.1分，满分后不再加分。");
    expect(r.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.1" }],
    });
    expect(r.reading?.unused).toEqual([]);
    expect(r.reading?.level).toBe("high");
  });

  it("counts 每<act>1场…计N分 and 每<act>1个<what is counted>…的加N分", async () => {
    const r = await leaf("2", "每举办1场医保政策专题讲座计0.5分。");
    expect(r.rule).toMatchObject({ kind: "occurrences", mode: "award", terms: [{ points: "0.5" }] });
    const named = await leaf("2", "每培育1个长期护理保险定点服务机构并通过省级评估的加0.4分。");
    expect(named.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "0.4" }],
    });
  });
});
