/**
 * Object-level access (docs/spec/security.md row 11): which organisations' data the actor's active role
 * reaches. The three administrator roles reach all; unit roles (填报员, 单位负责人) only their own
 * unit; other business roles their organisation's subtree. A record outside answers 404 — the
 * same as a record that does not exist — so other units' data is never revealed.
 */
import { isAdministratorRole, unitRoles } from "../contract/roles.js";
import { notFound } from "../errors/app-error.js";
import type { Actor } from "../http/context.js";

/** The organisations an actor reaches. */
export type OrganisationReach =
  | { kind: "all" }
  | { kind: "subtree"; path: string }
  | { kind: "own"; organisationId: string }
  | { kind: "none" };

/** What the actor's active role reaches. */
export function organisationReach(actor: Actor): OrganisationReach {
  const role = actor.activeRole;
  if (role === null) return { kind: "none" };
  if (isAdministratorRole(role.role)) return { kind: "all" };
  if (unitRoles.includes(role.role)) return { kind: "own", organisationId: role.organisationId };
  return { kind: "subtree", path: role.organisationPath };
}

/** Whether the actor reaches an organisation (given its id and tree path). */
export function reachesOrganisation(
  actor: Actor,
  organisation: { id: string; path: string },
): boolean {
  const reach = organisationReach(actor);
  switch (reach.kind) {
    case "all":
      return true;
    case "subtree":
      return organisation.path.startsWith(reach.path);
    case "own":
      return organisation.id === reach.organisationId;
    case "none":
      return false;
  }
}

/**
 * Returns the record when the actor reaches its organisation; otherwise throws 404 (as for a
 * record that does not exist). Use for every read and write of unit-owned data.
 */
export function requireReachable<T>(
  actor: Actor,
  record: T | undefined,
  organisationOf: (record: T) => { id: string; path: string },
  what = "记录",
): T {
  if (record === undefined || !reachesOrganisation(actor, organisationOf(record)))
    throw notFound(what);
  return record;
}
