// The rule form is generated from the engine's catalogue: every parameter of every kind gets a
// control other than a text box for JSON, with a Chinese label.
import { explainRule, ruleKinds } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import {
  elementOf,
  initialObject,
  initialRule,
  nodesOf,
  paramNodes,
  type ParamNode,
} from "./rule-params";

const kind = (id: string) => ruleKinds.find((k) => k.id === id)!;
const byName = (nodes: ParamNode[]) => Object.fromEntries(nodes.map((n) => [n.name, n]));

/** Every node of a kind, nested rows and groups included. */
function walk(nodes: ParamNode[]): ParamNode[] {
  return nodes.flatMap((n) => {
    if (n.control === "rows" && elementOf(n).properties?.kind === undefined)
      return [n, ...walk(nodesOf(elementOf(n), n.labels))];
    if (n.control === "group") return [n, ...walk(nodesOf(n.schema, n.labels))];
    return [n];
  });
}

describe("rule parameter controls", () => {
  it.each(ruleKinds.map((k) => [k.id]))(
    "%s: every parameter and nested field is a control with a Chinese label",
    (id) => {
      const nodes = walk(paramNodes(kind(id)));
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        expect(node.label, `${id}.${node.name}`).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/);
        for (const c of node.choices) expect(c.label).not.toMatch(/[A-Za-z]|未命名/);
      }
    },
  );

  it("offers rank's 数据来源: an entered fact or another item's score picked from the items", () => {
    const rank = byName(paramNodes(kind("rank")));
    expect(rank.fact?.control).toBe("fact");
    expect(rank.itemScore?.control).toBe("item");
    expect(rank.itemScore?.label).toBe("考核项");
    // The comparisons and the threshold and step kinds take another item's score as one more
    // measured value (docs/decisions/0300); a fact-against-fact comparison does not.
    expect(kind("vsMean").labels.value?.fields?.itemScore?.input).toBe("item");
    expect(kind("steps").labels.value?.fields?.itemScore?.input).toBe("item");
    expect(kind("compare").labels.value).toBeUndefined();
  });

  it("reads choices, numbers with units, fact pickers, measured values and rows", () => {
    const steps = byName(paramNodes(kind("steps")));
    expect(steps.value?.control).toBe("measure");
    expect(steps.direction?.choices).toEqual([
      { value: "below", label: "低于起点扣分" },
      { value: "above", label: "高于起点加分" },
      { value: "over", label: "超过上限扣分" },
      { value: "both", label: "双向（增加分、减扣分）" },
    ]);
    expect([steps.from?.control, steps.from?.unit, steps.points?.unit]).toEqual([
      "number",
      "measure",
      "points",
    ]);
    const terms = byName(paramNodes(kind("occurrences"))).terms!;
    expect(terms.control).toBe("rows");
    const term = byName(nodesOf(elementOf(terms), terms.labels));
    expect(term.fact?.control).toBe("fact");
    expect(term.onePerKey?.control).toBe("field");
    const byField = byName(nodesOf(term.byField!.schema, term.byField!.labels));
    expect([byField.field?.control, byField.points?.control]).toEqual(["field", "fieldPoints"]);
    const exempt = byName(nodesOf(term.exempt!.schema, term.exempt!.labels));
    expect(exempt.equals?.control).toBe("fieldValue");
    const sum = byName(paramNodes(kind("sum")));
    expect(sum.parts?.control).toBe("rows");
    // 基础分 (optional): a number in 分 the parts add to and take from.
    expect([sum.base?.label, sum.base?.control, sum.base?.unit, sum.base?.required]).toEqual([
      "基础分",
      "number",
      "points",
      false,
    ]);
    const option = byName(paramNodes(kind("option"))).options!;
    const choice = byName(nodesOf(elementOf(option), option.labels));
    expect([choice.value?.control, choice.rule?.control]).toEqual(["factValue", "rule"]);
    expect(byName(paramNodes(kind("rank"))).awards?.control).toBe("rows");
    // 其余得N分: the rank form has a points field for the places after the listed ones.
    const rest = byName(paramNodes(kind("rank"))).rest;
    expect([rest?.label, rest?.control, rest?.unit]).toEqual(["其余名次分值", "number", "points"]);
  });

  it("shows vsMean's 优于平均值加分 as an optional group of Chinese fields, read back in Chinese", () => {
    const mean = byName(paramNodes(kind("vsMean")));
    expect([mean.bonus?.label, mean.bonus?.control, mean.bonus?.required]).toEqual([
      "优于平均值加分",
      "group",
      false,
    ]);
    const bonus = nodesOf(mean.bonus!.schema, mean.bonus!.labels);
    expect(bonus.map((n) => [n.name, n.label, n.control, n.unit])).toEqual([
      ["step", "加分每档幅度", "number", "measure"],
      ["points", "加分每档分值", "number", "points"],
      ["cap", "最多加", "number", "points"],
      ["rounding", "不足一档", "choice", undefined],
    ]);
    expect(byName(bonus).rounding?.choices.map((c) => c.label)).toEqual([
      "按一档计（向上取整）",
      "不计（向下取整）",
      "按比例计",
    ]);
    // Switched on, the group starts empty: the engine says which fields are still to fill in.
    expect(initialObject(mean.bonus!.schema, mean.bonus!.labels)).toEqual({});
    const sentence = explainRule(
      {
        kind: "vsMean",
        value: { fact: "rate" },
        direction: "below",
        step: "1",
        points: "0.5",
        rounding: "up",
        bonus: { step: "1", points: "0.5", cap: "2" },
      },
      { code: "1", max: "3", facts: [{ name: "rate", type: "pct", label: "参保率" }] },
    );
    expect(sentence).toContain("参保率等于基准的得 1 分；每高于 1 个百分点加 0.5 分");
    expect(sentence).toContain("不足 1 个百分点的部分不计，最多加 2 分");
  });

  it("starts a new rule with its first choices and one row of each required list", () => {
    expect(initialRule(kind("occurrences"))).toEqual({
      kind: "occurrences",
      mode: "deduct",
      terms: [{}],
    });
    expect(initialRule(kind("sum"))).toEqual({ kind: "sum", parts: [{ kind: "discretionary" }] });
    expect(initialRule(kind("steps"))).toMatchObject({ direction: "below", rounding: "up" });
  });
});
