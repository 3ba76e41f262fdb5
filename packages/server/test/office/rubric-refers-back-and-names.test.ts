/**
 * «未发生X的得5分；发生的，本项不得分并取消评优资格» / «…；出现的，一票否决»: the consequence's bare
 * «发生的» refers back to the X the award names. The gate reads the same 是/否 fact as the award —
 * the reviewer answers once — and names X in its reason. Before, a second fact «未发生» was asked
 * for beside «未发生X», and the two could contradict. Wording written for this test.
 */
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

describe("a consequence whose condition refers back to the award's", () => {
  it.each([
    [
      "未发生医保信息系统数据泄露事件的得4分；发生的，本项不得分并取消评先评优资格。",
      "ineligible",
      "数据泄露",
    ],
    ["全年未出现定点医药机构骗保案件的得6分，出现的，一票否决。", "veto", "骗保案件"],
  ])("%s", (text, effect, named) => {
    const p = read(text, effect === "veto" ? "6" : "4");
    expect(p.facts).toHaveLength(1);
    expect(p.gate).toMatchObject({ fact: p.facts[0]?.name, pass: true, effect });
    expect(p.gate?.reason).toContain(named);
  });
});

describe("a count's name", () => {
  it.each([
    ["每被县委简报采用1篇加0.5分，被县政府网站采用1篇加0.3分，本项最高2分。", "2"],
    ["每被省级以上媒体报道1次加1分，被市级媒体报道1次加0.5分，最高加3分。", "3"],
  ])("does not begin with the 每 that marks the step, nor end with the points: %s", (text, max) => {
    const labels = read(text, max).facts.map((f) => String(f.label));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l).not.toMatch(/^每/);
      expect(l).not.toMatch(/\d分/);
    }
  });
});
