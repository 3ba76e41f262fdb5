/**
 * Scheme documents on the server: validation through the engine (problems become field errors
 * with the engine's paths), the canonical JSON and digest a version is stored with, and a cache
 * of validated published versions (immutable, so caching them is always correct).
 */
import { createHash } from "node:crypto";
import { validateScheme, type Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../errors/app-error.js";

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

const cache = new Map<string, Scheme>();
const CACHE_LIMIT = 200;

/**
 * The validated scheme of a published version (cached: versions never change). A stored
 * version that no longer validates means the engine changed incompatibly — a server error.
 */
export async function schemeOfVersion(db: Kysely<Database>, versionId: string): Promise<Scheme> {
  const cached = cache.get(versionId);
  if (cached !== undefined) return cached;
  const row = await db
    .selectFrom("scheme_versions")
    .select("document")
    .where("id", "=", versionId)
    .executeTakeFirst();
  if (row === undefined) throw notFound("考核方案版本");
  const result = validateScheme(JSON.parse(row.document));
  if (!result.ok)
    throw new Error(
      `stored scheme version ${versionId} does not validate: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(versionId, result.scheme);
  return result.scheme;
}
