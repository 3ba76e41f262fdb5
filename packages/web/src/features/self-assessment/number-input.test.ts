import { describe, expect, it } from "vitest";
import { numberInputText, numberInputValue } from "./number-input";

describe("numberInputValue", () => {
  it.each([
    ["decimal", "９９．８", "99.8"],
    ["decimal", "99.8", "99.8"],
    ["decimal", "abc", "abc"],
    ["int", "２", 2],
    ["int", "1.5", "1.5"],
    ["int", "-1", -1],
    ["int", "－１", -1],
    ["int", "1.5 次", "1.5 次"],
    ["int", "  ", undefined],
  ])("%s %j → %j (never rounded, clamped or dropped)", (type, typed, value) =>
    expect(numberInputValue(type, typed)).toEqual(value),
  );
  it("shows what is stored", () => {
    expect(numberInputText(2)).toBe("2");
    expect(numberInputText("1.5")).toBe("1.5");
    expect(numberInputText(undefined)).toBe("");
  });
});
