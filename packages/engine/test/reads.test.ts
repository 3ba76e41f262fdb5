// Which other items' facts an item reads: the editor's 试算 offers them as inputs.
import { describe, expect, it } from "vitest";
import { factsReadFromOtherItems, getTemplate, scoredAgainstOtherUnits } from "../src/index.js";

const township = getTemplate("township-2022")!;

describe("factsReadFromOtherItems", () => {
  it("names the other items' facts a rule reads, with their item and label", () => {
    const of = (code: string) =>
      factsReadFromOtherItems(township, code).map((f) => [f.code, f.title, f.decl.name]);
    expect(of("9.1")).toEqual([["4.1", township.items[3]!.children![0]!.title, "rate"]]);
    expect(of("9.3").map(([code, , name]) => `${code}.${name}`)).toEqual(["4.4.rate"]);
  });

  it("leaves out the item's own facts, and knows no unknown item", () => {
    expect(factsReadFromOtherItems(township, "4.1")).toEqual([]);
    expect(factsReadFromOtherItems(township, "9.2")).toEqual([]);
    expect(factsReadFromOtherItems(township, "99")).toEqual([]);
  });
});

describe("scoredAgainstOtherUnits", () => {
  it("knows the items whose score depends on the other units, nested parts included", () => {
    // 9.3 is a sum whose second part is 全县首个完成 (first to reach); 4.1 and 9.1 are the unit's own.
    expect(scoredAgainstOtherUnits(township, "9.3")).toBe(true);
    expect(scoredAgainstOtherUnits(township, "4.1")).toBe(false);
    expect(scoredAgainstOtherUnits(township, "9.1")).toBe(false);
    expect(scoredAgainstOtherUnits(township, "99")).toBe(false);
  });

  it("finds every cross-unit item of a template and nothing else", () => {
    const all: string[] = [];
    const walk = (items: typeof township.items) =>
      items.forEach((i) => {
        all.push(i.code);
        walk(i.children ?? []);
      });
    walk(township.items);
    const text = (code: string) => JSON.stringify(find(township.items, code)?.rule ?? {});
    const find = (items: typeof township.items, code: string): (typeof items)[number] | undefined =>
      items.find((i) => i.code === code) ??
      items.map((i) => find(i.children ?? [], code)).find((i) => i !== undefined);
    for (const code of all)
      expect(scoredAgainstOtherUnits(township, code), code).toBe(
        /"kind":"(firstToReach|rank|vsMean|bestRatio|othersMean)"/.test(text(code)),
      );
  });
});
