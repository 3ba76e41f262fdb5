// A declared fact no rule or gate reads is a warning (units are asked for it, nothing scores it), never a problem.
import { describe, expect, it } from "vitest";
import { getTemplate, listTemplates, validateScheme } from "../src/index.js";

const met = { name: "f1", type: "bool", label: "已达到要求" };
const checklist = { kind: "checklist", mode: "award", items: [{ fact: "f1", points: "5" }] };
const leaf = (code: string, title: string, extra: Record<string, unknown>) => ({
  code,
  title,
  max: "5",
  ...extra,
});
const schemeOf = (items: unknown[]) => ({ id: "s", title: "方案", items });
const warningsOf = (doc: unknown) => {
  const result = validateScheme(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.warnings.map((w) => [w.path, w.code, w.message]);
};

describe("facts no rule reads", () => {
  it.each([
    [
      "酌情打分 beside the new item's default fact",
      { rule: { kind: "discretionary", fact: "score" } },
      [{ name: "score", type: "decimal", label: "评分" }],
    ],
    [
      "按另一项得分排名",
      { rule: { kind: "rank", itemScore: "1", order: "desc", awards: [{ upTo: 1, points: "5" }] } },
      [],
    ],
    [
      "评议",
      { rule: { kind: "ratings", groups: [{ fact: "marks" }] } },
      [
        {
          name: "marks",
          type: "list",
          label: "评分",
          element: { type: "score", label: "评分", min: "0", max: "5" },
        },
      ],
    ],
  ])("warns of the default fact under %s, naming the item and the fact", (_, rule, facts) => {
    const doc = schemeOf([
      leaf("1", "党建工作", { facts: [met], rule: checklist }),
      leaf("2", "安全生产", { facts: [met], rule: checklist }),
      leaf("3", "营商环境", { facts: [met, ...facts], ...rule }),
    ]);
    expect(warningsOf(doc)).toEqual([
      [
        "items[2].facts[0]",
        "unread_fact",
        "第3项“营商环境”的填报项“已达到要求”没有任何规则使用，单位仍需填报",
      ],
    ]);
  });

  it("counts a fact read by another item's rule or by a gate, not one read only by a check", () => {
    const doc = schemeOf([
      {
        code: "1",
        title: "参保",
        max: "10",
        children: [
          leaf("1.1", "参保率", {
            facts: [
              { name: "rate", type: "pct", label: "参保率" },
              { name: "open", type: "bool", label: "已开展" },
              { name: "total", type: "int", label: "应参保人数" },
              { name: "note", type: "text", label: "说明", required: false },
              { name: "s", type: "decimal", label: "得分" },
            ],
            gate: { fact: "open", effect: "zero", reason: "未开展" },
            checks: [{ check: "together", facts: ["total", "note"] }],
            rule: { kind: "discretionary", fact: "s" },
          }),
        ],
      },
      leaf("2", "覆盖", { rule: { kind: "discretionary", fact: "1.1.rate" } }),
    ]);
    expect(warningsOf(doc).map(([path, , message]) => [path, message])).toEqual([
      [
        "items[0].children[0].facts[2]",
        "第1.1项“参保率”的填报项“应参保人数”没有任何规则使用，单位仍需填报",
      ],
      [
        "items[0].children[0].facts[3]",
        "第1.1项“参保率”的填报项“说明”没有任何规则使用，单位仍可填报",
      ],
    ]);
  });

  it("leaves a scheme with such facts valid, and both built-in templates without warnings", () => {
    const facts = [met, { name: "s", type: "decimal", label: "得分" }];
    const result = validateScheme(
      schemeOf([leaf("1", "甲", { facts, rule: { kind: "discretionary", fact: "s" } })]),
    );
    expect(result.ok && result.warnings.length).toBe(1);
    for (const { id } of listTemplates()) expect(warningsOf(getTemplate(id))).toEqual([]);
  });
});
