/**
 * Points by level after a scope that names the lowest level with 以上 (decision 0326):
 * «获得县级以上表彰的，县级加1分、市级加2分、省级加3分» — each level its own points; the scope's 以上
 * does not give the higher levels the lowest one's points.
 */
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: true, subjects: new Map() }).proposal;
}

function pointsByLevel(p: ReturnType<typeof read>): Record<string, string> | undefined {
  const rule = p.rule as { terms?: { byField?: { points: Record<string, string> } }[] };
  return rule.terms?.[0]?.byField?.points;
}

describe("points by level after a scope with 以上", () => {
  it("gives each named level its own points, and the unnamed top the highest named", () => {
    const p = read(
      "工作经验材料被县级以上部门采纳推广的，县级加0.5分、市级加1分、省级加2分。",
      "3",
    );
    expect(p.rule.kind).toBe("occurrences");
    expect(pointsByLevel(p)).toEqual({
      county: "0.5",
      city: "1",
      province: "2",
      national: "2",
    });
  });

  it("reads a scope from 市级 with its levels listed after commas", () => {
    const p = read(
      "在市级以上媒体宣传报道的，市级每篇加0.2分，省级每篇加0.5分，国家级每篇加1分。",
      "2",
    );
    expect(pointsByLevel(p)).toMatchObject({ city: "0.2", province: "0.5", national: "1" });
  });

  it("still reads one amount for a level and all above it", () => {
    const p = read("被县级通报的每次扣1分，被市级以上通报的每次扣2分。", "5");
    expect(pointsByLevel(p)).toEqual({ county: "1", city: "2", province: "2", national: "2" });
  });
});
