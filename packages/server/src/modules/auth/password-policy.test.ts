import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../config.js";
import { checkPasswordPolicy } from "./password-policy.js";

const policy = defaultConfig("/tmp").passwordPolicy;

describe("password policy (docs/spec/security.md row 2)", () => {
  it.each([
    ["Kp-2026-long", "zhangsan", []],
    ["kp2026long!", "zhangsan", []], // lower + digit + symbol: 3 classes
    ["粤医保Ab1234", "zhangsan", []], // Chinese characters count as symbols
    ["Ab1!", "zhangsan", ["密码至少 8 个字符"]],
    ["abcdefgh12", "zhangsan", ["密码须包含大写字母、小写字母、数字、符号中的至少 3 类"]],
    ["ABCDEFGH!!", "zhangsan", ["密码须包含大写字母、小写字母、数字、符号中的至少 3 类"]],
    ["Password123!", "zhangsan", ["密码过于常见，容易被猜中"]],
    ["P@ssw0rd", "zhangsan", ["密码过于常见，容易被猜中"]],
    ["Admin123!", "zhangsan", ["密码过于常见，容易被猜中"]],
    ["Zhangsan-2026", "zhangsan", ["密码不能包含用户名"]],
    [`Aa1!${"x".repeat(125)}`, "zhangsan", ["密码最多 128 个字符"]],
    [`Aa1!${"x".repeat(124)}`, "zhangsan", []],
    [
      "admin",
      "admin",
      [
        "密码至少 8 个字符",
        "密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
        "密码过于常见，容易被猜中",
        "密码不能包含用户名",
      ],
    ],
    [
      "123456",
      "admin",
      [
        "密码至少 8 个字符",
        "密码须包含大写字母、小写字母、数字、符号中的至少 3 类",
        "密码过于常见，容易被猜中",
      ],
    ],
  ])("%j for %s → %j", (password, username, problems) => {
    expect(checkPasswordPolicy(password, username, policy)).toEqual(problems);
  });

  it("counts characters, not UTF-16 units (a Chinese character is one)", () => {
    expect(checkPasswordPolicy("医保考评Ab1", "x-user", policy)).toEqual(["密码至少 8 个字符"]);
    expect(checkPasswordPolicy("医保考评Ab12", "x-user", policy)).toEqual([]);
  });
});
