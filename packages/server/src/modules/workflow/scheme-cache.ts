/**
 * The one cache of validated scheme versions (versions are immutable, so caching them is always
 * correct): filled from a round already read with its document, or read by version id. A stored
 * version that no longer validates means the engine changed incompatibly — a server error.
 */
import { validateScheme, type Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../errors/app-error.js";
import { findSchemeDocument, type RoundWithScheme } from "./repository.js";

const cache = new Map<string, Scheme>();
const CACHE_LIMIT = 200;

function remember(versionId: string, document: string): Scheme {
  const result = validateScheme(JSON.parse(document));
  if (!result.ok)
    throw new Error(
      `stored scheme version ${versionId} does not validate: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(versionId, result.scheme);
  return result.scheme;
}

/** The validated scheme of a round read with its scheme document. */
export function schemeOfRound(
  round: Pick<RoundWithScheme, "scheme_version_id" | "scheme_document">,
): Scheme {
  return (
    cache.get(round.scheme_version_id) ?? remember(round.scheme_version_id, round.scheme_document)
  );
}

/** The validated scheme of a published version, read by id when not cached (404 when there is none). */
export async function schemeOfVersion(db: Kysely<Database>, versionId: string): Promise<Scheme> {
  const cached = cache.get(versionId);
  if (cached !== undefined) return cached;
  const document = await findSchemeDocument(db, versionId);
  if (document === undefined) throw notFound("考核方案版本");
  return remember(versionId, document);
}
