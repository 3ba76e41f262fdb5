// The reader's rank at both ends (decision 0313) — 多项合计 from a base of an awarding rank from
// the top and a deducting rank from the bottom — is shown by the existing forms: the 多项合计 form
// (基础分, parts as rows of rules) and, in each row, the 按名次计分 form with its order and mode as
// Chinese choices. Read back as one Chinese sentence.
import { explainRule, ruleKinds } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { paramNodes, type ParamNode } from "./rule-params";

const kind = (id: string) => ruleKinds.find((k) => k.id === id)!;
const byName = (nodes: ParamNode[]) => Object.fromEntries(nodes.map((n) => [n.name, n]));
const rule = {
  kind: "sum",
  base: "1",
  parts: [
    {
      kind: "rank",
      fact: "value",
      order: "desc",
      awards: [
        { upTo: 1, points: "2" },
        { upTo: 3, points: "1" },
      ],
    },
    {
      kind: "rank",
      fact: "value",
      order: "asc",
      mode: "deduct",
      awards: [{ upTo: 1, points: "2" }],
    },
  ],
};

describe("a rank at both ends in the scheme editor", () => {
  it("has a control for every field of the rule, with Chinese choices", () => {
    const sum = byName(paramNodes(kind("sum")));
    expect([sum.base?.control, sum.parts?.control]).toEqual(["number", "rows"]);
    const rank = byName(paramNodes(kind("rank")));
    for (const name of Object.keys(rule.parts[1]!).filter((k) => k !== "kind"))
      expect(rank[name]?.label).toMatch(/[\u4e00-\u9fa5]/);
    expect(rank.order?.choices.map((c) => c.label)).toEqual(["数值高者在前", "数值低者在前"]);
    expect(rank.mode?.choices.map((c) => c.value)).toEqual(["award", "deduct"]);
  });

  it("reads the rule back as one Chinese sentence", () => {
    const said = explainRule(rule, {
      code: "1",
      max: "3",
      facts: [{ name: "value", type: "decimal", label: "综合得分", unit: "" }],
    });
    expect(said).toContain("基础分 1 分");
    expect(said).toContain("数值高者在前，并列同名次），倒数第 1 名扣 2 分");
    expect(said).not.toMatch(/[A-Za-z]/);
  });
});

// On a bonus-sized item the bottom's deduction is a 直接计入总分 part (decision 0316): its form has
// the sign and the nested rule, and the sentence says the deduction goes to the unit's total.
describe("a bonus-sized rank at both ends in the scheme editor", () => {
  it("shows the toTotal part with Chinese labels and reads it back", () => {
    const total = byName(paramNodes(kind("toTotal")));
    expect(total.sign?.label).toMatch(/[\u4e00-\u9fa5]/);
    expect(total.rule?.label).toMatch(/[\u4e00-\u9fa5]/);
    const said = explainRule(
      {
        kind: "sum",
        parts: [rule.parts[0]!, { kind: "toTotal", sign: "minus", rule: rule.parts[1]! }],
      },
      {
        code: "1",
        max: "2",
        facts: [{ name: "value", type: "decimal", label: "综合得分", unit: "" }],
      },
    );
    expect(said).toContain("倒数第 1 名扣 2 分，所扣分数不计入本项，从单位总分中扣除");
    expect(said).not.toMatch(/[A-Za-z]/);
  });
});
