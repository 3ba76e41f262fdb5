// The edge cases a rule implies, scored by the engine: the threshold keeps full marks, just below
// costs one step, "扣完" reaches 0, "加满" reaches the max, a band's lower bound is in the band.
import { getTemplate, scoreUnit, type Item, type ItemResult, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { edgeCases, factsByItem } from "./edge-cases";

const scheme = getTemplate("township-2022") as Scheme;
const find = (items: Item[], code: string): Item | undefined =>
  items.map((i) => (i.code === code ? i : find(i.children ?? [], code))).find(Boolean);
const scoreOf = (code: string, facts: Record<string, unknown>): string | null => {
  const result = scoreUnit(scheme, { id: "u", name: "单位", facts: factsByItem(code, facts) });
  const walk = (items: ItemResult[]): ItemResult | undefined =>
    items.map((i) => (i.code === code ? i : walk(i.children))).find(Boolean);
  return walk(result.items)?.score ?? null;
};
const scores = (code: string) =>
  Object.fromEntries(
    edgeCases(find(scheme.items, code) as Item).map((c) => [c.label, scoreOf(code, c.facts)]),
  );

describe("edgeCases", () => {
  it("steps below (4.1): threshold, just below, one step, exhausted", () => {
    expect(scores("4.1")).toEqual({
      正好达到起点: "5",
      略低于起点: "4.5",
      低一档: "4.5",
      扣完: "0",
    });
  });

  it("steps on a ratio with a zero line (5.2)", () => {
    expect(scores("5.2")).toMatchObject({ 正好达到起点: "2", 低一档: "1.9", 低于零分线: "0" });
  });

  it("steps above on another item's fact (9.1 reads 4.1's rate): cases name it by reference", () => {
    const item = find(scheme.items, "9.1") as Item;
    expect(edgeCases(item).map((c) => c.facts)).toEqual([
      { "4.1.rate": "99.8" },
      { "4.1.rate": "99.9" },
      { "4.1.rate": "100" },
    ]);
    expect(scores("9.1")).toEqual({ 正好达到起点: "0", 超过一档: "0.5", 加满: "1" });
    expect(factsByItem("9.1", { "4.1.rate": "99.9", x: 1 })).toEqual({
      "9.1": { x: 1 },
      "4.1": { rate: "99.9" },
    });
    const own = {
      ...item,
      facts: [{ name: "rate", type: "pct", label: "参保率", required: true }],
    };
    const cases = edgeCases({ ...own, rule: { ...item.rule, value: { fact: "rate" } } } as Item);
    expect(cases.map((c) => [c.label, c.facts.rate])).toEqual([
      ["正好达到起点", "99.8"],
      ["超过一档", "99.9"],
      ["加满", "100"],
    ]);
  });

  it("bands (4.4): each lower bound in its band, just below it in the next", () => {
    expect(scores("4.4")).toEqual({
      "第 1 档下限": "15",
      "略低于第 1 档": "12",
      "第 2 档下限": "12",
      "略低于第 2 档": "9",
    });
  });

  it("quota (2.2) and occurrences (1.3)", () => {
    expect(scores("2.2")).toEqual({ 正好达到要求: "5", 少一个: "4", 扣完: "0" });
    expect(scores("1.3")).toEqual({ 一次也没有: "2", 一次: "1.5", "扣完（加满）": "0" });
  });
});
