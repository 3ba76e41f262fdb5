/**
 * An award for a quota reached (不少于N场/达到N%的得M分) beside events counted on a matter that
 * shares a word with it: the events are taken from what the quota earned (多项合计 from 0) — a unit
 * that did not reach the quota earns nothing, whatever it did not do wrong. Before, the shared word
 * kept the sum as built: the deducting part scored the item's points less its deductions, so a
 * unit with no 宣讲 at all and one error scored 3 of 4. A complete state (100%, 全部, 无…) stays the
 * full marks the events are taken from (decision 0333). Wordings written for this test.
 */
import { describe, expect, it } from "vitest";
import { scoredItem as scored } from "./imported-item.js";

describe("a quota beside events on a matter sharing its word", () => {
  it("takes the events from what the quota earned", async () => {
    const got = await scored(
      "4",
      "全年开展政策宣讲不少于5场的得4分；宣讲内容出现错误的，每次扣1分。",
      [
        { 政策宣讲: "6", 错误: "1" },
        { 政策宣讲: "0", 错误: "1" },
        { 政策宣讲: "5", 错误: "0" },
      ],
    );
    expect(got).toEqual(["3", "0", "4"]);
  });

  it("takes the events from a rate's award on the same matter", async () => {
    const got = await scored("6", "问题整改率达到100%的得6分；整改不到位的问题每个扣1分。", [
      { 整改率: "100", 整改不到位: "0" },
      { 整改率: "100", 整改不到位: "2" },
      { 整改率: "80", 整改不到位: "2" },
    ]);
    expect(got).toEqual(["6", "4", "0"]);
  });
});
