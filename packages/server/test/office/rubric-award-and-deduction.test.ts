/**
 * An award on one matter beside a deduction on another («培训覆盖率达到90%得3分；发生违规操作一次扣1
 * 分»): the deduction is taken from what the award gives — 多项合计 from a 基础分 of 0. Before, the
 * parts were added with the deduction counted from the item's whole points, so a unit that met the
 * award lost nothing for a violation (3 + (3 − 1), capped at 3). Where the deduction is on the
 * award's own matter («整改率100%得6分；有一件差评未按期整改扣1分») the award is the full marks the
 * deduction starts from, as before — each case counted (decision 0333). Wording written for this test.
 */
import { scoreRound } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRows } from "./layout-files.js";

async function totals(text: string, max: string, values: Record<string, unknown>[]) {
  const r = await importRows([["项目", max, text]]);
  const scheme = r.scheme;
  if (scheme === undefined) throw new Error("the draft did not validate");
  const names = (r.leaves[0]?.facts ?? []).map((f) => String(f.name));
  const scores = values.map((v) => {
    const facts = Object.fromEntries(names.map((n, i) => [n, Object.values(v)[i]]));
    const scored = scoreRound(scheme, [{ id: "u", name: "甲镇", facts: { "1": facts } }]);
    if (!scored.ok) throw new Error(JSON.stringify(scored.problems));
    return scored.result.units[0]?.total.toString();
  });
  return { rule: r.leaves[0]?.rule, scores };
}

describe("an award and a deduction in one standard", () => {
  it("takes a deduction on another matter from what the award gives", async () => {
    const { rule, scores } = await totals(
      "业务培训覆盖率达到90%得4分；发生违规办理业务的，每次扣1分。",
      "4",
      [
        { rate: "95", count: 0 },
        { rate: "95", count: 1 },
        { rate: "80", count: 1 },
        { rate: "80", count: 0 },
      ],
    );
    expect(rule).toMatchObject({ kind: "sum", base: "0" });
    expect(scores).toEqual(["4", "3", "0", "0"]);
  });

  it("keeps a deduction on the award's own matter from the full marks", async () => {
    // 有一件…扣1分 is each one (decision 0333): the count of cases, from the full marks.
    const { rule, scores } = await totals(
      "投诉件办结率100%得5分；有一件投诉未按期办结扣1分。",
      "5",
      [{ open: 0 }, { open: 1 }, { open: 3 }],
    );
    expect(rule).toMatchObject({ kind: "occurrences", terms: [{ points: "1" }] });
    expect(scores).toEqual(["5", "4", "2"]);
  });
});
