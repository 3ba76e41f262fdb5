/**
 * Grades listed with their points and no verb (decision 0326): «好10分、较好8分、一般5分、差0分»,
 * «优秀10分，良好8分，合格6分，不合格0分» — one grade chosen by the reviewer (按选项计分), not 酌情打分
 * and not a one-line checklist.
 */
import { describe, expect, it } from "vitest";
import { proposeItem } from "../../src/office/rubric/read-item.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

function options(p: ReturnType<typeof read>): { label: string; points: string }[] {
  const rule = p.rule as { options?: { value: string; points?: string }[] };
  const values = (p.facts[0] as { values?: { value: string; label: string }[] }).values ?? [];
  return (rule.options ?? []).map((o) => ({
    label: values.find((v) => v.value === o.value)?.label ?? "",
    points: o.points ?? "",
  }));
}

describe("a list of grades with their points", () => {
  it("reads grades after 评定： as one choice among them", () => {
    const p = read("由县局组织明察暗访评定：优良12分、中等9分、较差4分、很差0分。", "12");
    expect(p.rule.kind).toBe("option");
    expect(options(p)).toEqual([
      { label: "优良", points: "12" },
      { label: "中等", points: "9" },
      { label: "较差", points: "4" },
      { label: "很差", points: "0" },
    ]);
    expect(p.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("reads grades separated by commas, with 为 or 得 before the points", () => {
    const p = read("综合评价等次：优秀为6分，良好为4.5分，合格为3分，不合格为0分。", "6");
    expect(p.rule.kind).toBe("option");
    expect(options(p).map((o) => o.points)).toEqual(["6", "4.5", "3", "0"]);
  });

  it("reads grades after 评定为 and before 评定, the first with its verb", () => {
    const after = read("经现场检查评定为规范的得8分、较规范6分、不规范2分。", "8");
    expect(options(after)).toEqual([
      { label: "规范", points: "8" },
      { label: "较规范", points: "6" },
      { label: "不规范", points: "2" },
    ]);
    const before = read("按满意8分、基本满意5分、不满意0分评定。", "8");
    expect(options(before).map((o) => o.label)).toEqual(["满意", "基本满意", "不满意"]);
  });

  it("reads grades with their points in brackets, before a count of grades", () => {
    const p = read(
      "年终由考核组结合日常督查情况综合评定，分为优秀（10分）、良好（7.5分）、合格（5分）、不合格（0分）四个等次。",
      "10",
    );
    expect(p.rule.kind).toBe("option");
    expect(options(p)).toEqual([
      { label: "优秀", points: "10" },
      { label: "良好", points: "7.5" },
      { label: "合格", points: "5" },
      { label: "不合格", points: "0" },
    ]);
    const bare = read("评定为好(6分)、较好(4分)、差(1分)。", "6");
    expect(options(bare).map((o) => o.points)).toEqual(["6", "4", "1"]);
  });

  it("does not take points by level of office (increasing, per occurrence) for grades", () => {
    const p = read("被表彰的，县级加1分、市级加2分、省级加3分。", "3");
    expect(p.rule.kind).not.toBe("option");
  });

  it("does not take places (第一名4分、第二名3分…) for grades", () => {
    const p = read("按办结时效排名：第一名4分、第二名3分、第三名2分。", "4");
    expect(p.rule.kind).not.toBe("option");
  });

  it("does not take a grade list whose top is above the item's points", () => {
    const p = read("评定：好10分、较好8分、一般5分。", "5");
    expect(p.rule.kind).not.toBe("option");
  });
});
