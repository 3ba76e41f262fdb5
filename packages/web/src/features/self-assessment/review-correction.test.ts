import type { FactDeclaration } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { correctionLines } from "./review-correction";

describe("a reviewer's correction as the unit reads it", () => {
  const decls = [
    { name: "articles", label: "宣传稿件数", type: "int", required: true },
    { name: "held", label: "是否召开", type: "bool", required: true },
  ] satisfies FactDeclaration[];

  it("shows the unit's and the reviewer's value of every fact and marks the changed ones", () => {
    const lines = correctionLines(
      decls,
      { articles: 3, held: true },
      { articles: "0", held: true },
    );
    expect(lines.map((l) => [l.label, l.own, l.reviewed, l.changed])).toEqual([
      ["宣传稿件数", expect.stringMatching(/^3/), expect.stringMatching(/^0/), true],
      ["是否召开", "是", "是", false],
    ]);
  });

  it("treats equal decimals as unchanged and a missing own value as changed", () => {
    expect(correctionLines(decls, { articles: "5.0" }, { articles: 5 })[0]!.changed).toBe(false);
    expect(correctionLines(decls, {}, { articles: 5 })[0]).toMatchObject({
      own: "—",
      changed: true,
    });
  });
});
