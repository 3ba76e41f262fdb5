import { describe, expect, it } from "vitest";
import { formatFactValue, isChanged } from "./fact-values";

describe("isChanged", () => {
  it.each([
    ["99.65", "99.65", false],
    ["5", 5, false],
    ["5.0", "5", false],
    ["99.65", "99.5", true],
    [true, false, true],
    [undefined, "", false],
    [undefined, 0, true],
    [[], [], false],
    [[{ level: "county" }], [{ level: "city" }], true],
  ])("%j vs %j → %s", (a, b, expected) => expect(isChanged(a, b)).toBe(expected));
});

describe("formatFactValue", () => {
  it.each([
    [{ name: "met", type: "bool", label: "x", required: true } as const, true, "是"],
    [{ name: "rate", type: "pct", label: "x", required: true } as const, "99.65", "99.65%"],
    [{ name: "yuan", type: "yuan", label: "x", required: true } as const, "1200", "1200元"],
    [{ name: "lv", type: "level", label: "x", required: true } as const, "city", "市级"],
    [{ name: "cases", type: "list", label: "x", required: true } as const, [1, 2], "2 项"],
    [{ name: "n", type: "int", label: "x", required: true, unit: "次" } as const, 3, "3次"],
    [{ name: "n", type: "int", label: "x", required: true } as const, undefined, "—"],
  ])("%j %j → %s", (decl, value, text) => expect(formatFactValue(decl, value)).toBe(text));
});
