import { describe, expect, it } from "vitest";
import { wholeNumberText, wholeNumberValue } from "./whole-number";

describe("wholeNumberValue", () => {
  it.each([
    ["5", 5],
    [" 2026 ", 2026],
    ["４", 4],
    ["２０２６", 2026],
    ["－１", -1],
    ["3.5", "3.5"],
    ["1.0", "1.0"],
    ["03", "03"],
    ["-1", -1],
    ["abc", "abc"],
    ["3 次", "3 次"],
    ["", undefined],
    ["  ", undefined],
  ])("%j → %j (never rounded, clamped or dropped)", (typed, value) =>
    expect(wholeNumberValue(typed)).toEqual(value),
  );
  it("shows what the form holds", () => {
    expect(wholeNumberText(5)).toBe("5");
    expect(wholeNumberText("abc")).toBe("abc");
    expect(wholeNumberText(null)).toBe("");
  });
});
