// A rank's award said as the item's kind reads it (decision 0343): in a 加分 item the places add
// points (前 3 名加 6 分), in any other item they are what the item earns (前 3 名得 6 分); under a
// 基础分 a place's points are added to the base, so 加 again.
import { explainRule, explainScheme, type UnitResult } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, roundOf, schemeOf } from "./helpers.js";

const dec = { type: "decimal", unit: "", min: "0", scale: 2, label: "综合评价得分" };
const rank = (extra: object = {}) => ({
  kind: "rank",
  fact: "v",
  order: "desc",
  awards: [
    { upTo: 1, points: "6" },
    { upTo: 3, points: "4" },
  ],
  ...extra,
});
const leaf = (code: string, title: string, rule: object, max = "6") => ({
  code,
  title,
  max,
  facts: [fact.int("v", dec), fact.bool("ok", { required: false, default: false })],
  rule,
});
/** Item 1 a regular item, item 2 the ranked one (under a 加分 part when `bonus`). */
function schemeWith(rule: object, bonus: boolean) {
  const ranked = leaf("2.1", "工作成效排名", rule);
  return schemeOf([
    { ...leaf("1", "业务工作", rank(), "10") },
    bonus
      ? { code: "2", title: "加分项目", max: "6", cap: "6", children: [ranked] }
      : { code: "2", title: "工作成效", max: "6", children: [ranked] },
  ]);
}
function traces(rule: object, bonus: boolean): string[] {
  const scheme = schemeWith(rule, bonus);
  const values = ["9", "8", "7", "6"];
  return roundOf(
    scheme,
    values.map((v, i) => ({
      id: `u${i}`,
      name: `单位${i}`,
      facts: { "1": { v }, "2.1": { v } },
    })),
  ).units.map((u: UnitResult) => u.items[1]?.children?.[0]?.trace.join("\n") ?? "");
}
const sentenceOf = (rule: object, bonus: boolean) =>
  explainScheme(schemeWith(rule, bonus)).find((l) => l.code === "2.1")?.sentence ?? "";

describe("a rank's award in the words of its item's kind", () => {
  it("says 得 in a regular item, in its rule and in its trace", () => {
    const said = sentenceOf(rank(), false);
    expect(said).toContain("第 1 名得 6 分、第 2–3 名得 4 分");
    expect(said).not.toContain("加");
    const [first, , third, fourth] = traces(rank(), false);
    expect(first).toBe("综合评价得分 9，在本轮 4 个单位中排第 1 名，得 6 分");
    expect(third).toBe("综合评价得分 7，在本轮 4 个单位中排第 3 名，得 4 分");
    expect(fourth).toBe("综合评价得分 6，在本轮 4 个单位中排第 4 名，不在计分名次内，得 0 分");
    expect(sentenceOf(rank({ rest: "1" }), false)).toContain("，其余名次得 1 分");
    expect(traces(rank({ rest: "1" }), false)[3]).toBe(
      "综合评价得分 6，在本轮 4 个单位中排第 4 名（其余名次），得 1 分",
    );
    expect(sentenceOf(rank({ perPlace: "1" }), false)).toContain("此后每后退 1 名少得 1 分");
  });

  it("says 加 in an item of a 加分 part", () => {
    expect(sentenceOf(rank(), true)).toContain("第 1 名加 6 分、第 2–3 名加 4 分");
    expect(traces(rank(), true)[0]).toBe("综合评价得分 9，在本轮 4 个单位中排第 1 名，加 6 分");
  });

  it("says 得 for a rank part of a sum from nothing, 加 for one added to a 基础分", () => {
    const other = { kind: "checklist", mode: "award", items: [{ fact: "ok", points: "1" }] };
    const plain = { kind: "sum", parts: [rank(), other] };
    expect(sentenceOf(plain, false)).toContain("第 1 名得 6 分");
    expect(traces(plain, false)[0]).toContain("排第 1 名，计 6 分");
    const based = { kind: "sum", base: "2", parts: [rank()] };
    expect(sentenceOf(based, false)).toContain("第 1 名加 6 分");
    expect(traces(based, false)[0]).toContain("排第 1 名；此项加 6 分");
  });

  it("says 得 where the item is not known to be a 加分 item (a rule stated alone)", () => {
    const env = { code: "1", max: "6", facts: [fact.int("v", dec)] };
    expect(explainRule(rank(), env)).toContain("第 1 名得 6 分");
    expect(explainRule(rank(), { ...env, bonus: true })).toContain("第 1 名加 6 分");
  });
});

describe("a checklist's award in the words of its item's kind", () => {
  const award = { kind: "checklist", mode: "award", items: [{ fact: "ok", points: "2" }] };
  it("says 加 in a 加分 item (被评为省级…的加2分), 得 elsewhere", () => {
    expect(sentenceOf(award, true)).toBe("事实ok的，加 2 分；满分 6 分");
    expect(sentenceOf(award, false)).toBe("事实ok的，得 2 分；满分 6 分");
  });
});
