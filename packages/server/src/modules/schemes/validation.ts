/**
 * Scheme validation on the server: the engine's problems become field errors with the engine's
 * paths; the canonical JSON and digest a version is stored with. (Validated published versions
 * are cached by the workflow core: ../workflow/scheme-cache.ts.)
 */
import { createHash } from "node:crypto";
import { validateScheme, type Item, type Scheme } from "@kaoping/engine";
import { hasDisguisingCharacter, plainNameSchema } from "../../contract/common.js";
import { workflowLimits } from "../../contract/workflow.js";
import { AppError } from "../../errors/app-error.js";

interface FieldProblem {
  path: string;
  message: string;
}

/**
 * The names people read in lists, rankings and exports — the scheme's title and every item's
 * title — through the one plain-name check (`plainNameSchema`, issue 15 finding 10): no direction
 * overrides, zero-width characters, NUL or other control characters. The text is only checked,
 * never changed.
 */
function nameProblems(scheme: Scheme, pathPrefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (
    text: string,
    label: string,
    bounds: { min: number; max: number },
    path: string,
  ) => {
    const result = plainNameSchema(label, bounds).safeParse(text);
    if (!result.success)
      problems.push({ path, message: result.error.issues[0]?.message ?? `${label}不正确` });
  };
  check(scheme.title, "方案名称", workflowLimits.schemeTitle, `${pathPrefix}.title`);
  const walk = (items: readonly Item[], path: string) =>
    items.forEach((item, index) => {
      const here = `${path}[${index}]`;
      check(item.title, `指标 ${item.code} 的名称`, workflowLimits.itemTitle, `${here}.title`);
      if (item.children !== undefined) walk(item.children, `${here}.children`);
    });
  walk(scheme.items, `${pathPrefix}.items`);
  return [...problems, ...descriptionProblems(scheme.description, `${pathPrefix}.description`)];
}

/**
 * The scheme's 说明 (`description`, the rubric's notes printed on the score sheet): plain text of
 * lines, bounded; line breaks and tabs are its own, other control characters are not.
 */
function descriptionProblems(text: string | undefined, path: string): FieldProblem[] {
  const { max } = workflowLimits.schemeDescription;
  if (text === undefined) return [];
  if (text.length > max)
    return [{ path, message: `方案说明最长 ${max} 个字符（现有 ${text.length} 个）` }];
  if (hasDisguisingCharacter(text.replace(/[\n\t]/g, "")))
    return [{ path, message: "方案说明不能包含控制字符、文字方向控制符或零宽字符" }];
  return [];
}

/**
 * Validates a scheme document with the engine, then its names (`nameProblems`). Problems answer
 * 400 with one field error per problem: `<pathPrefix>.<engine path>`
 * (`body.document.items[3].rule.kind`, `body.document.items[0].children[2].title`) and a Chinese
 * message.
 */
export function requireValidScheme(document: unknown, pathPrefix: string): Scheme {
  const result = validateScheme(document);
  const problems: FieldProblem[] = result.ok
    ? nameProblems(result.scheme, pathPrefix)
    : result.problems.map((problem) => ({
        path: problem.path === "" ? pathPrefix : `${pathPrefix}.${problem.path}`,
        message: problem.message,
      }));
  if (result.ok && problems.length === 0) return result.scheme;
  throw new AppError("VALIDATION_FAILED", `考核方案有 ${problems.length} 处问题，请按提示修改。`, {
    fields: problems.slice(0, 200),
  });
}

/** The canonical stored form of a validated scheme and its SHA-256. */
export function serialiseScheme(scheme: Scheme): { json: string; sha256: string } {
  const json = JSON.stringify(scheme);
  return { json, sha256: createHash("sha256").update(json).digest("hex") };
}
