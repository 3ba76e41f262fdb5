/**
 * What a count is entered under, named from the counting clause as staff would name the column:
 * «…全覆盖，每少巡查1家次» → 少巡查家次数 (the requirement before it is not the thing counted);
 * «每有1个问题未按期整改» → 未按期整改问题个数; «每有1个» → no «有» in the name. Before:
 * «…巡查全覆盖少巡查家数», «问题未按期整改有个数». A 不得分 condition that is a failure to act is
 * asked as its doing (未开展宣传 → 已开展宣传; was 无未开展宣传). Wording written for this test.
 */
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";

function labelOf(text: string): string {
  const p = proposeItem(text, { code: "1", max: "5", bonus: false, subjects: new Map() }).proposal;
  expect(p.rule).toMatchObject({ kind: "occurrences", mode: "deduct" });
  return String(p.facts[0]?.label);
}

describe("a count's name", () => {
  it.each([
    ["每半年对辖区两定机构现场检查全覆盖，每少检查1家次扣0.5分，扣完为止。", "少检查家次数"],
    ["每有1件投诉未按时办结扣1分", "未按时办结投诉件数"],
    ["每有1名参保人员不符合待遇享受条件扣0.2分", "不符合待遇享受条件参保人员人数"],
    ["审计发现违规问题的，每有1个扣1分", "审计发现违规问题个数"],
  ])("%s → %s", (text, label) => {
    expect(labelOf(text)).toBe(label);
  });
});

describe("the yes/no question of a 不得分 condition", () => {
  it.each([
    ["按时报送总结的得3分；未开展宣传的不得分；报送迟于规定时间的扣1分。", "已开展宣传"],
    ["未按时上报的，本项不得分；每迟报1天扣0.5分", "已按时上报"],
  ])("%s → %s (never 无未…)", (text, label) => {
    const p = proposeItem(text, { code: "1", max: "5", bonus: false, subjects: new Map() });
    expect(p.proposal.gate).toMatchObject({ effect: "zero", pass: true });
    const fact = p.proposal.facts.find((f) => f.name === p.proposal.gate?.fact);
    expect(fact?.label).toBe(label);
  });
});
