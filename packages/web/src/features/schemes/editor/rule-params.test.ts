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
});
