/** Turns zod issues into path-named Chinese problems. */
import { z } from "zod";
import { problem, type Problem } from "../problems.js";

/** zod's Chinese messages, passed per parse so no global zod configuration is touched. */
export const zhErrors = { error: z.locales.zhCN().localeError };

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
