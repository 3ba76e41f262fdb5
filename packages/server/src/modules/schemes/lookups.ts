/**
 * The reach checks of schemes, never the repository for others: a scheme version the actor
 * reaches, or 404 — the one check the schemes and the rounds services make (other modules use it
 * through schemes/index.ts) — and a scheme the actor reaches, for the schemes service's files.
 */
import type { Kysely } from "kysely";
import { requireReachable } from "../../authz/object-access.js";
import type { Database } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { findScheme, findSchemeVersion, type SchemeVersionWithScheme } from "./repository.js";

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

/** The scheme `id` if the actor reaches it (its assessing organisation); otherwise 404. */
export async function requireReachableScheme(db: Kysely<Database>, actor: Actor, id: string) {
  return requireReachable(
    actor,
    await findScheme(db, id),
    (s) => ({ id: s.assessing_organisation_id, path: s.organisation_path }),
    "考核方案",
  );
}
