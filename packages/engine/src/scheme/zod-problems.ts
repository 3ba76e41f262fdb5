/** Turns zod issues into path-named Chinese problems. */
import { z } from "zod";
import { problem, type Problem } from "../problems.js";

const zhCN = z.locales.zhCN().localeError;

const typeNames: Readonly<Record<string, string>> = {
  string: "文字",
  number: "数字",
  boolean: "是/否",
  array: "列表",
  object: "一组设置",
};

/**
 * Chinese messages in the administrator's words (never zod's type names or the allowed values'
 * identifiers: "必填，尚未填写", "请从可选项中选择"), else zod's own Chinese message.
 */
function messageOf(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "必填，尚未填写"
        : `应为${typeNames[issue.expected] ?? "正确的格式"}`;
    case "invalid_value":
      return "请从可选项中选择";
    case "invalid_union":
      return issue.input === undefined ? "必填，尚未填写" : "填写不完整或格式不正确";
    case "too_small":
      return issue.origin === "array"
        ? `至少需要 ${String(issue.minimum)} 项`
        : issue.origin === "string"
          ? "不能为空"
          : `不能小于 ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array"
        ? `最多 ${String(issue.maximum)} 项`
        : `不能大于 ${String(issue.maximum)}`;
    case "invalid_format":
      return "格式不正确";
    default: {
      const zh = zhCN(issue);
      return typeof zh === "string" ? zh : zh?.message;
    }
  }
}

/** Chinese messages for zod, passed per parse so no global zod configuration is touched. */
export const zhErrors = { error: messageOf };

/** `["items", 3, "children", 0, "rule"]` → `items[3].children[0].rule`, under `prefix`. */
export function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Problems from a failed zod parse, their paths under `prefix`. */
export function zodProblems(error: z.ZodError, prefix = ""): Problem[] {
  return error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const path = joinPath(
      prefix,
      keys.length === 1 ? [...issue.path, keys[0] as string] : issue.path,
    );
    return problem(path === "" ? "(文档)" : path, issue.code, issue.message);
  });
}
