/**
 * The one cache of validated scheme versions (versions are immutable, so caching them is always
 * correct): filled by version id when a round or a version is read and the version is not cached. A stored
 * version that no longer validates means the engine changed incompatibly — a server error.
 */
import { validateScheme, type Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../errors/app-error.js";
import { findRoundRow, findSchemeDocument, type RoundWithScheme } from "./repository.js";

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

/** The validated scheme of a round. */
export function schemeOfRound(round: Pick<RoundWithScheme, "scheme">): Scheme {
  return round.scheme;
}

/** The validated scheme of a published version, read by id when not cached (404 when there is none). */
export async function schemeOfVersion(db: Kysely<Database>, versionId: string): Promise<Scheme> {
  const cached = cache.get(versionId);
  if (cached !== undefined) return cached;
  const document = await findSchemeDocument(db, versionId);
  if (document === undefined) throw notFound("考核方案版本");
  return remember(versionId, document);
}

/**
 * A round with its validated scheme: the scheme comes from the cache, and the version's
 * document (tens of kilobytes) is read only when the version is not cached — not on every
 * request that reads a round (issue 17, decision 0251).
 */
export async function findRound(
  db: Kysely<Database>,
  roundId: string,
): Promise<RoundWithScheme | undefined> {
  const row = await findRoundRow(db, roundId);
  if (row === undefined) return undefined;
  return { ...row, scheme: await schemeOfVersion(db, row.scheme_version_id) };
}
