import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config.js";
import { checkPasswordPolicy } from "./password-policy.js";

const policy = defaultConfig("/tmp").passwordPolicy;

/** `n` characters without a pattern a guesser would use (not one letter repeated). */
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => "abcdefghijkmnpqrstuvwxyz23456789"[(i * 7 + 3) % 32]).join(
    "",
  );

describe("password policy (docs/spec/security.md row 2)", () => {
  it.each([
    ["Kp-2026-long", "zhangsan", []],
    ["tz7q3vrk9q!", "zhangsan", []], // lower + digit + symbol: 3 classes
    ["粤医保Kq7x93", "zhangsan", []], // Chinese characters count as symbols
    ["Ab1!", "zhangsan", ["密码至少 8 个字符"]],
    [
      "abcdefgh12",
      "zhangsan",
      [
        "密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
        "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中",
      ],
    ],
    [
      "ABCDEFGH!!",
      "zhangsan",
      [
        "密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
        "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中",
      ],
    ],
    [
      "Password123!",
      "zhangsan",
      ["密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"],
    ],
    ["P@ssw0rd", "zhangsan", ["密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"]],
    ["Admin123!", "zhangsan", ["密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"]],
    [
      "Zhangsan-2026",
      "zhangsan",
      ["密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中", "密码不能包含用户名"],
    ],
    [`Aa1!${filler(125)}`, "zhangsan", ["密码最多 128 个字符"]],
    [`Aa1!${filler(124)}`, "zhangsan", []],
    [
      "admin",
      "admin",
      [
        "密码至少 8 个字符",
        "密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
        "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中",
        "密码不能包含用户名",
      ],
    ],
    [
      "123456",
      "admin",
      [
        "密码至少 8 个字符",
        "密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
        "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中",
      ],
    ],
  ])("%j for %s → %j", (password, username, problems) => {
    expect(checkPasswordPolicy(password, username, policy)).toEqual(problems);
  });

  it.each([
    ["Qwer1234!", "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"],
    ["1qaz@WSX", "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"],
    ["Abc@123456", "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"],
    ["Asdf!2345", "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"],
    ["Zhangwei1990!", "密码不能是姓名拼音加年份或日期"],
    ["LiuYang@0815", "密码不能是姓名拼音加年份或日期"],
    ["Wangfang-2023", "密码不能是姓名拼音加年份或日期"],
    ["Kp!13812345678", "密码不能包含手机号"],
    ["Woaini1314!", "密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中"],
  ])("refuses the common or patterned password %j (issue 15, finding 8)", (password, problem) => {
    expect(checkPasswordPolicy(password, "x-user", policy)).toContain(problem);
  });

  it.each(["Kp-2026-long", "Kq7x!9Tz", "Ts-9f#Lq2x!", "Xy7#mQ2vLp", "Huzhou-Yb-73!q"])(
    "accepts the uncommon password %j",
    (password) => {
      expect(checkPasswordPolicy(password, "x-user", policy)).toEqual([]);
    },
  );

  it("counts characters, not UTF-16 units (a Chinese character is one)", () => {
    expect(checkPasswordPolicy("医保考评Ab1", "x-user", policy)).toEqual(["密码至少 8 个字符"]);
    expect(checkPasswordPolicy("医保考评Ab12", "x-user", policy)).toEqual([]);
  });
});
