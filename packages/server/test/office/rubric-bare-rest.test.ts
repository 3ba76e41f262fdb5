/**
 * What the reader says of the gaps of decision 0294: a bare amount (每份0.2分, 1分/项) gets its
 * direction from the context and the draft says what was assumed; 其余得N分 after ranked places is
 * used (rank.rest), not left over; a Chinese numeral is marked where it is in the verbatim source.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { xlsxOf } from "./layout-files.js";

async function proposalsOf(rows: string[][]) {
  const result = await importRubric(
    await xlsxOf([["序号", "项目", "分值", "评分标准"], ...rows]),
    "xlsx",
  );
  if (!result.ok) throw new Error(result.message);
  // Each item's proposed rule beside its reading (one row, one leaf item).
  const items = result.document.items as { rule?: Record<string, unknown> }[];
  return result.proposals.map((p, i) => ({ rule: items[i]?.rule, reading: p.reading }));
}

describe("bare amounts, the rest of a ranking and numerals on the draft", () => {
  it("deducts a bare amount under a negative condition and says so", async () => {
    const [p] = await proposalsOf([["1", "病历质量", "3", "病历书写不规范的，每份0.2分。"]]);
    expect(p?.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "0.2" }],
    });
    const warnings = p?.reading?.warnings.join("\n") ?? "";
    expect(warnings).toContain("“每份0.2分”未写明扣分还是加分");
    expect(warnings).toContain("视为扣分");
    expect(p?.reading?.unused).toEqual([]);
  });

  it("awards a bare amount of a bonus item and of a condition that is met", async () => {
    const [bonus, met] = await proposalsOf([
      ["1", "宣传报道（加分项）", "2", "在市级以上媒体刊发的，每篇0.5分，最高2分。"],
      ["2", "志愿服务", "2", "参加志愿服务的，1分/次。"],
    ]);
    expect(bonus?.rule).toMatchObject({ kind: "occurrences", mode: "award" });
    expect(bonus?.reading?.warnings.join("\n")).toContain("本项属于加分项，视为加分");
    expect(met?.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "1" }],
    });
    expect(met?.reading?.warnings.join("\n")).toContain("是做到的事项，视为加分");
  });

  it("does not read a bare number that follows no unit of counting", async () => {
    const [p] = await proposalsOf([["1", "年度总结", "2", "按时报送年度总结2分。"]]);
    expect(p?.rule?.kind).not.toBe("occurrences");
  });

  it("uses 其余得N分 after ranked places as the rest's points", async () => {
    const source = "按考核得分排名，第一名得五分，第二名至第三名得四分，其余单位得二分。";
    const [p] = await proposalsOf([["1", "综合排名", "5", source]]);
    expect(p?.rule).toMatchObject({
      kind: "rank",
      awards: [
        { upTo: 1, points: "5" },
        { upTo: 3, points: "4" },
      ],
      rest: "2",
    });
    expect(p?.reading?.unused).toEqual([]);
  });

  it("marks a multi-character numeral where it is in the source", async () => {
    const source = "参保率达到百分之九十五的得满分，每低一个百分点扣零点五分，扣完为止。";
    const [p] = await proposalsOf([["1", "参保", "5", source]]);
    expect(p?.rule).toMatchObject({ kind: "steps", from: "95", points: "0.5" });
    const marked = (p?.reading?.spans ?? []).map((s) => source.slice(s.start, s.end));
    expect(marked.some((m) => m.includes("百分之九十五"))).toBe(true);
    expect(marked.some((m) => m.includes("扣零点五分"))).toBe(true);
  });
});
