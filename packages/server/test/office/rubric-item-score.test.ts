// A rank on another item's 得分 is linked to the item it names (docs/decisions/0293): by its
// number (第3项, 第三项) or its title ("基金监管"项), resolved against the draft's items once the
// whole rubric is read; the rule then ranks on that item's computed score. A reference to no
// item, to the item itself or to a group it belongs to keeps the entered value and its warning.
import { describe, expect, it } from "vitest";
import { importRows, type Leaf } from "./layout-files.js";

const before: [string, string, string][] = [
  ["参保扩面", "10", "参保率达到95%，每低1个百分点扣0.5分。"],
  ["待遇保障", "10", "未按规定落实待遇的，每发现1例扣1分。"],
  ["基金监管", "10", "未开展定点医药机构全覆盖检查的扣5分；发现违规问题未处理的，每例扣1分。"],
];

describe("a rank on another item's score is linked to that item", () => {
  it.each([
    "按第3项得分在全县排名，第1名得3分，第2-3名得1分。",
    "按第三项得分在全县排名，第1名得3分，第2-3名得1分。",
    "以“基金监管”项得分在全县排名，第1名得3分，第2-3名得1分。",
    "根据基金监管项考核得分排名，第1名得3分，第2-3名得1分。",
  ])("%s", async (text) => {
    const r = await importRows([...before, ["综合排名", "3", text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "rank", itemScore: "3", order: "desc" });
    expect(leaf.rule).not.toHaveProperty("fact");
    expect(leaf.facts ?? []).toEqual([]);
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.warnings.join("")).toContain("排名依据为第3项“基金监管”的得分");
    expect(reading?.warnings.join("")).not.toContain("暂按填报的数值排名");
    expect(reading?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(r.scheme).toBeDefined();
  });

  it.each([
    ["no such item", "按第9项得分在全县排名，第1名得3分。"],
    ["the item itself", "按第4项得分在全县排名，第1名得3分。"],
    ["this item (本项)", "按本项得分在全县排名，第1名得3分。"],
    ["an unknown title", "按医保信息化项得分在全县排名，第1名得3分。"],
  ])("keeps the entered value when the reference names %s", async (_case, text) => {
    const r = await importRows([...before, ["综合排名", "3", text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "rank", fact: "value" });
    expect(leaf.rule).not.toHaveProperty("itemScore");
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.warnings.join("")).toContain("其他项目计算出的得分");
  });
});

// A comparison of an item's 得分 with the round's mean (docs/decisions/0300): 与平均值比较 on the
// item named, linked like a rank; 本项/本指标 is the rule's own score (a cycle), so it stays an
// entered value with a warning asking the administrator which item is meant.
describe("a comparison of another item's score with the mean is linked to that item", () => {
  // [row's max, sentence, item read, direction, step, points]
  it.each([
    ["3", "第三项得分低于各乡镇平均分的，每低1分扣1分。", "3", "below", "1", "1"],
    ["3", "第3项得分低于全县平均分的，每低0.5分扣0.5分，扣完为止。", "3", "below", "0.5", "0.5"],
    ["2", "“基金监管”项得分低于全县平均水平的，每低1分扣0.5分。", "3", "below", "1", "0.5"],
    ["3", "基金监管项考核得分不低于全县平均分的得满分，每低1分扣1分。", "3", "below", "1", "1"],
    // One deduction however far below: one step as wide as the referenced item's points.
    ["2", "第二项得分低于各乡镇平均分的扣1分。", "2", "below", "10", "1"],
    ["2", "待遇保障项得分未达到全市平均值的，扣2分。", "2", "below", "10", "2"],
  ])("%s分 %s", async (max, text, code, direction, step, points) => {
    const r = await importRows([...before, ["均分比较", max, text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toEqual({
      kind: "vsMean",
      value: { itemScore: code },
      direction,
      step,
      points,
      rounding: "up",
    });
    expect(leaf.facts ?? []).toEqual([]);
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.warnings.join("")).toContain(`比较依据为第${code}项`);
    expect(r.scheme).toBeDefined();
  });

  // 高于 is strictly above (decision 0303): 与平均值比较 with an addition, the mean itself adds nothing.
  it.each([
    [
      "1",
      "第1项得分高于全县平均得分的加1分。",
      { step: "10", points: "0", bonus: { step: "10", points: "1", cap: "1", rounding: "up" } },
    ],
    [
      "2",
      "第1项得分高于全县平均分的，每高1分加0.5分，最多加2分。",
      { step: "1", points: "0", bonus: { step: "1", points: "0.5", cap: "2", rounding: "down" } },
    ],
    [
      "2",
      "第1项得分超过全县平均分的，每高出1分加1分。",
      { step: "1", points: "0", bonus: { step: "1", points: "1", cap: "2", rounding: "down" } },
    ],
  ])("%s分 %s: an exact addition, no approximation", async (max, text, rule) => {
    const r = await importRows([...before, ["均分比较", max, text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toEqual({
      kind: "vsMean",
      value: { itemScore: "1" },
      direction: "below",
      rounding: "up",
      ...rule,
    });
    const reading = r.proposals.find((p) => p.code === "4")?.reading;
    expect(reading?.warnings.join("")).toContain("比较依据为第1项");
    expect(reading?.warnings.join("")).not.toContain("恰好等于平均分");
    expect(reading?.warnings.join("")).not.toContain("本项分值");
    expect(r.scheme).toBeDefined();
  });

  it("says what a unit at the mean scores when the item's points exceed the addition", async () => {
    const r = await importRows([
      ...before,
      ["均分比较", "2", "第1项得分高于全县平均得分的加1分。"],
    ]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toMatchObject({ bonus: { points: "1", cap: "1" } });
    const reading = r.proposals.find((p) => p.code === "4")?.reading;
    expect(reading?.warnings.join("")).toContain(
      "本项分值 2 分多于加分 1 分：不高于平均分的得 1 分",
    );
  });

  it.each([
    ["本项得分高于全县平均得分的加1分。", "本项自身的得分"],
    ["本指标得分低于全县平均分的，每低1分扣1分。", "本项自身的得分"],
    ["第9项得分低于全县平均分的，每低1分扣1分。", "暂按填报的数值比较"],
  ])("keeps an entered value and asks: %s", async (text, warning) => {
    const r = await importRows([...before, ["均分比较", "1", text]]);
    expect(r.problems).toEqual([]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "vsMean", value: { fact: "value" } });
    expect(leaf.facts?.[0]).toMatchObject({ name: "value", type: "decimal" });
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.warnings.join("")).toContain(warning);
    expect(reading?.confidence).toBeLessThanOrEqual(0.5);
  });

  it("does not invent points for 按超出比例加分 and says so", async () => {
    const r = await importRows([
      ...before,
      ["均分比较", "2", "第1项得分超过平均水平的，按超出比例加分。"],
    ]);
    const leaf = r.leaves[3] as Leaf;
    expect(leaf.rule).toMatchObject({ kind: "discretionary" });
    const reading = r.proposals.find((p) => p.code === leaf.code)?.reading;
    expect(reading?.warnings.join("")).toContain("未写明加分的比例");
  });
});
