// A penalty beyond the item said as a user writes it (decision 0343): the award's other side in
// one sentence («未发生X的，得 5 分，否则本项不得分，并从单位总分中追加扣除 5 分»), and a trigger that
// zeroes the item with its amount at the end of its own line, not on a line of its own.
import { explainScheme, scoreRound, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, schemeOf } from "./helpers.js";

const calm = { name: "calm", type: "bool", label: "未发生因医保问题引发的群体性事件" };
const scheme = schemeOf([
  {
    code: "1",
    title: "安全稳定",
    max: "5",
    facts: [calm],
    rule: {
      kind: "penalty",
      rule: { kind: "checklist", mode: "award", items: [{ fact: "calm", points: "5" }] },
      penalties: [{ when: { fact: "calm", equals: false }, points: "5", zeroItem: true }],
    },
  },
  {
    code: "2",
    title: "设备设施",
    max: "5",
    facts: [
      fact.int("faults", { label: "不符合规定处数", unit: "处" }),
      fact.bool("hazard", { label: "构成重大隐患" }),
    ],
    rule: {
      kind: "penalty",
      rule: { kind: "occurrences", mode: "deduct", terms: [{ fact: "faults", points: "1" }] },
      penalties: [
        { when: { deducted: "5" }, points: "10" },
        { when: { fact: "hazard" }, points: "20", zeroItem: true },
      ],
    },
  },
]);
const unit = (facts: Record<string, unknown>): UnitResult => {
  const r = scoreRound(scheme, [{ id: "u", name: "甲镇", facts }]);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.result.units[0] as UnitResult;
};

describe("a penalty said in plain sentences", () => {
  it("states the award's other side in one sentence", () => {
    const [one, two] = explainScheme(scheme);
    expect(one?.sentence).toBe(
      "未发生因医保问题引发的群体性事件的，得 5 分，否则本项不得分，并从单位总分中追加扣除 5 分；满分 5 分",
    );
    // A trigger of its own is still said with its condition.
    expect(two?.sentence).toContain("构成重大隐患的，本项不得分，并从单位总分中追加扣除 20 分");
  });

  it("traces the other side in one line, with every number", () => {
    const u = unit({ "1": { calm: false }, "2": { faults: 0, hazard: false } });
    expect(u.items[0]?.trace).toEqual([
      "发生因医保问题引发的群体性事件，本项不得分，得 0 分，并从总分中追加扣除 5 分（不受本项分值限制）",
    ]);
    expect(u.total).toBe("0");
    expect(u.adjustments?.[0]?.reason).toBe("发生因医保问题引发的群体性事件，追加扣除");
  });

  it("keeps the rule's own line beside a trigger of another matter", () => {
    const u = unit({ "1": { calm: true }, "2": { faults: 6, hazard: true } });
    expect(u.items[1]?.trace).toEqual([
      "不符合规定处数 6 处，每处扣 1 分，扣 6 分",
      "构成重大隐患，本项不得分，得 0 分，并从总分中追加扣除 20 分（不受本项分值限制）",
      "累计扣分 6 分，达到 5 分，追加扣除：从总分中扣除 10 分（不受本项分值限制）",
    ]);
    expect(u.total).toBe("-25");
  });
});
