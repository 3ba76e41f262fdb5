// Derived identifiers: the next free one, never one in use, whatever the labels are.
import { describe, expect, it } from "vitest";
import { nextName } from "./derived-names";

describe("nextName", () => {
  it.each([
    [[], "f1"],
    [["f1", "f2"], "f3"],
    [["rate", "f7", "f2"], "f8"],
    [["f1x", "ff2", 3], "f1"],
  ])("after %j gives %s", (taken, expected) => {
    expect(nextName("f", taken)).toBe(expected);
  });
});
