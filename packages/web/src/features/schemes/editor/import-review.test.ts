// The review list's source text: pieces cut at spans and clauses, each marked.
import { describe, expect, it } from "vitest";
import { piecesOf } from "./import-review";

describe("piecesOf", () => {
  it("marks recognised parts and unused clauses", () => {
    const source = "每例扣1分，另行通报。";
    expect(
      piecesOf({
        source,
        spans: [
          { start: 0, end: 2, part: "unit" },
          { start: 2, end: 5, part: "action" },
        ],
        clauses: [
          { start: 0, end: 6, used: true },
          { start: 6, end: 11, used: false },
        ],
        unused: ["另行通报。"],
        confidence: 0.9,
        level: "high",
        warnings: [],
      }),
    ).toEqual([
      { text: "每例", part: "unit", unused: false },
      { text: "扣1分", part: "action", unused: false },
      { text: "，", part: undefined, unused: false },
      { text: "另行通报。", part: undefined, unused: true },
    ]);
  });
});
