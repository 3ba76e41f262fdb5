/**
 * What the reader tells the administrator about an item (reading.ts): the source with its parts
 * marked as spans of the verbatim text, every clause used or listed as unused, the confidence and
 * its level, and the import summary counting items by level. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { xlsxOf } from "./layout-files.js";

async function readingsOf(rows: string[][]) {
  const result = await importRubric(
    await xlsxOf([["序号", "项目", "分值", "评分标准"], ...rows]),
    "xlsx",
  );
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the reading of an imported item", () => {
  it("marks the parts in the verbatim source and lists the clause the rule does not use", async () => {
    const source =
      "未按时上报的，每次扣0.5分，扣完为止；工作有创新的，酌情加分。（每季度核查一次）";
    const r = await readingsOf([["1", "信息上报", "5", source]]);
    const reading = r.proposals[0]?.reading;
    if (reading === undefined) throw new Error("no reading");
    expect(reading.source).toBe(source);
    const marked = reading.spans.map((s) => [s.part, source.slice(s.start, s.end)]);
    expect(marked).toContainEqual(["unit", "每次"]);
    expect(marked).toContainEqual(["action", "扣0.5分"]);
    expect(marked).toContainEqual(["limit", "扣完为止"]);
    expect(marked).toContainEqual(["discretion", "酌情加分"]);
    // Spans sorted, inside the source, not overlapping.
    reading.spans.forEach((s, i) => {
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(source.length);
      expect(s.start).toBeGreaterThanOrEqual(reading.spans[i - 1]?.end ?? 0);
    });
    // A 酌情 bonus cannot join a per-occurrence deduction: it is listed, and the confidence drops.
    expect(r.proposals[0]?.kind).toBe("occurrences");
    expect(reading.unused).toContain("工作有创新的，酌情加分");
    expect(reading.level).toBe("medium");
    expect(reading.warnings.join("")).toContain("未纳入");
    // Every clause is either used or listed.
    const listed = reading.clauses.filter((c) => !c.used).map((c) => source.slice(c.start, c.end));
    expect(listed).toEqual(reading.unused);
  });

  it("puts a 酌情扣分 clause beside fixed deductions into one deduction pool, every clause used", async () => {
    const source = "未按时上报的，每次扣0.5分；资料归档不规范的，酌情扣分，扣完为止。";
    const r = await readingsOf([["1", "信息上报", "5", source]]);
    const p = r.proposals[0];
    expect(p?.kind).toBe("pool");
    expect(p?.reading.unused).toEqual([]);
  });

  it("gives the parts of a 多项合计 or 共用扣分 draft valid fact names: the draft validates", async () => {
    const r = await readingsOf([
      ["1", "信息上报", "5", "未按时上报的，每次扣0.5分；资料归档不规范的，酌情扣分，扣完为止。"],
      ["2", "参保", "5", "参保率每低1个百分点扣0.5分；每发生一起违规事件扣1分。"],
    ]);
    // Two deductions share the item's points (decision 0292): a 共用扣分 pool, not a sum of two
    // rules that each score the item's points less their own deduction.
    expect(r.proposals.map((p) => p.kind)).toEqual(["pool", "pool"]);
    expect(r.problems).toEqual([]);
    expect(r.scheme).toBeDefined();
  });

  it("counts the items by confidence in the summary; an unreadable standard is low", async () => {
    const r = await readingsOf([
      ["1", "参保", "5", "参保率达到98%的得5分，每低1个百分点扣1分。"],
      ["2", "宣传", "3", "宣传工作开展情况。"],
    ]);
    expect(r.proposals.map((p) => [p.kind, p.reading.level])).toEqual([
      ["steps", "high"],
      ["discretionary", "low"],
    ]);
    expect(r.summary).toMatchObject({ items: 2, high: 1, medium: 0, low: 1 });
  });
});
