/**
 * The password policy (docs/spec/security.md row 2): length bounds, character classes, no common
 * or patterned passwords (zxcvbn-ts, plus Chinese habits: pinyin name + year, mobile numbers),
 * not the user name. Returns problems as Chinese messages; empty means acceptable.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import type { ServerConfig } from "../config.js";
import { chineseHabitsOf, nameSyllables, pinyinWords } from "./chinese-habits.js";

/** The part of the configuration the policy reads. */
export type PasswordPolicy = Pick<
  ServerConfig["passwordPolicy"],
  "minLength" | "maxLength" | "minCharacterClasses"
>;

// Site-specific words a guesser tries first, beside the leaked-password list of zxcvbn-ts.
const siteWords = ["kaoping", "yibao", "admin", "secadmin", "auditadmin", "medical", "huawei"];

let checker: ZxcvbnFactory | undefined;

/** The strength estimator (built once: ranking its dictionaries takes a few milliseconds). */
function strengthChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, chinese: [...pinyinWords, ...nameSyllables, ...siteWords] },
    graphs: common.adjacencyGraphs,
  });
  return checker;
}

function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/**
 * Whether a password is common or patterned. zxcvbn-ts (leaked-password list, English words,
 * keyboard walks such as 1qaz@WSX, sequences, repeats, dates, l33t; the user name and the pinyin
 * words above added to its dictionary) estimates the guesses an attacker needs; a password with
 * no pattern costs about 10^length. Refused: under 10^10 guesses AND a pattern that makes it at
 * least ~30 times (10^1.5) easier than its length suggests — so a random 8-character password
 * passes the configured minimum, while `Qwer1234!` (10^4.2) or `Wang@1988` (10^7) do not.
 */
function isCommon(password: string, username: string): boolean {
  const { guessesLog10 } = strengthChecker().check(password, [username]);
  return guessesLog10 < Math.min(10, [...password].length - 1.5);
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
  if (isCommon(password, username))
    problems.push("密码过于常见或有规律（如键盘连续键、常见单词加数字），容易被猜中");
  problems.push(...chineseHabitsOf(password));
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push("密码不能包含用户名");
  return problems;
}
