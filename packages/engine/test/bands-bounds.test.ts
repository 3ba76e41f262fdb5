// 分档计分 where an exclusive bound decides (issue 15, mutants the other band tables let through:
// there a better band listed first always took the value before a `lt` or `gt` was read). Here the
// bands leave gaps, so a value exactly on `gt` or `lt` falls out to 「其余」.
import { describe, expect, it } from "vitest";
import { fact, leafScheme, scoreLeaf } from "./helpers.js";

describe("bands with exclusive bounds and gaps", () => {
  const gapped = leafScheme("10", [fact.pct("rate")], {
    kind: "bands",
    value: { fact: "rate" },
    bands: [
      { gt: "90", points: "10" },
      { gt: "60", lt: "80", points: "6" },
    ],
    otherwise: "1",
  });
  it.each([
    ["90.0001", "10"],
    ["90", "1"], // gt: 90 itself is not above 90
    ["85", "1"],
    ["80", "1"], // lt: 80 itself is not below 80
    ["79.9999", "6"],
    ["60.0001", "6"],
    ["60", "1"],
    ["0", "1"],
  ] as const)("rate %s scores %s", (rate, expected) => {
    expect(scoreLeaf(gapped, { rate }).score).toBe(expected);
  });
});
