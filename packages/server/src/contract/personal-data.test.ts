/**
 * docs/spec/security.md row 22 (issue 15, finding 12): ID-card and mobile numbers typed into free
 * text are masked in the audit log, the server log and the Word/Excel exports.
 */
import { describe, expect, it } from "vitest";
import { idCardNumber } from "../testing/personal-numbers.js";
import { maskPersonalNumbers, maskPersonalNumbersIn } from "./personal-data.js";

describe("maskPersonalNumbers", () => {
  it("masks ID-card and mobile numbers inside Chinese text", () => {
    const id = idCardNumber();
    expect(maskPersonalNumbers(`联系人张三，身份证${id}，电话13812345678。`)).toBe(
      `联系人张三，身份证330502********${id.slice(14)}，电话138****5678。`,
    );
    expect(maskPersonalNumbers("旧证 330502900101123 号")).toBe("旧证 330502******123 号");
  });

  it("leaves numbers that are not personal: wrong check digit, credit codes, amounts, long runs", () => {
    const id = idCardNumber();
    const wrong = id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    for (const text of [
      `编号${wrong}`,
      "统一社会信用代码 91330500MA2B12345X",
      "捐款 50000.00 元，参保 99.8%",
      "流水号 123813812345678999",
      "电话 12812345678",
      // Identifiers: a UUID's or a hash's digits are never a mobile number.
      "3f1a2b4c-1d2e-4f00-8a9b-a13812345678",
      "单位 3f1a2b4c-1d2e-4f00-8a9b-a13812345678 已提交",
      "ab13812345678cd".padEnd(64, "e"),
    ])
      expect(maskPersonalNumbers(text)).toBe(text);
  });

  it("masks a mobile number after a colon, a space or Chinese text, and at either end", () => {
    for (const [text, shown] of [
      ["tel:13812345678", "tel:138****5678"],
      ["手机 13812345678，", "手机 138****5678，"],
      ["13812345678", "138****5678"],
      ["（13812345678）", "（138****5678）"],
      ["reviewer13812345678", "reviewer138****5678"],
      ["id=ab13812345678cd", "id=ab138****5678cd"],
      [
        "3f1a2b4c-1d2e-4f00-8a9b-a13812345678，电话13912345678",
        "3f1a2b4c-1d2e-4f00-8a9b-a13812345678，电话139****5678",
      ],
    ])
      expect(maskPersonalNumbers(text as string)).toBe(shown);
  });

  it("masks every string and key of a record", () => {
    expect(maskPersonalNumbersIn({ reason: ["电话13912345678"], ["13912345678"]: 1 })).toEqual({
      reason: ["电话139****5678"],
      ["139****5678"]: 1,
    });
  });
});
