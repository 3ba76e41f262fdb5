/**
 * «全面完成的得8分；完成率每低1个百分点扣1分»: a base that states the task done is the full
 * completion rate (100%) the steps count down from — known, not a base without a number — and the
 * measure is the 完成率 the steps name, not words of the base («以省下达目标任务为基准» is no
 * subject «省下»; «全面完成的得8分» no subject «全面完成的得»). Wording written for this test.
 */
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

describe("a base that states the task done", () => {
  it.each([
    [
      "以市医保局下达的年度扩面任务为基准，全部完成的得6分；完成率每低1个百分点扣0.5分。",
      "6",
      "0.5",
    ],
    ["按时完成年度征缴任务的得4分，完成率每下降1个百分点扣1分，扣完为止。", "4", "1"],
  ])("%s", (text, max, points) => {
    const p = read(text, max);
    expect(p.rule).toMatchObject({ kind: "steps", direction: "below", from: "100", points });
    expect(String(p.facts[0]?.label)).toMatch(/完成率$/);
    expect(String(p.facts[0]?.label)).not.toMatch(/下达|的得|^省|^市/);
    expect(p.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
