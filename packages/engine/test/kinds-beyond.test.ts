// Table tests of the kinds that pool deductions or reach beyond an item's points (共用扣分, 追加扣除,
// 直接计入总分, 超出满分计入总分), of grade vetoes (一票否优, 取消评先评优资格) and of "0 or a range"
// facts (扣0.5-1分): the item's score, the unit's adjustments and total, and the Chinese trace.
import { describeUnitExtras, scoreUnit, validateFacts, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, leafScheme, roundOf, schemeOf, scoreLeaf, sharedItems } from "./helpers.js";

const unitOf = (scheme: ReturnType<typeof leafScheme>, facts: Record<string, unknown>) =>
  scoreUnit(scheme, { id: "u", name: "测试单位", facts: { "1": facts } });
const adjusted = (r: UnitResult) => (r.adjustments ?? []).map((a) => [a.code, a.points]);

describe("pool (共用扣分)", () => {
  // 许可证持证，每缺1户扣1分；人员持证率每下降5%扣0.5分；资料不齐全酌情扣分（最多扣1分），扣完为止。
  const scheme = leafScheme(
    "4",
    [fact.int("missing"), fact.pct("rate"), fact.int("cut", { type: "decimal", unit: "分" })],
    {
      kind: "pool",
      parts: [
        {
          rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "missing", points: "1" }] },
        },
        {
          rule: {
            kind: "steps",
            value: { fact: "rate" },
            direction: "below",
            from: "98",
            step: "5",
            points: "0.5",
            rounding: "up",
          },
        },
        { rule: { kind: "discretionaryDeduction", fact: "cut" }, cap: "1" },
      ],
    },
  );
  it.each([
    [{ missing: 0, rate: "100", cut: "0" }, "4"],
    [{ missing: 1, rate: "98", cut: "0" }, "3"],
    [{ missing: 1, rate: "97.9", cut: "0" }, "2.5"], // one step below 98 (up)
    [{ missing: 1, rate: "88", cut: "0.5" }, "1.5"], // 1 + 1 + 0.5
    [{ missing: 0, rate: "100", cut: "3" }, "3"], // the discretionary part deducts at most 1
    [{ missing: 3, rate: "80", cut: "1" }, "0"], // 3 + 2 + 1 = 6 > 4: 扣完为止 once
  ] as const)("case %#", (facts, expected) => {
    expect(scoreLeaf(scheme, facts).score).toBe(expected);
  });
  it("explains each part's deduction and the total", () => {
    expect(scoreLeaf(scheme, { missing: 1, rate: "88", cut: "3" }).trace).toBe(
      [
        "事实missing 1 次，每次扣 1 分，扣 1 分；此项扣 1 分",
        "事实rate 88%，低于 98% 共 10 个百分点，按每 5 个百分点扣 0.5 分计 2 档，扣 1 分；此项扣 1 分",
        "事实cut：考核人员酌情扣 3 分；此项扣 1 分，此项最多扣 1 分",
        "各项合计扣 3 分，得 1 分",
      ].join("\n"),
    );
  });
  it("caps the pool as a whole", () => {
    const capped = leafScheme("10", [fact.int("a"), fact.int("b")], {
      kind: "pool",
      cap: "3",
      parts: [
        { rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "a", points: "1" }] } },
        { rule: { kind: "quota", fact: "b", quota: "4", points: "1" } },
      ],
    });
    expect(scoreLeaf(capped, { a: 2, b: 2 }).score).toBe("7");
    expect(scoreLeaf(capped, { a: 1, b: 3 }).score).toBe("8");
  });
});

describe("penalty (追加扣除)", () => {
  // 不符合规定的，每处扣1分；累计扣满5分的，追加扣除10分。构成重大隐患的，不得分，并追加扣除20分。
  const scheme = leafScheme("5", [fact.int("faults"), fact.bool("hazard")], {
    kind: "penalty",
    rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "faults", points: "1" }] },
    penalties: [
      { when: { deducted: "5" }, points: "10" },
      { when: { fact: "hazard" }, points: "20", zeroItem: true },
    ],
  });
  it.each([
    [{ faults: 0, hazard: false }, "5", [], "5"],
    [{ faults: 4, hazard: false }, "1", [], "1"],
    [{ faults: 5, hazard: false }, "0", [["1", "-10"]], "-10"], // 扣满5分
    [{ faults: 7, hazard: false }, "0", [["1", "-10"]], "-10"], // 扣完为止, penalty once
    [{ faults: 1, hazard: true }, "0", [["1", "-20"]], "-20"],
    [
      { faults: 6, hazard: true },
      "0",
      [
        ["1", "-10"],
        ["1", "-20"],
      ],
      "-30",
    ],
  ] as const)("case %#", (facts, score, adjustments, total) => {
    const result = unitOf(scheme, facts);
    expect(result.items[0]?.score).toBe(score);
    expect(adjusted(result)).toEqual(adjustments);
    expect(result.total).toBe(total);
  });
  it("says the penalty after the item's score, and lists it on the unit", () => {
    const result = unitOf(scheme, { faults: 5, hazard: false });
    expect(result.items[0]?.trace).toEqual([
      "事实faults 5 次，每次扣 1 分，扣 5 分，得 0 分",
      "累计扣分 5 分，达到 5 分，追加扣除：从总分中扣除 10 分（不受本项分值限制）",
    ]);
    expect(result.adjustments).toEqual([
      { code: "1", title: "测试项", points: "-10", reason: "累计扣分 5 分，达到 5 分，追加扣除" },
    ]);
  });
  it("describes the unit's extras as Chinese lines", () => {
    expect(describeUnitExtras(unitOf(scheme, { faults: 6, hazard: true }))).toEqual([
      "1 测试项：累计扣分 6 分，达到 5 分，追加扣除，从总分中扣除 10 分",
      "1 测试项：事实hazard，追加扣除，从总分中扣除 20 分",
    ]);
    expect(describeUnitExtras(unitOf(scheme, { faults: 0, hazard: false }))).toEqual([]);
  });
  it("has no adjustments key when nothing reaches beyond the item", () => {
    expect("adjustments" in unitOf(scheme, { faults: 1, hazard: false })).toBe(false);
  });
});

describe("toTotal (直接计入总分) and uncapped (超出满分计入总分)", () => {
  const scheme = schemeOf([
    sharedItems.lateReports("1"),
    sharedItems.noticesFromTotal("2"),
    sharedItems.surgeryUncapped("3"),
    {
      code: "4",
      title: "信用加分",
      max: "0",
      facts: [
        fact.int("bonus", { type: "decimal", unit: "分", min: "10", max: "50", orZero: true }),
      ],
      rule: {
        kind: "toTotal",
        sign: "plus",
        rule: { kind: "discretionary", fact: "bonus" },
      },
    },
  ]);
  const unit = (facts: Record<string, unknown>) =>
    roundOf(scheme, [{ id: "a", name: "甲", facts }]).units[0] as UnitResult;
  const base = {
    "1": { late: 2 },
    "2": { notices: 0 },
    "3": { done: "100", extra: 0 },
    "4": { bonus: 0 },
  };
  it.each([
    [{}, ["8", "0", "7", "0"], [], "15"],
    [{ "2": { notices: 3 } }, ["8", "0", "7", "0"], [["2", "-3"]], "12"],
    [{ "3": { done: "100", extra: 3 } }, ["8", "0", "7", "0"], [["3", "3"]], "18"],
    [{ "3": { done: "85", extra: 3 } }, ["8", "0", "6", "0"], [], "14"], // 2 steps (−4) + 3 = 6
    [{ "3": { done: "75", extra: 1 } }, ["8", "0", "2", "0"], [], "10"], // 3 steps (−6) + 1 = 2
    [{ "4": { bonus: "12.5" } }, ["8", "0", "7", "0"], [["4", "12.5"]], "27.5"],
  ] as const)("case %#", (changes, scores, adjustments, total) => {
    const result = unit({ ...base, ...changes });
    expect(result.items.map((i) => i.score)).toEqual(scores);
    expect(adjusted(result)).toEqual(adjustments);
    expect(result.total).toBe(total);
  });
  it("explains what goes to the total", () => {
    const result = unit({ ...base, "2": { notices: 2 }, "3": { done: "100", extra: 2 } });
    expect(result.items[1]?.trace).toEqual([
      "事实notices 2 次，每次扣 1 分，扣 2 分",
      "本项不单独计分，上述分数从单位总分中扣除，得 0 分",
      "本项扣分：从总分中扣除 2 分（不受本项分值限制）",
    ]);
    expect(result.items[2]?.trace.slice(-2)).toEqual([
      "子规则得 9 分，本项计满分 7 分，得 7 分",
      "超出本项满分的 2 分：计入总分 2 分（不受本项分值限制）",
    ]);
  });
  it("refuses a range value other than 0 outside [min, max] (orZero)", () => {
    const problems = (v: string) =>
      validateFacts(scheme, { ...base, "4": { bonus: v } }).problems.length;
    expect([problems("0"), problems("10"), problems("50"), problems("5"), problems("51")]).toEqual([
      0, 0, 0, 1, 1,
    ]);
  });
  it("keeps adjustments out of a vetoed unit's total", () => {
    const vetoed = schemeOf([
      {
        code: "1",
        title: "安全",
        max: "0",
        facts: [fact.bool("incident"), fact.int("n")],
        gate: {
          fact: "incident",
          pass: false,
          effect: "veto",
          reason: "发生重大事故",
        },
        rule: {
          kind: "toTotal",
          sign: "plus",
          rule: { kind: "occurrences", mode: "award", terms: [{ fact: "n", points: "1" }] },
        },
      },
      {
        code: "2",
        title: "加分",
        max: "0",
        facts: [fact.int("n")],
        rule: {
          kind: "toTotal",
          sign: "plus",
          rule: { kind: "occurrences", mode: "award", terms: [{ fact: "n", points: "1" }] },
        },
      },
    ]);
    const r = roundOf(vetoed, [
      { id: "a", name: "甲", facts: { "1": { incident: true, n: 2 }, "2": { n: 3 } } },
    ]).units[0] as UnitResult;
    expect([r.total, r.veto, adjusted(r)]).toEqual(["0", "发生重大事故", [["2", "3"]]]);
  });
});

describe("grade vetoes (一票否优, 取消评先评优资格)", () => {
  const scheme = schemeOf([
    sharedItems.lateReports("1"),
    {
      code: "2",
      title: "通报批评",
      max: "5",
      facts: [fact.bool("criticised"), fact.bool("incident")],
      gate: { fact: "criticised", pass: false, effect: "noExcellent", reason: "受到省级通报批评" },
      rule: {
        kind: "checklist",
        mode: "award",
        items: [{ fact: "incident", when: false, points: "5" }],
      },
    },
    {
      code: "3",
      title: "评先",
      max: "0",
      facts: [fact.bool("fraud")],
      gate: { fact: "fraud", pass: false, effect: "ineligible", reason: "存在弄虚作假" },
      rule: { kind: "checklist", mode: "award", items: [{ fact: "fraud", points: "0" }] },
    },
  ]);
  const score = (f: Record<string, unknown>) =>
    roundOf(scheme, [
      {
        id: "a",
        name: "甲",
        facts: {
          "1": { late: 1 },
          "2": { criticised: false, incident: false },
          "3": { fraud: false },
          ...f,
        },
      },
    ]).units[0] as UnitResult;
  it.each([
    [{}, "14", []],
    [{ "2": { criticised: true, incident: false } }, "14", [["2", "noExcellent"]]],
    [{ "2": { criticised: true, incident: true } }, "9", [["2", "noExcellent"]]],
    [{ "3": { fraud: true } }, "14", [["3", "ineligible"]]],
  ] as const)("case %#: the score stands, the mark is listed", (facts, total, marks) => {
    const r = score(facts);
    expect(r.total).toBe(total);
    expect((r.marks ?? []).map((m) => [m.code, m.effect])).toEqual(marks);
  });
  it("says it in the item's trace and carries the reason", () => {
    const r = score({ "2": { criticised: true, incident: false } });
    expect(r.items[1]?.trace.at(-1)).toBe(
      "受到省级通报批评，一票否优（不得评为优秀等次）（本项得分不受影响）",
    );
    expect(r.marks).toEqual([
      { code: "2", title: "通报批评", effect: "noExcellent", reason: "受到省级通报批评" },
    ]);
    expect("marks" in score({})).toBe(false);
  });
});

describe("quota (数量不足扣分) trace", () => {
  // The step is said as the explanation says it, its unit spaced like every other figure.
  it("says 每少 1 次扣 N 分 with the unit spaced", () => {
    const withUnit = leafScheme("6", [fact.int("done", { unit: "次" })], {
      kind: "quota",
      fact: "done",
      quota: "4",
      points: "2",
    });
    const r = unitOf(withUnit, { done: 3 });
    expect(r.items[0]?.score).toBe("4");
    expect(r.items[0]?.trace.join("")).toContain("比要求的 4 次少 1 次，每少 1 次扣 2 分，扣 2 分");
    const pieces = leafScheme("6", [fact.int("done", { unit: "篇" })], {
      kind: "quota",
      fact: "done",
      quota: "4",
      points: "0.5",
    });
    expect(unitOf(pieces, { done: 2 }).items[0]?.trace.join("")).toContain(
      "每少 1 篇扣 0.5 分，扣 1 分",
    );
  });
});
