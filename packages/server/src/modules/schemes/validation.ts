/**
 * Scheme validation on the server: the engine's problems become field errors with the engine's
 * paths; the canonical JSON and digest a version is stored with. (Validated published versions
 * are cached by the workflow core: ../workflow/scheme-cache.ts.)
 */
import { createHash } from "node:crypto";
import { validateScheme, type Scheme } from "@kaoping/engine";
import { AppError } from "../../errors/app-error.js";

/**
 * Validates a scheme document with the engine. Problems answer 400 with one field error per
 * problem: `<pathPrefix>.<engine path>` (`body.document.items[3].rule.kind`) and the engine's
 * Chinese message.
 */
export function requireValidScheme(document: unknown, pathPrefix: string): Scheme {
  const result = validateScheme(document);
  if (result.ok) return result.scheme;
  const fields = result.problems.slice(0, 200).map((problem) => ({
    path: problem.path === "" ? pathPrefix : `${pathPrefix}.${problem.path}`,
    message: problem.message,
  }));
  throw new AppError(
    "VALIDATION_FAILED",
    `考核方案有 ${result.problems.length} 处问题，请按提示修改。`,
    { fields },
  );
}

/** The canonical stored form of a validated scheme and its SHA-256. */
export function serialiseScheme(scheme: Scheme): { json: string; sha256: string } {
  const json = JSON.stringify(scheme);
  return { json, sha256: createHash("sha256").update(json).digest("hex") };
}
