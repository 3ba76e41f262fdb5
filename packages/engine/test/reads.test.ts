// Which other items' facts an item reads: the editor's 试算 offers them as inputs.
import { describe, expect, it } from "vitest";
import { factsReadFromOtherItems, getTemplate } from "../src/index.js";

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
