/**
 * Which items of a round have a fact stamp (docs/decisions/0181, 0308): exactly the items its
 * scheme's cross-unit rules read (./cross-unit.ts), registered when the round is created or its
 * scheme changes (no facts exist then, so no write can slip past uncounted), by migration 0014
 * for the rounds before it and by a restore. A write of an item without a stamp row bumps
 * nothing; the live score keeps nothing read under the stamps of an item that has no row.
 */
import { validateScheme, type Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { crossUnitItemCodes } from "./cross-unit.js";
import {
  deleteFactStamps,
  insertFactStamps,
  listRoundsWithSchemeDocuments,
  listStampedItems,
} from "./fact-stamps-repository.js";

/** Gives the round a stamp row for each item its cross-unit rules read, and none for the others. */
export async function registerFactStamps(
  db: Kysely<Database>,
  roundId: string,
  scheme: Scheme,
): Promise<void> {
  const wanted = crossUnitItemCodes(scheme);
  const present = await listStampedItems(db, roundId);
  await deleteFactStamps(
    db,
    roundId,
    present.filter((code) => !wanted.has(code)),
  );
  const have = new Set(present);
  await insertFactStamps(
    db,
    roundId,
    [...wanted].filter((code) => !have.has(code)),
  );
}

/**
 * Registers the stamps of every round from its scheme version's stored document (migration 0014,
 * a restore). A version that no longer validates keeps its round's rows as they are: the live
 * score then reads that round's cross-unit facts on every save instead of trusting stamps.
 */
export async function registerEveryRoundFactStamps(db: Kysely<Database>): Promise<void> {
  const rounds = await listRoundsWithSchemeDocuments(db);
  const schemes = new Map<string, Scheme | undefined>();
  for (const round of rounds) {
    if (!schemes.has(round.version_id)) {
      const checked = validateScheme(JSON.parse(round.document));
      schemes.set(round.version_id, checked.ok ? checked.scheme : undefined);
    }
    const scheme = schemes.get(round.version_id);
    if (scheme !== undefined) await registerFactStamps(db, round.id, scheme);
  }
}
