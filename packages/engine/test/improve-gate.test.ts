// 得分提升 on an item lost to its 本项不得分 gate (未开展的不得分): turning the gate's fact round is
// the change that lifts it. Before, such an item was listed among those no change of facts can
// lift («按本项规则，改变本单位填报的数据也不能使总分提高»). The trace names the condition once.
import { describe, expect, it } from "vitest";
import { findImprovements, scoreRound, type UnitFacts } from "@kaoping/engine";
import { checkEvery } from "./improve-check.js";
import { fact, schemeOf } from "./helpers.js";

const scheme = schemeOf([
  {
    code: "1",
    title: "宣传月",
    max: "5",
    facts: [
      fact.bool("late", { label: "报送迟于规定时间" }),
      fact.bool("clear", { label: "已开展" }),
    ],
    gate: { fact: "clear", pass: true, effect: "zero", reason: "未开展，本项不得分" },
    rule: { kind: "checklist", mode: "deduct", items: [{ fact: "late", when: true, points: "2" }] },
  },
]);

const units = (late: boolean): UnitFacts[] => [
  { id: "a", name: "甲镇", facts: { "1": { late, clear: false } } },
];

describe("an item lost to its 本项不得分 gate", () => {
  it("is lifted by turning the gate's fact round, gain worked out by hand", () => {
    checkEvery(scheme, units(false));
    // 已开展 否 → 是: the gate passes; nothing late: 5 − 0 = 5.
    expect(findImprovements(scheme, units(false))[0]?.improvements[0]).toMatchObject({
      facts: { "1.clear": true },
      gain: "5",
      text: "已开展由“否”改为“是”，可多得 5 分",
    });
    // Late as well: the gate turned round gives 5 − 2 = 3.
    expect(findImprovements(scheme, units(true))[0]?.improvements[0]).toMatchObject({
      facts: { "1.clear": true },
      gain: "3",
    });
    expect(findImprovements(scheme, units(false))[0]?.fixed).toEqual([]);
  });

  it("says the condition once in the trace", () => {
    const r = scoreRound(scheme, units(false));
    if (!r.ok) throw new Error("scoring failed");
    const trace = r.result.units[0]?.items[0]?.trace.join("；") ?? "";
    expect(trace).toBe("未开展，本项不得分");
  });
});
