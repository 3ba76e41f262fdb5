/**
 * What a count is entered under, named from the counting clause as staff would name the column:
 * «…全覆盖，每少巡查1家次» → 少巡查家次数 (the requirement before it is not the thing counted);
 * «每有1个问题未按期整改» → 未按期整改问题个数; «每有1个» → no «有» in the name. Before:
 * «…巡查全覆盖少巡查家数», «问题未按期整改有个数». Wording written for this test.
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
