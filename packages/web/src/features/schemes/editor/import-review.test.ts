// The review marks: source pieces cut at spans and clauses, unconfirmed items and low ones.
import { describe, expect, it } from "vitest";
import { piecesOf, unconfirmed, type ReviewProposal } from "./import-review";

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

describe("unconfirmed", () => {
  const p = (code: string, confidence: number): ReviewProposal => ({
    code,
    title: code,
    kindName: "",
    phrase: "",
    confidence,
    explanation: "",
  });
  it("lists the open items and the low-confidence ones among them", () => {
    const review = { proposals: [p("1", 0.9), p("2", 0.3), p("3", 0.1)], confirmed: ["3"] };
    expect(unconfirmed(review)).toEqual({ all: ["1", "2"], low: ["2"] });
  });
});
