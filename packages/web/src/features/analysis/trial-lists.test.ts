// 试算 of list facts (issue 18 part 1): an entry taken out or one more, each entry in words, and
// the list sent for the trial scored by the engine like the server's 试算 does.
import { getTemplate, scoreUnit, type FactDeclaration, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { countWords, entryWords, listOf, withCopyOf, withoutEntry } from "./trial-lists";

const findings: FactDeclaration = {
  name: "findings",
  type: "list",
  label: "发现的问题",
  required: false,
  fields: [
    { name: "level", type: "level", label: "级别", required: true },
    { name: "fixed", type: "bool", label: "是否整改", required: false },
    { name: "amount", type: "yuan", label: "金额", unit: "元", required: false },
  ],
} as FactDeclaration;

describe("试算 of list facts", () => {
  const facts = {
    "7": {
      findings: [
        { level: "county", fixed: false },
        { level: "city", amount: "1200" },
        { level: "province" },
      ],
    },
  };

  it("reads the list of a fact path from the unit's facts", () => {
    expect(listOf(facts, "7.findings")).toHaveLength(3);
    expect(listOf(facts, "7.other")).toBeUndefined();
    expect(listOf(undefined, "7.findings")).toBeUndefined();
  });

  it("少一条 takes out exactly that entry; 多一条 adds a copy at the end; the input is unchanged", () => {
    const list = listOf(facts, "7.findings") as unknown[];
    expect(withoutEntry(list, 1)).toEqual([
      { level: "county", fixed: false },
      { level: "province" },
    ]);
    const more = withCopyOf(list, 0);
    expect(more).toHaveLength(4);
    expect(more[3]).toEqual({ level: "county", fixed: false });
    expect(more[3]).not.toBe(list[0]);
    expect(list).toHaveLength(3);
    expect(countWords(list, withoutEntry(list, 0))).toBe("由 3 条改为 2 条");
    expect(countWords(list, list)).toBe("共 3 条");
    expect(countWords(undefined, list)).toBe("共 3 条");
  });

  it("says each entry in Chinese: option labels, 是/否, amounts with their unit", () => {
    const list = listOf(facts, "7.findings") as unknown[];
    expect(list.map((e) => entryWords(findings, e))).toEqual([
      "级别：县级；是否整改：否",
      "级别：市级；金额：1200 元",
      "级别：省级",
    ]);
  });

  it("the list with one finding fewer scores more on township-2022 item 7 (engine), one more scores less", () => {
    // township-2022 item 7 deducts per finding by level; one county-level finding fewer raises
    // the item's score (scored by the engine, nothing assumed about the amount).
    const scheme = getTemplate("township-2022") as Scheme;
    const decl = scheme.items.find((i) => i.code === "7")?.facts?.[0];
    expect(decl?.type).toBe("list");
    const name = decl?.name as string;
    const unit = (list: unknown[]) =>
      scoreUnit(scheme, { id: "u", name: "单位", facts: { "7": { [name]: list } } }).items.find(
        (i) => i.code === "7",
      )?.score;
    const two = [{ level: "county" }, { level: "county" }];
    const before = Number(unit(two));
    const after = Number(unit(withoutEntry(two, 0)));
    expect(after).toBeGreaterThan(before);
    expect(Number(unit(withCopyOf(two, 0)))).toBeLessThan(before);
  });
});
