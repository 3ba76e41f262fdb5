/**
 * The password policy (docs/spec/security.md row 2): length bounds, character classes, no common
 * passwords, not the user name. Returns problems as Chinese messages; empty means acceptable.
 */
import type { ServerConfig } from "../../config.js";

/** The part of the configuration the policy reads. */
export type PasswordPolicy = Pick<
  ServerConfig["passwordPolicy"],
  "minLength" | "maxLength" | "minCharacterClasses"
>;

// Passwords that top leaked-password lists in China and worldwide, and keyboard walks; checked
// case-insensitively, also with trailing digits/symbols stripped ("Password123!" → "password").
const commonPasswords = new Set([
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "admin",
  "admin123",
  "administrator",
  "root",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "1qaz2wsx",
  "1q2w3e4r",
  "qazwsx",
  "abc123",
  "abcd1234",
  "a123456",
  "aa123456",
  "woaini",
  "woaini1314",
  "iloveyou",
  "welcome",
  "letmein",
  "123456",
  "12345678",
  "123456789",
  "1234567890",
  "111111",
  "000000",
  "666666",
  "888888",
  "123123",
  "654321",
  "112233",
  "520520",
  "5201314",
  "changeme",
  "test",
  "guest",
  "system",
  "huawei",
  "kaoping",
  "yibao",
  "medical",
  "security",
  "monkey",
  "dragon",
  "master",
  "sunshine",
  "football",
  "baseball",
  "superman",
  "trustno1",
  "china",
  "beijing",
  "shanghai",
]);

function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^a-z]+$/, "").replace(/^[^a-z]+/, "");
  return commonPasswords.has(lower) || (stem.length >= 4 && commonPasswords.has(stem));
}

/** Checks a new password; returns the problems found (none: acceptable). */
export function checkPasswordPolicy(
  password: string,
  username: string,
  policy: PasswordPolicy,
): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < policy.minLength) problems.push(`密码至少 ${policy.minLength} 个字符`);
  if (length > policy.maxLength) problems.push(`密码最多 ${policy.maxLength} 个字符`);
  if (characterClasses(password) < policy.minCharacterClasses) {
    problems.push(
      `密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minCharacterClasses} 类`,
    );
  }
  if (isCommon(password)) problems.push("密码过于常见，容易被猜中");
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push("密码不能包含用户名");
  return problems;
}
