// A gated item read back as staff write it (decision 0325): «发生…的，实行一票否决», the condition
// taken from the gate's reason (the 细则's own words) or, without one, from the fact's label
// turned round; a veto item whose rule reads only the gate's fact is stated as the veto alone.
import { explainRule, type Gate } from "@kaoping/engine";
import { describe, expect, it } from "vitest";

const clear = { name: "clear1", type: "bool", label: "未发生一票否决事项" };
const vetoOn = (reason: string, fact = "clear1"): Gate => ({
  fact,
  pass: true,
  effect: "veto",
  reason,
});
const award = (fact: string, points: string) => ({
  kind: "checklist",
  mode: "award",
  items: [{ fact, points }],
});
const counted = {
  kind: "occurrences",
  mode: "deduct",
  terms: [{ fact: "count", points: "1" }],
};
const count = { name: "count", type: "int", label: "违规次数", unit: "次" };

describe("a veto item's sentence", () => {
  it("states a 0-point veto item as the veto alone, in the 细则's words", () => {
    const s = explainRule(award("clear1", "0"), {
      code: "5.1",
      max: "0",
      facts: [clear],
      gate: vetoOn("发生重大欺诈骗保案件被上级通报"),
    });
    expect(s).toBe("发生重大欺诈骗保案件被上级通报的，实行一票否决（总分为 0 分）；本项不计分");
  });

  it("states a veto item with points as the veto, else its points", () => {
    const s = explainRule(award("clear1", "10"), {
      code: "3",
      max: "10",
      facts: [clear],
      gate: vetoOn("发生重大安全责任事故"),
    });
    expect(s).toBe("发生重大安全责任事故的，实行一票否决（总分为 0 分），否则得 10 分；满分 10 分");
  });

  it("does not repeat the effect a reason already names, and reads several conditions with 或", () => {
    const s = explainRule(award("clear1", "0"), {
      code: "5.2",
      max: "0",
      facts: [clear],
      gate: vetoOn("一票否决：发生重大医保舆情事件；弄虚作假骗取考核分数，实行一票否决。"),
    });
    expect(s).toBe(
      "发生重大医保舆情事件或弄虚作假骗取考核分数的，实行一票否决（总分为 0 分）；本项不计分",
    );
  });

  it("turns the fact's label round when the reason names nothing (未发生X → 发生X)", () => {
    const s = explainRule(award("clear1", "0"), {
      code: "5.3",
      max: "0",
      facts: [{ ...clear, label: "未发生重大安全事故" }],
      gate: vetoOn("一票否决"),
    });
    expect(s).toBe("发生重大安全事故的，实行一票否决（总分为 0 分）；本项不计分");
  });
});

describe("a gate beside a rule of its own", () => {
  it("follows the rule as «<condition>的，<effect>»", () => {
    const s = explainRule(counted, {
      code: "1",
      max: "6",
      facts: [count, { ...clear, label: "未发生重大安全事故" }],
      gate: vetoOn("发生重大安全事故，一票否决"),
    });
    expect(s).toBe(
      "违规次数每次扣 1 分，扣完为止；发生重大安全事故的，实行一票否决（总分为 0 分）；满分 6 分",
    );
  });

  it("reads a 不得分 gate's conditions the same way", () => {
    const s = explainRule(counted, {
      code: "2",
      max: "4",
      facts: [count, { name: "ok", type: "bool", label: "无未按规定开展自查自纠" }],
      gate: { fact: "ok", pass: true, effect: "zero", reason: "未按规定开展自查自纠，本项不得分" },
    });
    expect(s).toContain("；未按规定开展自查自纠的，本项得 0 分；满分 4 分");
  });

  it("keeps «“label”为否时» where neither the reason nor the label can be turned round", () => {
    const s = explainRule(counted, {
      code: "3",
      max: "4",
      facts: [count, { name: "ok", type: "bool", label: "建立内控制度" }],
      gate: { fact: "ok", pass: true, effect: "zero", reason: "本项不得分" },
    });
    expect(s).toContain("；“建立内控制度”为否时，本项得 0 分；");
  });

  it("states a gate that fails on a true fact with the label as it is", () => {
    const s = explainRule(counted, {
      code: "4",
      max: "4",
      facts: [count, { name: "bad", type: "bool", label: "存在虚假报送" }],
      gate: { fact: "bad", pass: false, effect: "noExcellent", reason: "一票否优" },
    });
    expect(s).toContain("；存在虚假报送的，实行一票否优（不得评为优秀等次，得分不变）；");
  });
});

describe("a grade veto", () => {
  it("keeps the rule's points beside it (the score is the rule's)", () => {
    const s = explainRule(award("clear1", "2"), {
      code: "6",
      max: "2",
      facts: [clear],
      gate: { ...vetoOn("经办人员受到党纪政务处分"), effect: "ineligible" },
    });
    expect(s).toBe(
      "未发生一票否决事项的，得 2 分；经办人员受到党纪政务处分的，取消评先评优资格（得分不变）；满分 2 分",
    );
  });
});

describe("a gate being written in the editor (decision 0342)", () => {
  it("says it is not complete yet instead of failing when its fact is not chosen", () => {
    const half = { pass: true, effect: "zero", reason: "" } as unknown as Gate;
    const s = explainRule(counted, { code: "2", max: "4", facts: [count], gate: half });
    expect(s).toBe("违规次数每次扣 1 分，扣完为止；否决条件尚未填写完整；满分 4 分");
  });
});
