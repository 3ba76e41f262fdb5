// 试算 of a rule on another item's score (docs/decisions/0300): the referenced item's score is an
// input of its own, checked as a fact bounded by the item's points.
import { scoreUnit, validateFacts, validateScheme, type SchemeDocument } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { withGivenScores } from "./given-scores";

/** 2 基金监管 (a group of two scored children) and 3 on 2's score. */
const doc = (rule: Record<string, unknown>): SchemeDocument => ({
  id: "t",
  title: "试算",
  items: [
    {
      code: "2",
      title: "基金监管",
      max: "10",
      children: [
        {
          code: "2.1",
          title: "检查",
          max: "6",
          facts: [{ name: "s", type: "decimal", label: "检查得分", min: "0", max: "6" }],
          rule: { kind: "discretionary", fact: "s" },
        },
        {
          code: "2.2",
          title: "查处",
          max: "4",
          facts: [{ name: "t", type: "decimal", label: "查处得分", min: "0", max: "4" }],
          rule: { kind: "discretionary", fact: "t" },
        },
      ],
    },
    { code: "3", title: "监管质量", max: "3", rule },
  ],
});
const steps = {
  kind: "steps",
  value: { itemScore: "2" },
  direction: "below",
  from: "9",
  step: "1",
  points: "1",
  rounding: "up",
};

function tried(rule: Record<string, unknown>, code = "3") {
  const d = doc(rule);
  const whole = validateScheme(d);
  if (!whole.ok) throw new Error(JSON.stringify(whole.problems));
  return withGivenScores(d, whole.scheme, code);
}

describe("withGivenScores", () => {
  it("asks for the referenced group's score, named by its number and title, in 0–max", () => {
    const { given } = tried(steps);
    expect(given.map((g) => [g.ref, g.decl.label, g.decl.type, g.decl.min, g.decl.max])).toEqual([
      ["2.givenScore", "第2项“基金监管”得分", "decimal", "0", "10"],
    ]);
  });

  // [entered score, expected score of 3 or null, message under the input]
  it.each([
    ["7.5", "1", undefined],
    ["10", "3", undefined],
    ["12", null, "12 超过上限 10（第2项“基金监管”得分）"],
    ["八", null, '"八" 不是数字（第2项“基金监管”得分）'],
  ])("scores 3 on an entered score of %s", (entered, expected, message) => {
    const { scheme } = tried(steps);
    const facts = { "2": { givenScore: entered } };
    const result = scoreUnit(scheme, { id: "u", name: "甲", facts });
    expect(result.items[1]?.score).toBe(expected);
    expect(validateFacts(scheme, facts).problems[0]?.message).toBe(message);
  });

  it("leaves a rule reading no score as it is", () => {
    const own = { kind: "discretionary", fact: "x" };
    const d = doc(own);
    (d.items[1] as Record<string, unknown>).facts = [{ name: "x", type: "decimal", label: "得分" }];
    const whole = validateScheme(d);
    if (!whole.ok) throw new Error(JSON.stringify(whole.problems));
    const out = withGivenScores(d, whole.scheme, "3");
    expect(out.given).toEqual([]);
    expect(out.scheme).toBe(whole.scheme);
  });
});
