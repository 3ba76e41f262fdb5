import { describe, expect, it } from "vitest";
import { codesText, openElsewhere } from "./approval-summary";

const open = (itemCode: string, reviewers: string[]) => ({
  itemCode,
  title: itemCode,
  status: "pending" as const,
  reviewers,
});

describe("openElsewhere", () => {
  it("groups the items outside one's own part by the reviewers who hold them", () => {
    const lines = openElsewhere({
      items: [{ itemCode: "1.1" }] as never,
      approval: {
        complete: false,
        ownPartApproved: false,
        ownPending: ["1.1"],
        parts: [],
        openItems: [
          open("1.1", ["评审员甲"]),
          open("3.1", ["评审员乙"]),
          open("3.2", ["评审员乙"]),
          open("9.9", []),
        ],
      },
    });
    expect(lines).toEqual([
      { who: "评审员乙", codes: ["3.1", "3.2"] },
      { who: "（尚无评审员负责）", codes: ["9.9"] },
    ]);
  });
});

describe("codesText", () => {
  it("counts what it does not show", () => {
    expect(codesText(["3.1", "3.2"])).toBe("3.1、3.2（2 项）");
    expect(codesText(["a", "b", "c"], 2)).toBe("a、b 等 3 项");
  });
});
