/**
 * What other modules use of self-assessment (through self-assessment/index.ts), never the
 * repository: a unit's statements (自评说明), for the documents and the round export.
 */
import type { Kysely } from "kysely";
import type { Database, NarrativeRow } from "../../db/schema.js";
import * as repo from "./repository.js";

/** A round unit's statements, by item code. */
export function listNarratives(db: Kysely<Database>, roundUnitId: string): Promise<NarrativeRow[]> {
  return repo.listNarratives(db, roundUnitId);
}
