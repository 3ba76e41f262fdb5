import { reviewLimits } from "@kaoping/server/contract";
import { describe, expect, it } from "vitest";
import { commentProblem } from "./item-comments";
import { itemCommentsOf } from "./return-dialog";

describe("commentProblem", () => {
  it.each([
    ["村数与花名册不一致", "5.2", undefined],
    ["  ", "5.2", "请填写意见"],
    ["", undefined, "请填写意见"],
    [
      "x".repeat(reviewLimits.comment.max + 1),
      "5.2",
      `意见最长 ${reviewLimits.comment.max} 个字符`,
    ],
  ])("%j on %s → %s", (text, itemCode, problem) =>
    expect(commentProblem(text, itemCode)).toBe(problem),
  );
});

describe("itemCommentsOf", () => {
  const comment = (id: string, itemCode: string) => ({
    id,
    itemCode,
    text: `意见 ${id}`,
    authorId: "u1",
    authorName: "评审员乙",
    createdAt: "2026-11-22T08:00:00.000Z",
  });
  it("lists the items with comments, in the screen's order", () => {
    const items = [
      { itemCode: "4.1", title: "参保率", comments: [comment("a", "4.1"), comment("b", "4.1")] },
      { itemCode: "4.2", title: "违规", comments: [] },
      { itemCode: "5.2", title: "村数", comments: [comment("c", "5.2")] },
    ];
    expect(
      itemCommentsOf({ items } as never).map((i) => [i.itemCode, i.comments.map((c) => c.id)]),
    ).toEqual([
      ["4.1", ["a", "b"]],
      ["5.2", ["c"]],
    ]);
  });
});
