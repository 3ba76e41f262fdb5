// Scheme documents with mistakes are refused with path-named problems; the built-in templates are sound.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  getTemplate,
  itemKinds,
  listTemplates,
  ruleKinds,
  validateScheme,
  type Item,
} from "@kaoping/engine";

const leaf = (code: string, max: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: `项${code}`,
  max,
  facts: [{ name: "met", type: "bool", label: "达标" }],
  rule: { kind: "checklist", mode: "award", items: [{ fact: "met", points: max }] },
  ...extra,
});
const doc = (items: unknown[]) => ({ id: "bad-scheme", title: "有误的方案", items });
const problemsOf = (d: unknown) => {
  const result = validateScheme(d);
  return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
};

describe("scheme mistakes", () => {
  it.each([
    [
      "children above the parent's max without a cap",
      doc([{ code: "1", title: "组", max: "5", children: [leaf("1.1", "3"), leaf("1.2", "3")] }]),
      ["items[0].max", "children_exceed_max"],
    ],
    [
      "an unknown rule kind",
      doc([{ ...leaf("1", "2"), rule: { kind: "magic" } }]),
      ["items[0].rule.kind", "unknown_rule_kind"],
    ],
    [
      "a fact used but not declared",
      doc([
        {
          ...leaf("1", "2"),
          rule: { kind: "checklist", mode: "award", items: [{ fact: "nope", points: "2" }] },
        },
      ]),
      ["items[0].rule.items[0].fact", "undeclared_fact"],
    ],
    [
      "a fact of another item not declared",
      doc([
        leaf("1", "2"),
        {
          ...leaf("2", "1"),
          rule: {
            kind: "steps",
            value: { fact: "1.rate" },
            direction: "above",
            from: "1",
            step: "1",
            points: "1",
            rounding: "down",
          },
        },
      ]),
      ["items[1].rule.value.fact", "undeclared_fact"],
    ],
    [
      "a fact of the wrong type",
      doc([{ ...leaf("1", "2"), rule: { kind: "quota", fact: "met", quota: "5", points: "1" } }]),
      ["items[0].rule.fact", "wrong_fact_type"],
    ],
    [
      "a duplicate code",
      doc([leaf("1", "2"), leaf("1", "2")]),
      ["items[1].code", "duplicate_code"],
    ],
    [
      "a child code outside its parent",
      doc([{ code: "1", title: "组", max: "5", children: [leaf("2.1", "3")] }]),
      ["items[0].children[0].code", "bad_code"],
    ],
    [
      "bad rule params",
      doc([
        {
          ...leaf("1", "2"),
          rule: { kind: "steps", value: { fact: "met" }, direction: "sideways" },
        },
      ]),
      ["items[0].rule.direction", "invalid_value"],
    ],
    [
      "a leaf without a rule",
      doc([{ code: "1", title: "项", max: "2" }]),
      ["items[0].rule", "missing_rule"],
    ],
    [
      "a cap above max",
      doc([
        {
          code: "1",
          title: "组",
          max: "5",
          cap: "6",
          children: [leaf("1.1", "3"), leaf("1.2", "3")],
        },
      ]),
      ["items[0].cap", "cap_above_max"],
    ],
    [
      "a nested rule with an unknown kind",
      doc([
        {
          ...leaf("1", "2"),
          rule: {
            kind: "sum",
            parts: [
              { kind: "checklist", mode: "award", items: [{ fact: "met", points: "1" }] },
              { kind: "zzz" },
            ],
          },
        },
      ]),
      ["items[0].rule.parts[1].kind", "unknown_rule_kind"],
    ],
    [
      "an unknown field",
      doc([{ ...leaf("1", "2"), colour: "red" }]),
      ["items[0].colour", "unrecognized_keys"],
    ],
    ["a bad max", doc([{ ...leaf("1", "2"), max: "ten" }]), ["items[0].max", "invalid_format"]],
    [
      "an enum without options",
      doc([
        {
          ...leaf("1", "2"),
          facts: [
            { name: "met", type: "bool", label: "达标" },
            { name: "k", type: "enum", label: "类" },
          ],
        },
      ]),
      ["items[0].facts[1].values", "missing_values"],
    ],
  ])("refuses %s", (_name, d, expected) => {
    expect(problemsOf(d)).toContainEqual(expected);
  });

  it("writes problems in Chinese", () => {
    const result = validateScheme(doc([{ ...leaf("1", "2"), rule: { kind: "magic" } }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/未知的计分规则类型/);
    expect(validateScheme(null).ok).toBe(false);
    expect(validateScheme({ id: "x" }).ok).toBe(false);
  });

  it("accepts a capped bonus group whose children exceed its max", () => {
    expect(
      problemsOf(
        doc([
          {
            code: "9",
            title: "加分",
            max: "10",
            cap: "10",
            children: [leaf("9.1", "6"), leaf("9.2", "6")],
          },
        ]),
      ),
    ).toEqual([]);
  });
});

describe("built-in templates", () => {
  it("lists both and validates them", () => {
    expect(listTemplates().map((t) => t.id)).toEqual(["township-2022", "medical-aid-2021"]);
    for (const { id } of listTemplates()) expect(validateScheme(getTemplate(id)).ok).toBe(true);
    expect(getTemplate("nope")).toBeUndefined();
  });

  it.each([
    ["township-2022", "000_d63d796fb9aea4ef.txt", 100, "10"],
    ["medical-aid-2021", "004_d3194466b930f23e.txt", 100, undefined],
  ])(
    "%s keeps every title of a group, standard, method and content verbatim from its source",
    (id, seed, base, bonusCap) => {
      // The seed text has page-break markers ("\n\n3、") inside sentences; they are not part of the rubric.
      const source = readFileSync(
        new URL(`../../../../shared/seeds/${seed}`, import.meta.url),
        "utf8",
      ).replace(/\n\n\d、/g, "");
      const scheme = getTemplate(id);
      const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(i.children ?? [])]);
      const all = walk(scheme?.items ?? []);
      for (const item of all) {
        for (const text of [item.standard, item.method, item.content])
          if (text !== undefined) expect(source, `${item.code}`).toContain(text);
        if (!item.code.includes(".")) expect(source, item.code).toContain(item.title);
      }
      const top = scheme?.items ?? [];
      const baseSum = top
        .filter((i) => i.cap === undefined)
        .reduce((acc, i) => acc + Number(i.max), 0);
      expect(baseSum).toBe(base);
      expect(top.find((i) => i.cap !== undefined)?.cap).toBe(bonusCap);
    },
  );

  it("exposes the rule kinds and item kinds for a scheme editor", () => {
    expect(ruleKinds.map((k) => k.id)).toEqual(
      expect.arrayContaining([
        "checklist",
        "occurrences",
        "quota",
        "steps",
        "bands",
        "compare",
        "discretionary",
        "discretionaryDeduction",
        "option",
        "ratings",
        "sum",
        "firstToReach",
        "rank",
      ]),
    );
    for (const k of [...ruleKinds, ...itemKinds]) {
      expect(k.name).toMatch(/[\u4e00-\u9fff]/);
      expect(k.description.length).toBeGreaterThan(5);
      expect(typeof k.params.safeParse).toBe("function");
    }
  });
});

describe("problem messages an administrator reads in the editor", () => {
  const steps = {
    kind: "steps",
    value: { fact: "rate" },
    direction: "sideways",
    from: "99.8",
    points: "0.5",
    rounding: "up",
  };
  const item = {
    code: "1",
    title: "参保率",
    max: "5",
    facts: [
      { name: "rate", type: "pct", label: "参保率" },
      { name: "ok", type: "bool", label: "已达标" },
    ],
    rule: steps,
  };

  it("names a missing parameter, a bad choice and a wrong fact in Chinese, without identifiers", () => {
    const result = validateScheme(doc([item]));
    const messages = result.ok ? [] : result.problems.map((p) => [p.path, p.message]);
    expect(messages).toContainEqual(["items[0].rule.step", "必填，尚未填写"]);
    expect(messages).toContainEqual(["items[0].rule.direction", "请从可选项中选择"]);
    const wrong = validateScheme(
      doc([
        { ...item, rule: { ...steps, direction: "below", step: "0.1", value: { fact: "ok" } } },
      ]),
    );
    const wrongMessages = wrong.ok ? [] : wrong.problems.map((p) => p.message);
    expect(wrongMessages).toEqual(["事实“已达标”是是/否型，不适用于此处"]);
    for (const m of [...messages.map((x) => x[1] ?? ""), ...wrongMessages])
      expect(m).not.toMatch(/[A-Za-z]/);
  });
});
