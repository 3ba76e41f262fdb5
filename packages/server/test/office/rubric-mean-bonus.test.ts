// An addition above (or, lower being better, below) the round's mean on a measured value
// (docs/decisions/0303): 「高于全县平均水平的，每高出1个百分点加0.5分，最多加2分」 is 与平均值比较
// with `bonus` — each step strictly better than the mean adds, up to the cap (the item's points
// when none is written); nothing is deducted. It was read as a deduction above the mean.
import { describe, expect, it } from "vitest";
import { importRows, type Leaf } from "./layout-files.js";

describe("an addition beside the mean on a measured value is vsMean with bonus", () => {
  // [row's max, sentence, direction, step, bonus points, cap]
  it.each([
    [
      "2",
      "参保率高于全县平均水平的，每高出1个百分点加0.5分，最多加2分。",
      "below",
      "1",
      "0.5",
      "2",
    ],
    ["2", "参保率高于全县平均水平的，每高出1个百分点加0.5分。", "below", "1", "0.5", "2"],
    ["3", "续保率超过全市平均值的，每超过2个百分点加1分，最多加3分。", "below", "2", "1", "3"],
  ])("%s分 %s", async (max, text, direction, step, points, cap) => {
    const r = await importRows([["参保扩面", max, text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[0] as Leaf;
    expect(leaf.rule).toMatchObject({
      kind: "vsMean",
      direction,
      step,
      points: "0",
      bonus: { step, points, cap, rounding: "down" },
    });
    expect(r.scheme).toBeDefined();
  });
});
