/**
 * Chinese messages for schema validation problems. A message written in a schema
 * (`.min(8, "…")`) wins; otherwise this map words the problem; zod's zh-CN locale is the fallback.
 */
import type { z } from "zod";
import { zhCN } from "zod/locales";

const fallback = zhCN().localeError;

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "列表",
  null: "空值",
  undefined: "空",
};

function sizeMessage(issue: Issue, bound: "min" | "max"): string | undefined {
  const limit =
    bound === "min"
      ? (issue as { minimum?: unknown }).minimum
      : (issue as { maximum?: unknown }).maximum;
  const origin = (issue as { origin?: string }).origin;
  const value = String(limit);
  if (origin === "string")
    return bound === "min"
      ? value === "1"
        ? "不能为空"
        : `至少 ${value} 个字符`
      : `最多 ${value} 个字符`;
  if (origin === "array" || origin === "set")
    return bound === "min" ? `至少 ${value} 项` : `最多 ${value} 项`;
  if (origin === "number" || origin === "int" || origin === "bigint") {
    return bound === "min" ? `不能小于 ${value}` : `不能大于 ${value}`;
  }
  return undefined;
}

/** The error map used by the request validator. */
export const chineseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "必填";
      return `应为${typeNames[issue.expected] ?? issue.expected}`;
    case "too_small":
      return sizeMessage(issue, "min") ?? fallback(issue);
    case "too_big":
      return sizeMessage(issue, "max") ?? fallback(issue);
    case "unrecognized_keys":
      return `不允许的字段：${issue.keys.join("、")}`;
    case "invalid_value":
      return `取值无效，可选值：${issue.values.map(String).join("、")}`;
    case "invalid_format":
      return issue.format === "uuid" ? "编号格式不正确" : "格式不正确";
    default:
      return fallback(issue);
  }
};
