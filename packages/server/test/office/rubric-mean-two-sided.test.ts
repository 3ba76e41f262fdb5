// A two-sided comparison with the mean on one measured value (docs/decisions/0303): a deduction
// below the mean and an addition above it 「不低于全县平均水平的得2分，每低1个百分点扣0.5分；高于的每
// 高出1个百分点加0.5分，最多加2分」 is ONE 与平均值比较 with `bonus` on one fact — the mean scores
// the stated points (the item's points less the addition's cap). It was read as 多项合计 of two
// vsMean parts on two facts, the mean scoring the item's points plus the addition.
import { describe, expect, it } from "vitest";
import { importRows, type Leaf } from "./layout-files.js";

describe("a deduction below and an addition above the mean on one value are one vsMean", () => {
  // [row's max, sentence, step, points, bonus step, bonus points, cap]
  it.each([
    [
      "4",
      "不低于全县平均水平的得2分，每低1个百分点扣0.5分；高于的每高出1个百分点加0.5分，最多加2分。",
      "1",
      "0.5",
      "1",
      "0.5",
      "2",
    ],
    [
      "5",
      "参保率达到全县平均水平的得3分，每低1个百分点扣1分；高于全县平均水平的，每高出2个百分点加0.5分。",
      "1",
      "1",
      "2",
      "0.5",
      "2",
    ],
    [
      "3",
      "续保率低于全市平均值的，每低1个百分点扣0.5分；超过全市平均值的，每超过1个百分点加1分，最多加1分。",
      "1",
      "0.5",
      "1",
      "1",
      "1",
    ],
    [
      "4",
      "参保率不低于全县平均水平的得2分，每低2个百分点扣1分；高于全县平均水平的，每高出1个百分点加0.5分，最多加2分。",
      "2",
      "1",
      "1",
      "0.5",
      "2",
    ],
  ])("%s分 %s", async (max, text, step, points, bStep, bPoints, cap) => {
    const r = await importRows([["参保扩面", max, text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[0] as Leaf;
    expect(leaf.rule).toEqual({
      kind: "vsMean",
      value: { fact: leaf.facts[0]?.name },
      direction: "below",
      step,
      points,
      rounding: "up",
      bonus: { step: bStep, points: bPoints, cap, rounding: "down" },
    });
    expect(leaf.facts).toHaveLength(1);
    expect(leaf.facts[0]).toMatchObject({ type: "pct" });
    expect(r.scheme).toBeDefined();
  });

  it("two different values (参保率 below, 续保率 above) stay two parts", async () => {
    const r = await importRows([
      [
        "参保扩面",
        "4",
        "参保率不低于全县平均水平的得2分，每低1个百分点扣0.5分；续保率高于全县平均水平的，每高出1个百分点加0.5分，最多加2分。",
      ],
    ]);
    const leaf = r.leaves[0] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "sum" });
    expect(leaf.facts).toHaveLength(2);
  });

  it("an addition that does not fit the points at the mean (得2分 + 最多加2分 of 5) is not merged", async () => {
    const r = await importRows([
      [
        "参保扩面",
        "5",
        "参保率不低于全县平均水平的得2分，每低1个百分点扣0.5分；高于全县平均水平的，每高出1个百分点加0.5分，最多加2分。",
      ],
    ]);
    const leaf = r.leaves[0] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "sum" });
  });
});
