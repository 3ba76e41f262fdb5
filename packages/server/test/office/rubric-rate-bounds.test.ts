/**
 * Rates entered as they are: a completion rate above 100% (超额完成) and a change below 0 (比上年
 * 下降) are accepted and scored; a coverage rate keeps 0–100. Before, every imported percentage
 * was 0–100, so «完成率 103» and «增长率 −2» were refused at entry. Wording written for this test.
 */
import { scoreRound, type Item, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { xlsxOf } from "./layout-files.js";

async function scheme() {
  const r = await importRubric(
    await xlsxOf([
      ["序号", "考核项目", "分值", "评分标准"],
      ["1", "征缴进度", "10", "按年度征缴任务完成率×10分计分，最高10分。"],
      ["2", "基金收入", "4", "医保基金收入增长率达到3%的得4分，每低1个百分点扣1分。"],
      ["3", "参保覆盖", "5", "参保率达到97%得5分，每低1个百分点扣1分。"],
    ]),
    "xlsx",
  );
  if (!r.ok || r.scheme === undefined) throw new Error("the draft did not validate");
  return { scheme: r.scheme as Scheme, items: r.document.items as Item[] };
}

function scored(s: Scheme, items: Item[], values: [string, string, string]) {
  const facts = Object.fromEntries(
    items.map((it, i) => [it.code, { [it.facts?.[0]?.name ?? ""]: values[i] }]),
  );
  return scoreRound(s, [{ id: "u", name: "甲镇", facts }]);
}

describe("the range of an imported rate", () => {
  it("accepts a completion rate above 100 and a change below 0", async () => {
    const { scheme: s, items } = await scheme();
    const r = scored(s, items, ["103", "-2", "97"]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 10 (capped) + 4 − 5 × 1 → 0 + 5.
    expect(r.result.units[0]?.total.toString()).toBe("15");
  });

  it("keeps a coverage rate within 0–100, refused in Chinese naming the rate", async () => {
    const { scheme: s, items } = await scheme();
    const r = scored(s, items, ["90", "3", "101"]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(JSON.stringify(r)).toMatch(/101 超过上限 100（参保率）/);
  });
});
