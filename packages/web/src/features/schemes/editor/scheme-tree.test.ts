import { getTemplate, validateScheme, type SchemeDocument } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { addItem, deleteItem, itemAt, moveItem, nextCode, parseProblemPath } from "./scheme-tree";

const doc = JSON.parse(JSON.stringify(getTemplate("township-2022"))) as SchemeDocument;

describe("scheme tree editing", () => {
  it("adds a leaf under a group with the next free code; the engine then flags the group's full points", () => {
    const { doc: next, path } = addItem(doc, [0]);
    expect(path).toEqual([0, 4]);
    expect(itemAt(next, path)?.code).toBe("1.5");
    const checked = validateScheme(next);
    expect(checked.ok ? [] : checked.problems.map((p) => [p.path, p.code])).toEqual([
      ["items[0].max", "children_exceed_max"],
    ]);
    expect(validateScheme(addItem(doc, []).doc).ok).toBe(true);
    expect(itemAt(doc, [0])?.children).toHaveLength(4);
  });

  it("moves an item among its siblings and refuses to move past the ends", () => {
    const moved = moveItem(doc, [0, 1], -1);
    expect(moved.path).toEqual([0, 0]);
    expect(itemAt(moved.doc, [0, 0])?.code).toBe("1.2");
    expect(moveItem(doc, [0, 0], -1).doc).toBe(doc);
  });

  it("deletes an item", () => {
    const next = deleteItem(doc, [1, 0]);
    expect(itemAt(next, [1])?.children?.map((c) => c.code)).toEqual(["2.2"]);
  });

  it("turns a leaf into a group when it gets a child", () => {
    const { doc: next } = addItem(doc, [5]);
    const group = itemAt(next, [5]);
    expect(group?.rule).toBeUndefined();
    expect(group?.children?.[0]?.code).toBe("6.1");
  });

  it.each([
    ["items[3].children[0].rule.steps", { item: [3, 0], field: "rule.steps" }],
    ["items[1].max", { item: [1], field: "max" }],
    ["items[2]", { item: [2], field: "" }],
    ["id", undefined],
  ])("parses problem path %s", (path, expected) => {
    expect(parseProblemPath(path)).toEqual(expected);
  });

  it("finds the next top-level code", () => {
    expect(nextCode(doc, [])).toBe("10");
  });
});
