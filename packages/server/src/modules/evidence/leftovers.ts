/**
 * What a crash (kill -9 during an upload) leaves in the evidence store: staged uploads that were
 * never committed or discarded, and stored files whose database row never committed (issue 15,
 * finding 11). `kaoping serve` removes them at start and every hour after, through the store's
 * own interface — only when older than `LEFTOVER_AGE_MS`, since another server process on the
 * same data may be between staging and committing an upload right now.
 */
import type { Db } from "../../db/database.js";
import { listStoredNames } from "./repository.js";
import type { EvidenceStore } from "./store.js";

/** How old a staged or unreferenced file must be before it counts as left over (15 minutes). */
export const LEFTOVER_AGE_MS = 15 * 60 * 1000;

/** Removes the store's leftovers; returns how many staged and orphan files went. */
export async function removeEvidenceLeftovers(
  db: Db,
  store: EvidenceStore,
  now: Date,
): Promise<{ staged: number; orphans: number }> {
  const referenced = await listStoredNames(db);
  return store.removeLeftovers(referenced, new Date(now.getTime() - LEFTOVER_AGE_MS));
}
