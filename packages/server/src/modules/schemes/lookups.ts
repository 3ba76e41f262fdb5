/**
 * What other modules use of schemes (through schemes/index.ts), never the repository: a scheme
 * version the actor reaches, or 404 — the one check the schemes and the rounds services make.
 */
import type { Kysely } from "kysely";
import { requireReachable } from "../../authz/object-access.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { findSchemeVersion, type SchemeVersionWithScheme } from "./repository.js";

/** The scheme version `versionId` with its scheme if the actor reaches it; otherwise 404. */
export async function requireReachableSchemeVersion(
  db: Kysely<Database>,
  actor: Actor,
  versionId: string,
): Promise<SchemeVersionWithScheme> {
  return requireReachable(
    actor,
    await findSchemeVersion(db, versionId),
    (v) => ({ id: v.assessing_organisation_id, path: v.organisation_path }),
    "考核方案版本",
  );
}
