import { describe, expect, it } from "vitest";
import { normaliseFactsText, normaliseNumberText } from "./number-text.js";

describe("normaliseNumberText", () => {
  it.each([
    ["９９．８", "99.8"],
    ["－１", "-1"],
    ["\u22121", "-1"],
    ["２０％", "20%"],
    ["１，０００", "1,000"],
    ["　１２　", "12"],
    ["99.8", "99.8"],
    ["1.5 次", "1.5 次"],
    ["第１期", "第１期"],
    ["", ""],
  ])("%j → %j", (typed, normalised) => expect(normaliseNumberText(typed)).toBe(normalised));
});

describe("normaliseFactsText", () => {
  it("walks records and lists and leaves other values alone", () => {
    expect(
      normaliseFactsText({
        rate: "９９．８",
        met: true,
        n: 3,
        list: [{ v: "１" }, "２"],
        note: "甲",
      }),
    ).toEqual({ rate: "99.8", met: true, n: 3, list: [{ v: "1" }, "2"], note: "甲" });
  });
});
