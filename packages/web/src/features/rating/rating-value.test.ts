import { describe, expect, it } from "vitest";
import { ratingProblem } from "./rating-value";

const item = { min: "0", max: "15", scale: 1 };

describe("ratingProblem", () => {
  it.each([
    ["14.5", undefined],
    ["15", undefined],
    ["0", undefined],
    ["15.5", "应在 0–15 分之间"],
    ["-1", "应在 0–15 分之间"],
    ["14.25", "最多 1 位小数"],
    ["abc", "请输入数字"],
    ["", "请输入数字"],
  ])("%s → %s", (text, problem) => expect(ratingProblem(text, item)).toBe(problem));

  it("asks for whole numbers when the scale is 0", () => {
    expect(ratingProblem("3.5", { ...item, scale: 0 })).toBe("请输入整数");
  });
});
