import { describe, expect, it } from "vitest";
import { digestOf, WeightedMemo } from "./memo.js";

describe("results memo", () => {
  it("evicts the least recently used entries beyond the weight and refuses entries heavier than the whole", () => {
    const memo = new WeightedMemo<string>(10);
    memo.set("a", "A", 4);
    memo.set("b", "B", 4);
    expect(memo.get("a")).toBe("A"); // a is now the most recently used
    memo.set("c", "C", 4); // 12 > 10: b goes
    expect([memo.get("a"), memo.get("b"), memo.get("c")]).toEqual(["A", undefined, "C"]);
    memo.set("huge", "H", 11);
    expect(memo.get("huge")).toBeUndefined();
  });

  it("digests inputs with their boundaries, so moved text or a null changes the key", () => {
    expect(digestOf([["ab", "c"]])).not.toBe(digestOf([["a", "bc"]]));
    expect(digestOf([["x", null]])).not.toBe(digestOf([["x", ""]]));
    expect(digestOf([["x", "y"]])).toBe(digestOf([["x", "y"]]));
  });
});
