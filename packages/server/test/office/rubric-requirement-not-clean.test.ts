/**
 * An award for a requirement met beside events counted (decision 0333's requirementAwards) when 不
 * stands inside a word of the requirement and negates nothing (不定期开展…, 不断完善…): still a
 * requirement earned or not, not a clean state the events are taken from (decision 0341). A
 * clean state (无…的得2分) keeps its reading. Wordings written for this test.
 */
import { describe, expect, it } from "vitest";
import { scoredItem as scored } from "./imported-item.js";

describe("不 inside a word of a requirement", () => {
  it("reads 不定期开展…的得N分 as a requirement earned or not", async () => {
    const got = await scored(
      "2",
      "不定期开展医保政策进村入户宣传的得2分；宣传工作被群众投诉的每次扣0.5分。",
      [
        { 不定期开展: true, 投诉: "1" },
        { 不定期开展: false, 投诉: "0" },
      ],
    );
    expect(got).toEqual(["1.5", "0"]);
  });

  it("keeps a clean state (无…的得N分) the full marks the events are taken from", async () => {
    const got = await scored("2", "无违规发放医保待遇的得2分；发现违规发放的每例扣1分。", [
      { 违规发放: "0" },
      { 违规发放: "1" },
    ]);
    expect(got).toEqual(["2", "1"]);
  });
});
