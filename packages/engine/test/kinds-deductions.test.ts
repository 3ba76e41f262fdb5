// Table-driven tests of the deduction-style rule kinds: one line per case, [facts, expected score].
import { describe, expect, it } from "vitest";
import { fact, leafScheme, scoreLeaf } from "./helpers.js";

describe("checklist (逐项达标)", () => {
  const award = leafScheme("20", [fact.bool("a"), fact.bool("b")], {
    kind: "checklist",
    mode: "award",
    items: [
      { fact: "a", points: "10" },
      { fact: "b", points: "10" },
    ],
  });
  const deduct = leafScheme("5", [fact.bool("a"), fact.bool("b"), fact.bool("c")], {
    kind: "checklist",
    mode: "deduct",
    items: ["a", "b", "c"].map((f) => ({ fact: f, points: "2" })),
  });
  const flags = leafScheme("6", [fact.bool("late"), fact.bool("wrong")], {
    kind: "checklist",
    mode: "deduct",
    items: [
      { fact: "late", when: true, points: "1" },
      { fact: "wrong", when: true, points: "3" },
    ],
  });
  it.each([
    [award, { a: true, b: true }, "20"],
    [award, { a: true, b: false }, "10"],
    [award, { a: false, b: false }, "0"],
    [deduct, { a: true, b: true, c: true }, "5"],
    [deduct, { a: false, b: true, c: true }, "3"],
    [deduct, { a: false, b: false, c: true }, "1"],
    [deduct, { a: false, b: false, c: false }, "0"], // 扣完为止: −6 from 5
    [flags, { late: false, wrong: false }, "6"],
    [flags, { late: true, wrong: true }, "2"],
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("explains a clamped checklist with 扣完为止", () => {
    expect(scoreLeaf(deduct, { a: false, b: false, c: false }).trace).toContain(
      "扣完为止，得 0 分",
    );
  });
});

describe("occurrences (按次计分)", () => {
  const perAbsence = leafScheme("2", [fact.int("absences")], {
    kind: "occurrences",
    mode: "deduct",
    terms: [{ fact: "absences", points: "0.5" }],
  });
  const late = leafScheme("5", [fact.int("late"), fact.int("again")], {
    kind: "occurrences",
    mode: "deduct",
    terms: [
      { fact: "late", points: "1" },
      { fact: "again", points: "2" },
    ],
  });
  const cases = leafScheme(
    "10",
    [
      {
        name: "cases",
        type: "list",
        label: "案件",
        required: false,
        fields: [{ name: "assisted", type: "bool", label: "协助办理", required: false }],
      },
    ],
    {
      kind: "occurrences",
      mode: "deduct",
      terms: [{ fact: "cases", points: "5", exempt: { field: "assisted", equals: true } }],
    },
  );
  const byLevel = leafScheme(
    "5",
    [
      {
        name: "findings",
        type: "list",
        label: "发现",
        required: false,
        fields: [{ name: "level", type: "level", label: "级别" }],
      },
    ],
    {
      kind: "occurrences",
      mode: "deduct",
      terms: [
        {
          fact: "findings",
          byField: {
            field: "level",
            points: { county: "1", city: "2", province: "2", national: "2" },
          },
        },
      ],
    },
  );
  const pilots = leafScheme(
    "10",
    [
      {
        name: "pilots",
        type: "list",
        label: "试点",
        required: false,
        fields: [
          { name: "level", type: "level", label: "级别" },
          { name: "promoted", type: "bool", label: "推广", required: false },
        ],
      },
    ],
    {
      kind: "occurrences",
      mode: "award",
      terms: [
        {
          fact: "pilots",
          byField: {
            field: "level",
            points: { county: "1", city: "2", province: "3", national: "3" },
          },
          extra: { field: "promoted", equals: true, points: "1" },
        },
      ],
    },
  );
  const highestPerKey = leafScheme(
    "5",
    [
      {
        name: "items",
        type: "list",
        label: "录用",
        required: false,
        fields: [
          { name: "info", type: "text", label: "信息" },
          { name: "level", type: "level", label: "级别" },
        ],
      },
    ],
    {
      kind: "occurrences",
      mode: "award",
      terms: [
        {
          fact: "items",
          byField: {
            field: "level",
            points: { county: "0.5", city: "1", province: "2", national: "2" },
          },
          onePerKey: "info",
        },
      ],
    },
  );
  it.each([
    [perAbsence, { absences: 0 }, "2"],
    [perAbsence, { absences: 1 }, "1.5"],
    [perAbsence, { absences: 4 }, "0"],
    [perAbsence, { absences: 7 }, "0"],
    [late, { late: 2, again: 1 }, "1"],
    [late, { late: 1, again: 0 }, "4"],
    [late, { late: 4, again: 3 }, "0"],
    [cases, {}, "10"],
    [cases, { cases: [{ assisted: true }] }, "10"],
    [cases, { cases: [{ assisted: false }, { assisted: true }] }, "5"],
    [cases, { cases: [{}, {}, {}] }, "0"],
    [byLevel, { findings: [{ level: "county" }] }, "4"],
    [byLevel, { findings: [{ level: "city" }, { level: "national" }] }, "1"],
    [byLevel, { findings: [{ level: "city" }, { level: "province" }, { level: "county" }] }, "0"],
    [pilots, { pilots: [{ level: "city", promoted: true }] }, "3"],
    [pilots, { pilots: [{ level: "national" }, { level: "county", promoted: true }] }, "5"],
    [
      pilots,
      { pilots: Array.from({ length: 5 }, () => ({ level: "province", promoted: true })) },
      "10",
    ], // capped by max
    [
      highestPerKey,
      {
        items: [
          { info: "x", level: "county" },
          { info: "x", level: "city" },
        ],
      },
      "1",
    ],
    [
      highestPerKey,
      {
        items: [
          { info: "x", level: "province" },
          { info: "y", level: "county" },
        ],
      },
      "2.5",
    ],
    [highestPerKey, { items: ["a", "b", "c"].map((info) => ({ info, level: "national" })) }, "5"], // 6 capped at 5
  ] as const)("case %#", (scheme, facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("explains 就高", () => {
    expect(
      scoreLeaf(highestPerKey, {
        items: [
          { info: "x", level: "county" },
          { info: "x", level: "city" },
        ],
      }).trace,
    ).toContain("就高");
  });
});

describe("quota (数量不足扣分)", () => {
  const scheme = leafScheme("5", [fact.int("articles", { unit: "篇" })], {
    kind: "quota",
    fact: "articles",
    quota: "5",
    points: "1",
  });
  it.each([
    [{ articles: 6 }, "5"],
    [{ articles: 5 }, "5"],
    [{ articles: 4 }, "4"],
    [{ articles: 1 }, "1"],
    [{ articles: 0 }, "0"],
  ])("%j → %s", (facts, expected) => expect(scoreLeaf(scheme, facts).score).toBe(expected));
});

describe("discretionary (酌情打分) and discretionaryDeduction (酌情扣分)", () => {
  const score = leafScheme(
    "5",
    [{ name: "score", type: "score", label: "得分", min: "0", max: "5" }],
    { kind: "discretionary", fact: "score" },
  );
  const cut = leafScheme("6", [{ name: "cut", type: "score", label: "扣分", min: "0", max: "6" }], {
    kind: "discretionaryDeduction",
    fact: "cut",
  });
  it.each([
    [score, { score: "4.5" }, "4.5"],
    [score, { score: 0 }, "0"],
    [score, { score: 5 }, "5"],
    [cut, { cut: "2.5" }, "3.5"],
    [cut, { cut: 6 }, "0"],
  ] as const)("case %#", (scheme, facts, expected) =>
    expect(scoreLeaf(scheme, facts).score).toBe(expected),
  );
});

describe("option (按选项计分)", () => {
  const scheme = leafScheme(
    "6",
    [
      {
        name: "matching",
        type: "enum",
        label: "配套资金",
        values: [
          { value: "full", label: "足额" },
          { value: "partial", label: "不到位" },
          { value: "none", label: "未配套" },
        ],
      },
      { name: "cut", type: "score", label: "酌情扣分", min: "0", max: "6", required: false },
    ],
    {
      kind: "option",
      fact: "matching",
      options: [
        { value: "full", points: "6" },
        { value: "none", points: "0" },
        { value: "partial", rule: { kind: "discretionaryDeduction", fact: "cut" } },
      ],
    },
    { checks: [{ check: "requiredWhen", fact: "cut", when: "matching", equals: "partial" }] },
  );
  it.each([
    [{ matching: "full" }, "6"],
    [{ matching: "none" }, "0"],
    [{ matching: "partial", cut: "2.5" }, "3.5"],
    [{ matching: "partial" }, null], // the deduction is required when partial: missing, not scored
  ] as const)("%j → %s", (facts, expected) =>
    expect(scoreLeaf(scheme, facts).score).toBe(expected),
  );
});
