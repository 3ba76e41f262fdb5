import { describe, expect, it } from "vitest";
import { chineseNumeral } from "./chinese-numbers";

describe("chineseNumeral", () => {
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [42, "四十二"],
    [99, "九十九"],
    [100, "100"],
    [0, "0"],
  ])("%i → %s", (n, text) => expect(chineseNumeral(n)).toBe(text));
});
