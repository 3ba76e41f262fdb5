/**
 * What other modules use of organisations (through organisations/index.ts), never the
 * repository: an organisation the actor reaches (or 404), and plain reads by id or code for the
 * checks of existence other services make themselves.
 */
import type { Kysely } from "kysely";
import { requireReachable } from "../../authz/object-access.js";
import type { Database, OrganisationRow } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import * as repo from "./repository.js";

/** The organisation `id` if the actor reaches it; otherwise 404 naming `what` (e.g. 考核单位). */
export async function requireReachableOrganisation(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  what: string,
): Promise<OrganisationRow> {
  return requireReachable(actor, await repo.findOrganisation(db, id), (o) => o, what);
}

/** An organisation by id, reached or not (the caller decides what a missing one means). */
export function findOrganisation(
  db: Kysely<Database>,
  id: string,
): Promise<OrganisationRow | undefined> {
  return repo.findOrganisation(db, id);
}

/** An organisation by its code, reached or not. */
export function findOrganisationByCode(
  db: Kysely<Database>,
  code: string,
): Promise<OrganisationRow | undefined> {
  return repo.findOrganisationByCode(db, code);
}

/** Every organisation's id, code, name and status (the choices of a bulk account import). */
export function listOrganisationChoices(
  db: Kysely<Database>,
): Promise<Pick<OrganisationRow, "id" | "code" | "name" | "status">[]> {
  return repo.listOrganisationChoices(db);
}
