/**
 * What other modules use of appeals (through appeals/index.ts), never the repository: one appeal
 * with its unit, for the appeal evidence upload of modules/evidence.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import * as repo from "./repository.js";

/** One appeal with its round unit, or undefined. */
export function findAppeal(
  db: Kysely<Database>,
  id: string,
): Promise<repo.AppealWithUnit | undefined> {
  return repo.findAppeal(db, id);
}
