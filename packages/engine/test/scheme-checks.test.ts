// Scheme checks no engine test ran (issue 15, mutants of scheme/compile.ts without coverage): a
// duplicate fact name, a rule on a group, cap/floor on a leaf, a list's fields, nested lists, score
// ranges. Each is refused with its code at its path, and a sound declaration is not. And the Chinese
// messages of the shape checks that name a limit (zod-problems.ts, also run by no test).
import { describe, expect, it } from "vitest";
import { validateScheme } from "@kaoping/engine";

const rule = { kind: "checklist", mode: "award", items: [{ fact: "met", points: "2" }] };
const met = { name: "met", type: "bool", label: "达标" };
const leaf = (extra: Record<string, unknown> = {}, facts: unknown[] = [met]) => ({
  code: "1",
  title: "项1",
  max: "2",
  facts,
  rule,
  ...extra,
});
const problemsOf = (items: unknown[]) => {
  const result = validateScheme({ id: "s", title: "方案", items });
  return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
};

describe("scheme checks in compile", () => {
  it.each([
    [
      "a fact name twice",
      [leaf({}, [met, { ...met, label: "又一个" }])],
      ["items[0].facts[1].name", "duplicate_fact"],
    ],
    [
      "a rule on a group",
      [{ code: "1", title: "组", max: "2", rule, children: [{ ...leaf(), code: "1.1" }] }],
      ["items[0].rule", "group_with_rule"],
    ],
    ["a cap on a leaf", [leaf({ cap: "1" })], ["items[0].cap", "leaf_with_cap"]],
    ["a floor on a leaf", [leaf({ floor: "0" })], ["items[0].cap", "leaf_with_cap"]],
    [
      "a list with neither fields nor element",
      [leaf({}, [met, { name: "l", type: "list", label: "清单" }])],
      ["items[0].facts[1].fields", "missing_fields"],
    ],
    [
      "a list with both",
      [
        leaf({}, [
          met,
          {
            name: "l",
            type: "list",
            label: "清单",
            fields: [{ name: "a", type: "text", label: "甲" }],
            element: { type: "text", label: "乙" },
          },
        ]),
      ],
      ["items[0].facts[1].fields", "missing_fields"],
    ],
    [
      "fields on a number",
      [
        leaf({}, [
          met,
          {
            name: "n",
            type: "int",
            label: "数",
            fields: [{ name: "a", type: "text", label: "甲" }],
          },
        ]),
      ],
      ["items[0].facts[1].fields", "unexpected_fields"],
    ],
    [
      "a list in a list",
      [
        leaf({}, [
          met,
          { name: "l", type: "list", label: "清单", element: { type: "list", label: "内" } },
        ]),
      ],
      ["items[0].facts[1].fields", "nested_list"],
    ],
    [
      "a score element without a range",
      [
        leaf({}, [
          met,
          {
            name: "l",
            type: "list",
            label: "评议",
            element: { type: "score", label: "分", min: "0" },
          },
        ]),
      ],
      ["items[0].facts[1].element", "missing_range"],
    ],
    [
      "a score without a range",
      [leaf({}, [met, { name: "s", type: "score", label: "分", max: "5" }])],
      ["items[0].facts[1]", "missing_range"],
    ],
    [
      "a minimum above the maximum",
      [leaf({}, [met, { name: "s", type: "score", label: "分", min: "6", max: "5" }])],
      ["items[0].facts[1]", "bad_range"],
    ],
  ])("refuses %s", (_case, items, expected) => {
    expect(problemsOf(items)).toContainEqual(expected);
  });

  it("accepts sound declarations of each kind", () => {
    expect(
      problemsOf([
        leaf({}, [
          met,
          { name: "s", type: "score", label: "分", min: "5", max: "5" },
          {
            name: "l",
            type: "list",
            label: "评议",
            element: { type: "score", label: "分", min: "0", max: "5" },
          },
          {
            name: "f",
            type: "list",
            label: "清单",
            fields: [{ name: "a", type: "text", label: "甲" }],
          },
        ]),
      ]),
    ).toEqual([]);
  });
});

describe("the Chinese words of shape problems", () => {
  const ranked = (rule: Record<string, unknown>) =>
    leaf(
      {
        rule: {
          kind: "rank",
          fact: "n",
          order: "desc",
          awards: [{ upTo: 1, points: "1" }],
          ...rule,
        },
      },
      [{ name: "n", type: "int", label: "数" }],
    );
  it.each([
    ["an empty title", leaf({ title: "" }), "items[0].title", "不能为空"],
    [
      "a number below its minimum",
      ranked({ awards: [{ upTo: 0, points: "1" }] }),
      "items[0].rule.awards[0].upTo",
      "不能小于 1",
    ],
    ["an empty list", ranked({ awards: [] }), "items[0].rule.awards", "至少需要 1 项"],
    [
      "a value not among the choices",
      ranked({ order: "up" }),
      "items[0].rule.order",
      "请从可选项中选择",
    ],
    [
      "a number above its maximum",
      leaf({ rule: { kind: "bestRatio", value: { fact: "n" }, order: "desc", places: 99 } }, [
        { name: "n", type: "int", label: "数" },
      ]),
      "items[0].rule.places",
      "不能大于 10",
    ],
  ])("%s", (_case, item, path, message) => {
    const result = validateScheme({ id: "s", title: "方案", items: [item] });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      [path, message],
    ]);
  });
});
