/**
 * A requirement stated per month, quarter or half-year (decision 0341): each period must meet it,
 * so what is asked is what each period achieved up to its requirement — the periods that met a
 * once-a-period requirement, or the year's figure with each period's excess not counted — and a
 * shortfall costs what the 细则 writes per unit short. A 全年 shortfall keeps the year's total;
 * with no deduction written, each period short costs its share of the item, said 请核对. Wordings
 * written for this test.
 */
import { scoreRound, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function read(points: string, text: string) {
  const r = await importRows([["考核项目", points, text]]);
  const item = r.leaves[r.leaves.length - 1];
  const said = r.proposals.find((p) => p.code === item?.code)?.reading;
  if (item === undefined || said === undefined) throw new Error(text);
  return { item, said };
}

/** The item's score for one value of its one fact. */
function scoreOf(points: string, item: Awaited<ReturnType<typeof read>>["item"], value: string) {
  const fact = item.facts?.[0];
  const scheme = {
    id: "s",
    title: "测试方案",
    items: [{ code: "1", title: "考核项目", max: points, facts: item.facts, rule: item.rule }],
  } as unknown as Scheme;
  const result = scoreRound(scheme, [
    { id: "u", name: "甲村", facts: { "1": { [String(fact?.name)]: value } } },
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.result.units[0]?.items[0]?.score;
}

describe("a requirement each period", () => {
  it("asks for the year's figure with each period's excess not counted (N a period, N > 1)", async () => {
    const { item } = await read(
      "4",
      "各村（社区）每季度开展医保政策入户宣传不少于2次，每少1次扣0.5分。",
    );
    expect(item.rule).toMatchObject({ kind: "quota", quota: "8", points: "0.5" });
    const fact = item.facts?.[0];
    expect(fact?.label).toContain("每季度超过2次的部分不计");
    expect(String(fact?.max)).toBe("8");
    // Q1 4 times, Q2–Q4 1 each: counted 2 + 1 + 1 + 1 = 5 of 8, three short.
    expect(scoreOf("4", item, "5")).toBe("2.5");
  });

  it("asks for the periods that met a once-a-period requirement", async () => {
    const { item } = await read("3", "每月开展一次两定机构日常巡查，少一次扣0.3分。");
    expect(item.rule).toMatchObject({ kind: "quota", quota: "12", points: "0.3" });
    const fact = item.facts?.[0];
    expect(fact?.label).toMatch(/月份数|个月数/);
    expect(fact?.label).toContain("每月");
    expect(String(fact?.max)).toBe("12");
    expect(scoreOf("3", item, "10")).toBe("2.4");
  });

  it("keeps the year's total where the shortfall is counted over the year (全年每少…)", async () => {
    const { item } = await read("3", "每季度上报医保典型案例不少于2个，全年每少报1个扣0.5分。");
    expect(item.rule).toMatchObject({ kind: "quota", quota: "8", points: "0.5" });
    expect(item.facts?.[0]?.label).toMatch(/^全年/);
    expect(item.facts?.[0]?.label).not.toContain("不计");
  });

  it("without a deduction written, takes each short period's share of the item, said 请核对", async () => {
    const { item, said } = await read("3", "每月向镇医保办报送参保变动情况不少于1次。");
    expect(item.rule).toMatchObject({ kind: "proportional", of: "12" });
    expect(item.facts?.[0]?.label).toContain("每月不少于1次");
    expect(scoreOf("3", item, "9")).toBe("2.25");
    expect(said.confidence).toBeLessThan(0.8);
    expect(said.warnings.join("")).toMatch(/请核对/);
    expect(said.warnings.join("")).toContain("每月");
  });
});
