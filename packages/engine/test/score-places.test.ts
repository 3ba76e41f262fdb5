// 得分保留小数位数 (decision 0334): a scheme's `places` rounds every item's score half-up and the
// total adds the rounded scores; without it every decimal is kept, as before.
import { explainPlaces, scoreUnit, validateScheme, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, scoresByCode } from "./helpers.js";

/** A proportional leaf: `points` × done ÷ target. */
const share = (code: string, points: string) => ({
  code,
  title: `完成情况${code}`,
  max: points,
  facts: [fact.int("done"), fact.int("target", { min: "1" })],
  rule: { kind: "proportional", value: { ratio: ["done", "target"], label: "完成率" }, of: "100" },
});

/** Two items of 5 under a group of 10, and an item of 7 whose excess goes to the total. */
function schemeWith(places: unknown): Scheme {
  const doc = {
    id: "places-test",
    title: "测试方案",
    ...(places === undefined ? {} : { places }),
    items: [
      { code: "1", title: "业务工作", max: "10", children: [share("1.1", "5"), share("1.2", "5")] },
      {
        code: "2",
        title: "超额完成",
        max: "7",
        facts: [fact.int("cases")],
        rule: {
          kind: "uncapped",
          rule: { kind: "occurrences", mode: "award", terms: [{ fact: "cases", points: "0.125" }] },
        },
      },
    ],
  };
  const result = validateScheme(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scheme;
}

// 5 × 37 ÷ 40 = 4.625 on both sub-items; 0.125 × 61 = 7.625, 0.625 beyond the item's 7.
const facts = {
  "1.1": { done: 37, target: 40 },
  "1.2": { done: 37, target: 40 },
  "2": { cases: 61 },
};
const scored = (places: unknown) =>
  scoreUnit(schemeWith(places), { id: "u", name: "测试单位", facts });

describe("a scheme's places (得分保留小数位数)", () => {
  it.each([
    // places, 1.1, 1, the amount beyond item 2, total
    [undefined, "4.625", "9.25", "0.625", "16.875"],
    [2, "4.63", "9.26", "0.63", "16.89"],
    [1, "4.6", "9.2", "0.6", "16.8"],
    [0, "5", "10", "1", "18"],
    [4, "4.625", "9.25", "0.625", "16.875"],
  ])("places %s", (places, leaf, group, beyond, total) => {
    const result = scored(places);
    const scores = scoresByCode(result.items);
    expect([scores["1.1"], scores["1.2"], scores["1"], scores["2"]]).toEqual([
      leaf,
      leaf,
      group,
      "7",
    ]);
    expect(result.adjustments?.map((a) => a.points)).toEqual([beyond]);
    expect(result.total).toBe(total);
  });

  it("adds the rounded scores, not the rounded sum", () => {
    // 4.63 + 4.63 = 9.26, where rounding the exact 9.25 would keep 9.25.
    expect(scoresByCode(scored(2).items)["1"]).toBe("9.26");
  });

  it("says the rounding in the item's trace and beside the amount beyond", () => {
    const result = scored(2);
    const leaf = result.items[0]?.children[0];
    // The item's closing line says the rounded score, never «得 4.625 分» beside it (0343).
    expect(leaf?.trace.at(-1)).toMatch(/，计 4\.625 分，四舍五入保留两位小数，得 4\.63 分$/);
    expect(leaf?.trace.join("\n")).not.toContain("得 4.625 分");
    expect(result.items[1]?.trace.at(-1)).toBe(
      "超出本项满分的 0.625 分：计入总分 0.63 分（不受本项分值限制，0.625 分四舍五入保留两位小数）",
    );
    expect(scored(0).items[0]?.children[0]?.trace.at(-1)).toMatch(
      /，计 4\.625 分，四舍五入取整，得 5 分$/,
    );
    // A group's sum of rounded scores needs no rounding of its own.
    expect(scored(2).items[0]?.trace.join("\n")).not.toContain("四舍五入");
  });

  it("adds no line where the score already has no more places", () => {
    const result = scoreUnit(schemeWith(2), {
      id: "u",
      name: "测试单位",
      facts: { ...facts, "1.1": { done: 30, target: 40 } },
    });
    expect(result.items[0]?.children[0]?.trace.join("\n")).not.toContain("四舍五入");
  });

  it("rounds half up, also on a 5 after a carry", () => {
    const one = (done: number, target: number) =>
      scoresByCode(
        scoreUnit(schemeWith(1), {
          id: "u",
          name: "单位",
          facts: { ...facts, "1.1": { done, target } },
        }).items,
      )["1.1"];
    expect(one(49, 100)).toBe("2.5"); // 2.45 → 2.5
    expect(one(97, 200)).toBe("2.4"); // 2.425 → 2.4
    expect(one(199, 200)).toBe("5"); // 4.975 → 5
  });

  it("is said as one plain sentence", () => {
    expect(explainPlaces(2)).toBe("各项得分四舍五入保留两位小数，合计为各项保留后得分之和");
    expect(explainPlaces(0)).toBe("各项得分四舍五入取整，合计为各项保留后得分之和");
    expect(explainPlaces(undefined)).toBeUndefined();
  });

  it.each([5, -1, 1.5, "2", null])(
    "refuses places %s with the field named in Chinese",
    (places) => {
      const result = validateScheme({ ...schemeWith(undefined), places });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => [p.path, p.message])).toEqual([
        ["places", "得分小数位数应为 0 到 4 之间的整数"],
      ]);
    },
  );
});
