import { ruleKinds } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { paramFields } from "./rule-params";

const kind = (id: string) => ruleKinds.find((k) => k.id === id)!;

describe("paramFields", () => {
  it("gives every rule kind a form", () => {
    for (const k of ruleKinds) expect(paramFields(k).length, k.id).toBeGreaterThan(0);
  });

  it("reads choices, decimals, fact references and lists from the steps and checklist kinds", () => {
    const steps = Object.fromEntries(paramFields(kind("steps")).map((f) => [f.name, f]));
    expect(steps.direction?.input).toBe("select");
    expect(steps.direction?.options.length).toBeGreaterThan(1);
    expect(steps.from?.input).toBe("decimal");
    expect(steps.from?.required).toBe(true);
    expect(steps.rounding?.input).toBe("select");
    const checklist = Object.fromEntries(paramFields(kind("checklist")).map((f) => [f.name, f]));
    expect(checklist.items?.input).toBe("json");
    expect(paramFields(kind("quota")).find((f) => f.name === "fact")?.input).toBe("fact");
  });

  it("labels every parameter and choice in Chinese from the engine, with help", () => {
    for (const k of ruleKinds)
      for (const field of paramFields(k)) {
        expect(field.label, `${k.id}.${field.name}`).toMatch(/[\u4e00-\u9fff]/);
        expect(field.help, `${k.id}.${field.name}`).toMatch(/[\u4e00-\u9fff]/);
        for (const option of field.options)
          expect(option.label, `${k.id}.${field.name}=${option.value}`).toMatch(/[\u4e00-\u9fff]/);
      }
    const steps = Object.fromEntries(paramFields(kind("steps")).map((f) => [f.name, f]));
    expect(steps.from?.label).toBe("起点值");
    expect(steps.direction?.options).toEqual([
      { value: "below", label: "低于起点扣分" },
      { value: "above", label: "高于起点加分" },
      { value: "over", label: "超过上限扣分" },
      { value: "both", label: "双向（增加分、减扣分）" },
    ]);
    // `best` holds the same fields as the value itself: described once.
    expect(steps.value?.fields.map((f) => f.name)).toEqual([
      "fact",
      "ratio",
      "percent",
      "label",
      "best",
    ]);
    const bands = paramFields(kind("bands")).find((f) => f.name === "bands");
    expect(bands?.fields.find((f) => f.name === "gte")?.label).toBe("不低于");
    const terms = paramFields(kind("occurrences")).find((f) => f.name === "terms");
    expect(terms?.fields.map((f) => f.name)).toContain("byField.points");
  });
});
