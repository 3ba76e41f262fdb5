/**
 * A credit catalogue (issue 12, decision 0261): signed figures in their own 加减分 column beside a
 * condition with no figure of its own. A range (-5至-50, +1至20, 扣0.5-1分) is 视情节 from its
 * lower to its upper figure (0 when nothing happened), the item's points the upper one (was: the
 * first figure, 5 of -5至-50, and no range); a bare 视情节减分 in the text gives way to the figure;
 * a lower and an upper bound in one condition (N元以上M元以下) are one band. Rows written for
 * this test in the catalogue's layout (corpus README), not taken from it.
 */
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { xlsxOf } from "./layout-files.js";

interface Leaf {
  code: string;
  max: string;
  rule: Record<string, unknown> & { kind: string };
  facts: Record<string, unknown>[];
}

async function catalogue(rows: [string, string, string][]): Promise<Leaf[]> {
  const r = await importRubric(
    await xlsxOf([
      ["序号", "评价类别", "评价标准", "加减分"],
      ...rows.map((row, i) => [String(i + 1), ...row]),
    ]),
    "xlsx",
  );
  if (!r.ok) throw new Error(r.message);
  expect(r.problems).toEqual([]);
  return r.document.items as unknown as Leaf[];
}

describe("signed figures of a credit catalogue", () => {
  it.each([
    ["其他违反诚信经营的行为，视情节减分", "-5至-50", "discretionaryDeduction", "5", "50"],
    ["存在不良信用记录的", "－2至－10", "discretionaryDeduction", "2", "10"],
    ["资料报送不规范的", "扣0.5-1分", "discretionaryDeduction", "0.5", "1"],
    ["其他值得表彰的守信行为，视情况加分", "+10至50", "discretionary", "10", "50"],
    ["参加社区志愿活动的", "加1—20分", "discretionary", "1", "20"],
  ])("%s | %s: 视情节 from the lower to the upper figure", async (text, figure, kind, min, max) => {
    const [leaf] = await catalogue([["信用记录", text, figure]]);
    expect(leaf?.rule.kind).toBe(kind);
    expect(leaf?.max).toBe(max);
    expect(leaf?.facts[0]).toMatchObject({ min, max, orZero: true });
  });

  it("a deduction or a bonus with its sign, each event counted", async () => {
    const [debt, award] = await catalogue([
      ["银行信贷", "有拖欠还贷记录的", "-10"],
      ["社会公益", "无偿献血的", "+5"],
    ]);
    expect(debt?.rule).toMatchObject({
      kind: "occurrences",
      mode: "deduct",
      terms: [{ points: "10" }],
    });
    expect(award?.rule).toMatchObject({
      kind: "occurrences",
      mode: "award",
      terms: [{ points: "5" }],
    });
  });

  it("a lower and an upper bound in one condition are one band", async () => {
    const [fine] = await catalogue([["行政处罚", "受到罚款1000元以上5000元以下行政处罚的", "-20"]]);
    expect(fine?.max).toBe("20");
    expect(fine?.rule).toMatchObject({
      kind: "bands",
      bands: [{ gte: "1000", lt: "5000", points: "0" }],
    });
  });
});
