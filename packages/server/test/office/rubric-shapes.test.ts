/**
 * Sentence shapes the reader composes from general parts (issue 12, decision 0292): a number of
 * days, months, years or an age is a window, not a rate threshold; two shortfalls in one item are
 * a sum of two quotas; points against the unit's total (扣总分N分, 倒扣, 从总分中扣除); a rank on
 * another item's score; 不重复扣分. Sentences written for this test in several wordings each,
 * not taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { xlsxOf } from "./layout-files.js";

interface Leaf {
  code: string;
  rule: Record<string, unknown> & { kind: string };
  facts: Record<string, unknown>[];
  gate?: Record<string, unknown>;
}

/** Imports rows (项目, 分值, 评分标准) as one table; the leaves, proposals and the draft's problems. */
async function importRows(rows: [string, string, string][]) {
  const result = await importRubric(
    await xlsxOf([
      ["序号", "项目", "分值", "评分标准"],
      ...rows.map((r, i) => [String(i + 1), ...r]),
    ]),
    "xlsx",
  );
  if (!result.ok) throw new Error(result.message);
  return { ...result, leaves: result.document.items as unknown as Leaf[] };
}

/** The rule of a single item with this text. */
async function ruleOf(text: string, points = "5"): Promise<Leaf> {
  const r = await importRows([["考核项目", points, text]]);
  expect(r.problems).toEqual([]);
  return r.leaves[0] as Leaf;
}

describe("a number of days, months, years or an age is a window, not the threshold", () => {
  it.each([
    ["新生儿出生后90日内参保登记率达到95%，每低1个百分点扣0.5分。", "95", "0.5"],
    ["参保人员异地就医备案3个工作日内办结率达到98%，每下降1个百分点扣1分。", "98", "1"],
    ["出院后30天内结算率不低于90%，每低1个百分点扣0.2分。", "90", "0.2"],
    ["65周岁以上老年人健康管理率达到70%，每降低1个百分点扣0.5分。", "70", "0.5"],
  ])("%s", async (text, from, points) => {
    const item = await ruleOf(text);
    expect(item.rule).toMatchObject({ kind: "steps", direction: "below", from, step: "1", points });
    // What is measured keeps its window or age in its name.
    const label = String(item.facts[0]?.label);
    expect(label).toMatch(/\d/);
    expect(label).toMatch(/率$/);
  });

  it("reads bands on the rate, not on the age", async () => {
    const item = await ruleOf(
      "60周岁以上老年人家庭医生签约率达到80%的得4分，70%-80%的得2分，低于70%不得分。",
      "4",
    );
    expect(item.rule).toMatchObject({
      kind: "bands",
      bands: [
        { gte: "80", points: "4" },
        { gte: "70", lt: "80", points: "2" },
      ],
    });
    expect(item.facts[0]?.label).toBe("60周岁以上老年人家庭医生签约率");
  });

  it("takes the quota of a count, not the window it is counted in", async () => {
    const item = await ruleOf("30日内开展政策培训不少于3次，每少1次扣1分。", "3");
    expect(item.rule).toMatchObject({ kind: "quota", quota: "3", points: "1" });
  });

  it("keeps a time limit as the base of a step counted in days", async () => {
    const item = await ruleOf("5个工作日内办结的得满分，每超1天扣0.5分。");
    expect(item.rule).toMatchObject({ kind: "steps", direction: "over", from: "5", points: "0.5" });
  });
});
