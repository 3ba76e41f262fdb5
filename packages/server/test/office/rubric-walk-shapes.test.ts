/**
 * Shapes found reading a county's sentences after the walk-through (decision 0332), each in
 * wording written for this test: two measures each with its own threshold and points; a band
 * whose outside is referred to («超出该区间的»); a score compared in 分 («得分90分及以上»); bands
 * written to a whole figure below the next («80—89分» under «90分及以上»).
 */
import { scoreRound } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";
import { importRows } from "./layout-files.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

async function totals(text: string, max: string, values: Record<string, string>[]) {
  const r = await importRows([["项目", max, text]]);
  const scheme = r.scheme;
  if (scheme === undefined) throw new Error("the draft did not validate");
  return values.map((facts) => {
    const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts: { "1": facts } }]);
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    return scored.result.units[0]?.total.toString();
  });
}

describe("shapes read after the walk-through", () => {
  it("adds two measures each with its own threshold and points", async () => {
    const text = "住院结算及时率≥98%得2分，费用审核准确率≥95%得2分。";
    const p = read(text, "4");
    expect(p.rule).toMatchObject({ kind: "sum" });
    expect(p.facts.map((f) => f.label)).toEqual(["住院结算及时率", "费用审核准确率"]);
    expect(await totals(text, "4", [{ p1Rate: "99", p2Rate: "90" }])).toEqual(["2"]);
  });

  it("reads a band's outside referred to as distance from its ends", async () => {
    const text = "统筹基金结余率控制在10%—15%之间的得4分，偏离上述范围的，每偏离1个百分点扣1分。";
    const p = read(text, "4");
    expect(p.rule).toMatchObject({
      kind: "pool",
      parts: [
        { rule: { kind: "steps", direction: "below", from: "10" } },
        { rule: { kind: "steps", direction: "over", from: "15" } },
      ],
    });
    expect(await totals(text, "4", [{ rate: "12" }, { rate: "17.5" }, { rate: "9" }])).toEqual([
      "4",
      "1",
      "3",
    ]);
  });

  it("reads a score compared in 分, and closes the gap a whole figure leaves between bands", async () => {
    const text = "年度考评得分95分及以上的得6分，85—94分的得4分，85分以下不得分。";
    const p = read(text, "6");
    expect(p.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "95", points: "6" },
        { gte: "85", lt: "95", points: "4" },
      ],
    });
    expect(String(p.facts[0]?.label)).toBe("年度考评得分");
    expect(
      await totals(text, "6", [{ amount: "96" }, { amount: "94.5" }, { amount: "84" }]),
    ).toEqual(["6", "4", "0"]);
  });
});
