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
