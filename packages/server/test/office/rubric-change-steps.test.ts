/**
 * Steps on a change from last year (较上年/与上年相比/同比 …每下降1个百分点扣N分): the measure is the
 * change itself, entered signed (−1.5 for a fall of 1.5 points) and counted from 0 — before, the
 * steps ran down from 100 on a fact named «参保率较上年», so a township typing its rate (98.5) lost 2
 * steps whatever last year's was. A change may be negative at entry: the fact's range runs from
 * −100 (decision 0348). Wordings written for this test.
 */
import { describe, expect, it } from "vitest";
import { importedItem, itemScores } from "./imported-item.js";

describe("steps on a change from last year", () => {
  it("counts a one-sided step on the change from 0, the change entered signed", async () => {
    const item = await importedItem(
      "4",
      "城乡居民医保参保率与上年相比每降低1个百分点扣1分，扣完为止。",
    );
    expect(item.rule).toMatchObject({ kind: "steps", from: "0", direction: "below" });
    const fact = item.facts[0];
    expect(String(fact?.label)).toMatch(/参保率较上年增减/);
    expect(fact).toMatchObject({ min: "-100" });
    expect(itemScores("4", item, [{ 增减: "-2" }, { 增减: "0" }, { 增减: "1" }])).toEqual([
      "2",
      "4",
      "4",
    ]);
  });

  it("lets the two-sided change be entered below 0", async () => {
    const item = await importedItem(
      "5",
      "职工医保扩面人数同比每增加1个百分点加0.5分，每减少1个百分点扣0.5分，最高5分。",
    );
    expect(item.facts[0]).toMatchObject({ min: "-100" });
  });
});
