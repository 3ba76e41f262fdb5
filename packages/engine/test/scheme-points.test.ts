// A scheme's points as an office states them (decision 0334): the regular items' points, and the
// 加分 parts' cap apart — a part whose title names an award and under which nothing deducts.
import { getTemplate, schemePoints, schemePointsWords, type Scheme } from "@kaoping/engine";
import { describe, expect, it } from "vitest";
import { fact, schemeOf } from "./helpers.js";

const award = (code: string, title: string, max: string, mode = "award") => ({
  code,
  title,
  max,
  facts: [fact.int("n")],
  rule: { kind: "occurrences", mode, terms: [{ fact: "n", points: "1" }] },
});

describe("schemePoints", () => {
  it("gives township-2022's 100 and its 加分 part's 10 apart", () => {
    expect(schemePoints(getTemplate("township-2022") as Scheme)).toEqual({
      points: "100",
      bonus: "10",
    });
    expect(schemePoints(getTemplate("medical-aid-2021") as Scheme)).toEqual({
      points: "100",
      bonus: undefined,
    });
  });

  it.each([
    // titles and modes of the second top-level item → points, bonus
    ["奖励分", "award", "95", "5"],
    ["特色工作奖分", "award", "95", "5"],
    ["加减分项目", "award", "100", undefined], // 加减分 is not 加分
    ["加分项", "deduct", "100", undefined], // something under it deducts
    ["创新工作", "award", "100", undefined], // no award named
  ])("%s (%s) → %s + %s", (title, mode, points, bonus) => {
    const scheme = schemeOf([
      award("1", "业务工作", "95", "deduct"),
      { code: "2", title, max: "5", cap: "5", children: [award("2.1", "获得表彰", "5", mode)] },
    ]);
    expect(schemePoints(scheme)).toEqual({ points, bonus });
  });

  it("keeps the whole as the points when every item would be a 加分 part", () => {
    expect(schemePoints(schemeOf([award("1", "加分项", "5")]))).toEqual({
      points: "5",
      bonus: undefined,
    });
  });
});

describe("schemePointsWords (decision 0343)", () => {
  it("says the base points and the 加分 part apart, as every screen and document does", () => {
    expect(schemePointsWords(getTemplate("township-2022") as Scheme)).toEqual({
      points: "100",
      bonus: "另设加分，最高10分",
    });
    expect(schemePointsWords(getTemplate("medical-aid-2021") as Scheme)).toEqual({
      points: "100",
      bonus: undefined,
    });
  });
});
