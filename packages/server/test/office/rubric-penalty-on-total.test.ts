/**
 * A deduction on the unit's total after the item's 不得分 («…的，本项不得分，并扣减总分3分»,
 * «发生的本项不得分并在总分中扣5分», «…本项不得分；另从总分中扣1分») is a penalty beyond the item,
 * as 追加扣除 is. Before, it was lost (a one-line award at 80 %) or read as a deduction within the
 * item under a fact named «并». A bare «发生的» after «未发生X的得N分» reads the award's own fact,
 * never a second one that could contradict it. Wording written for this test.
 */
import { scoreRound, type Item, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { importRubric } from "../../src/office/rubric/import-rubric.js";
import { proposeItem } from "../../src/office/rubric/read-item.js";
import { xlsxOf } from "./layout-files.js";

function read(text: string, max: string) {
  return proposeItem(text, { code: "1", max, bonus: false, subjects: new Map() }).proposal;
}

describe("a deduction on the total after the item's 不得分", () => {
  it.each([
    ["发生医保领域重大舆情事件的，本项不得分，并扣减总分3分。", "3"],
    ["出现定点机构串换药品问题被查处的，本项不得分；另从总分中扣2分", "2"],
    ["存在违规使用基金行为的，该项不得分，同时在考核总分中扣4分。", "4"],
  ])("%s", (text, points) => {
    const p = read(text, "6");
    expect(p.rule).toMatchObject({ kind: "penalty", penalties: [{ points, zeroItem: true }] });
    const labels = p.facts.map((f) => String(f.label));
    expect(labels).toHaveLength(1);
    expect(labels[0]).not.toMatch(/^(?:并|另|同时)/);
    expect(p.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it("reads a bare 发生的 as the award's own fact", () => {
    const p = read("全年未发生冒名就医案件的得4分，发生的本项不得分并在总分中扣2分。", "4");
    expect(p.rule).toMatchObject({
      kind: "penalty",
      rule: { kind: "checklist", mode: "award" },
      penalties: [{ points: "2", zeroItem: true, when: { equals: false } }],
    });
    expect(p.facts).toHaveLength(1);
    const fact = p.facts[0]?.name;
    expect(
      (p.rule as unknown as { penalties: { when: { fact: string } }[] }).penalties[0]?.when.fact,
    ).toBe(fact);
  });

  it("keeps a deduction on the total with a condition of its own off the penalty", () => {
    const p = read("发生一起扣减总分2分", "5");
    expect(p.rule).toMatchObject({ kind: "toTotal", sign: "minus" });
  });

  it("scores the item 0 and takes the points from the unit's total", async () => {
    const r = await importRubric(
      await xlsxOf([
        ["序号", "考核项目", "分值", "评分标准"],
        [
          "1",
          "安全稳定",
          "5",
          "未发生因医保问题引发的群体性事件的得5分，发生的本项不得分并在总分中扣5分。",
        ],
        ["2", "信息报送", "5", "按时报送的得5分。"],
      ]),
      "xlsx",
    );
    if (!r.ok) throw new Error(r.message);
    const [a, b] = r.document.items as Item[];
    const fa = a?.facts?.[0]?.name ?? "";
    const fb = b?.facts?.[0]?.name ?? "";
    const total = (calm: boolean) => {
      const scored = scoreRound(r.scheme as Scheme, [
        { id: "u", name: "甲镇", facts: { "1": { [fa]: calm }, "2": { [fb]: true } } },
      ]);
      if (!scored.ok) throw new Error("scoring failed");
      return scored.result.units[0]?.total.toString();
    };
    expect(total(true)).toBe("10");
    expect(total(false)).toBe("0");
    // Said as it happened, not as «未发生…：否».
    const scored = scoreRound(r.scheme as Scheme, [
      { id: "u", name: "甲镇", facts: { "1": { [fa]: false }, "2": { [fb]: true } } },
    ]);
    if (!scored.ok) throw new Error("scoring failed");
    const unit = scored.result.units[0];
    expect(unit?.adjustments?.[0]?.reason).toBe("发生因医保问题引发的群体性事件，追加扣除");
    expect(unit?.items[0]?.trace.join("；")).toContain(
      "发生因医保问题引发的群体性事件，本项不得分",
    );
  });
});
