/**
 * What other modules use of evidence (through evidence/index.ts), never the repository: the
 * names of a unit's evidence files per item, for the documents of modules/documents.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import * as repo from "./repository.js";

/** The file names of a round unit's evidence (not deleted, not appeal material), by item code. */
export function evidenceNamesByItem(
  db: Kysely<Database>,
  roundUnitId: string,
): Promise<Map<string, string[]>> {
  return repo.evidenceNamesByItem(db, roundUnitId);
}
