import { validateScheme, type SchemeDocument } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { editItem } from "./item-edit";
import { addItem, itemAt, newLeaf, type DocItem } from "./scheme-tree";

const blank = { id: "s", title: "方案", items: [newLeaf("1")] } as unknown as SchemeDocument;
const score = { name: "f2", type: "decimal", label: "评分", min: "0", max: "1" };
const rankOn1 = { kind: "rank", itemScore: "1", order: "desc", awards: [{ upTo: 1, points: "1" }] };

/** A new item (2) whose rule the administrator then sets. */
function newItemWith(change: (item: DocItem) => DocItem) {
  const { doc, path } = addItem(blank, []);
  const item = itemAt(doc, path) as DocItem;
  return { path, ...editItem(doc, path, change(item)) };
}
const factLabels = (doc: SchemeDocument, code: string) =>
  (
    (doc.items as unknown as DocItem[]).find((i) => i.code === code)?.facts as { label: string }[]
  ).map((f) => f.label);
const warnings = (doc: SchemeDocument) => {
  const checked = validateScheme(doc);
  return checked.ok ? checked.warnings.map((w) => w.message) : ["invalid"];
};

describe("a new item's default fact follows its rule", () => {
  it.each([
    [
      "酌情打分",
      (i: DocItem) => ({
        ...i,
        facts: [...(i.facts as object[]), score],
        rule: { kind: "discretionary", fact: "f2" },
      }),
    ],
    ["按第1项得分排名", (i: DocItem) => ({ ...i, rule: rankOn1 })],
  ])("drops 已达到要求 once a %s rule reads no such fact", (_, change) => {
    const { doc, dropped } = newItemWith(change);
    expect(dropped).toBe("已达到要求");
    expect(warnings(doc)).toEqual([]);
    expect(factLabels(doc, "2")).not.toContain("已达到要求");
  });

  it("keeps it while the new rule is half-filled, and drops it when the rule is complete", () => {
    const half = newItemWith((i) => ({ ...i, rule: { kind: "rank", order: "desc" } }));
    expect(half.dropped).toBeUndefined();
    expect(factLabels(half.doc, "2")).toEqual(["已达到要求"]);
    const item = itemAt(half.doc, half.path) as DocItem;
    const done = editItem(half.doc, half.path, { ...item, rule: rankOn1 });
    expect(done.dropped).toBe("已达到要求");
    expect(factLabels(done.doc, "2")).toEqual([]);
  });

  it("keeps it while a rule reads it, here or in another item", () => {
    expect(newItemWith((i) => ({ ...i, title: "党建" })).dropped).toBeUndefined();
    // Item 1 counts item 2's 已达到要求 among its requirements.
    const first = {
      ...newLeaf("1"),
      rule: { kind: "checklist", mode: "award", items: [{ fact: "2.f1", points: "1" }] },
    };
    const { doc, path } = addItem({ ...blank, items: [first] } as unknown as SchemeDocument, []);
    const read = editItem(doc, path, { ...(itemAt(doc, path) as DocItem), rule: rankOn1 });
    expect(read.dropped).toBeUndefined();
    expect(factLabels(read.doc, "2")).toEqual(["已达到要求"]);
    expect(warnings(read.doc)).toEqual([
      "第1项“新评分项”的填报项“已达到要求”没有任何规则使用，单位仍需填报",
    ]);
  });

  it("never drops a fact the administrator named, and the engine warns of it instead", () => {
    const { doc, dropped } = newItemWith((i) => ({
      ...i,
      facts: [{ name: "f1", type: "bool", label: "已建立台账" }],
      rule: rankOn1,
    }));
    expect(dropped).toBeUndefined();
    expect(warnings(doc)).toEqual([
      "第2项“新评分项”的填报项“已建立台账”没有任何规则使用，单位仍需填报",
    ]);
  });
});
