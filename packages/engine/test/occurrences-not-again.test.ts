// 不重复扣分 (occurrences `notAgain`): an event already counted under another item (same value of a
// field, e.g. 设备编号) counts nothing here — table cases, the trace, the sentence, and a property:
// with nothing counted elsewhere the term scores as without the option, and each match removes
// exactly that event's points.
import { explainScheme, type UnitResult } from "@kaoping/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundOf, schemeOf } from "./helpers.js";

const findings = (name: string, label: string) => ({
  name,
  type: "list",
  label,
  unit: "台套",
  required: false,
  fields: [{ name: "device", type: "text", label: "设备编号" }],
});
const scheme = schemeOf([
  {
    code: "1",
    title: "特种设备检验",
    max: "10",
    facts: [findings("unchecked", "未检验设备")],
    rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "unchecked", points: "2" }] },
  },
  {
    code: "2",
    title: "特种设备档案",
    max: "10",
    facts: [findings("files", "档案不全设备")],
    rule: {
      kind: "occurrences",
      mode: "deduct",
      terms: [
        {
          fact: "files",
          points: "1",
          notAgain: { facts: ["1.unchecked"], field: "device" },
        },
      ],
    },
  },
]);
const devices = (...ids: string[]) => ids.map((device) => ({ device }));
const score = (unchecked: string[], files: string[]) =>
  roundOf(scheme, [
    {
      id: "a",
      name: "甲公司",
      facts: { "1": { unchecked: devices(...unchecked) }, "2": { files: devices(...files) } },
    },
  ]).units[0] as UnitResult;

describe("occurrences notAgain (不重复扣分)", () => {
  it.each([
    [[], [], "10", "10"],
    [[], ["A", "B"], "10", "8"],
    [["A"], ["A", "B"], "8", "9"], // A was deducted under item 1
    [["A", "B"], ["A", "B"], "6", "10"],
    [["C"], ["A", "B", "B"], "8", "7"],
  ] as const)("case %#", (unchecked, files, s1, s2) => {
    const r = score([...unchecked], [...files]);
    expect(r.items.map((i) => i.score)).toEqual([s1, s2]);
  });
  it("says which event was counted where", () => {
    expect(score(["A"], ["A", "B"]).items[1]?.trace).toEqual([
      "档案不全设备 2 台套（第 1 台套 「A」已在未检验设备中计分，不重复扣分；第 2 台套  1 分），共扣 1 分，得 9 分",
    ]);
  });
  it("states the rule", () => {
    expect(explainScheme(scheme)[1]?.sentence).toContain(
      "设备编号已在未检验设备中计分的不重复扣分",
    );
  });
  it("removes exactly the points of the events counted elsewhere", () => {
    const id = fc.constantFrom("A", "B", "C", "D");
    fc.assert(
      fc.property(fc.array(id, { maxLength: 5 }), fc.array(id, { maxLength: 6 }), (u, f) => {
        const kept = f.filter((d) => !u.includes(d)).length;
        expect(score(u, f).items[1]?.score).toBe(String(Math.max(0, 10 - kept)));
      }),
      { numRuns: 100 },
    );
  });
});

describe("occurrences term cap (此项最多扣N分)", () => {
  const capped = schemeOf([
    {
      code: "1",
      title: "安全检查",
      max: "20",
      facts: [
        { name: "missed", type: "int", label: "缺少检查次数", unit: "次" },
        { name: "unsigned", type: "int", label: "签字不全次数", unit: "次" },
      ],
      rule: {
        kind: "occurrences",
        mode: "deduct",
        terms: [
          { fact: "missed", points: "2" },
          { fact: "unsigned", points: "1", cap: "3" },
        ],
      },
    },
  ]);
  const run = (missed: number, unsigned: number) =>
    roundOf(capped, [{ id: "a", name: "甲", facts: { "1": { missed, unsigned } } }]).units[0]
      ?.items[0];
  it.each([
    [0, 0, "20"],
    [1, 2, "16"],
    [1, 3, "15"],
    [1, 9, "15"], // the second term deducts at most 3
    [9, 9, "0"],
  ] as const)("case %#", (missed, unsigned, expected) => {
    expect(run(missed, unsigned)?.score).toBe(expected);
  });
  it("says the cap in the trace and the sentence", () => {
    expect(run(0, 5)?.trace[0]).toContain(
      "签字不全次数 5 次，每次扣 1 分，扣 5 分，此项最多扣 3 分",
    );
    expect(explainScheme(capped)[0]?.sentence).toContain(
      "签字不全次数每次扣 1 分，此项最多扣 3 分",
    );
  });
  it("never deducts more than the uncapped term, nor more than the cap", () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), (missed, unsigned) => {
        const expected = 20 - 2 * missed - Math.min(3, unsigned);
        expect(run(missed, unsigned)?.score).toBe(String(Math.max(0, expected)));
      }),
      { numRuns: 100 },
    );
  });
});
