/** SQL of server-side sessions. */
import type { Kysely } from "kysely";
import type { Database, SessionRow, UserRow } from "../../db/schema.js";
import { byGrantOrder, type RoleAssignmentWithOrganisation } from "../users/index.js";

/** Stores a session. */
export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

/** A session by id (the token's hash). */
export function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Records activity on a session (idle timeout). */
export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
}

/** Deletes a session; returns whether it existed. */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom("sessions").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Deletes every session past its idle or absolute limit (sessions abandoned without logout);
 * returns how many.
 */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  limits: { lastSeenBefore: string; createdBefore: string },
): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([
        eb("last_seen_at", "<=", limits.lastSeenBefore),
        eb("created_at", "<=", limits.createdBefore),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A session with its user and the user's role assignments (oldest grant first). */
export interface SessionWithUser {
  session: SessionRow;
  user: UserRow;
  assignments: RoleAssignmentWithOrganisation[];
}

/**
 * A session by id with its user and role assignments in one query (every authenticated request
 * resolves its cookie: one round trip instead of three, docs/decisions/0055). Read fresh on
 * every request, so a locked or disabled account, a changed role or an ended session takes
 * effect at once.
 */
export async function findSessionWithUser(
  db: Kysely<Database>,
  id: string,
): Promise<SessionWithUser | undefined> {
  const rows = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("role_assignments", "role_assignments.user_id", "users.id")
    .leftJoin("organisations", "organisations.id", "role_assignments.organisation_id")
    .selectAll("users")
    .select([
      "sessions.id as session_id",
      "sessions.active_role_assignment_id as session_active_role_assignment_id",
      "sessions.mfa_passed as session_mfa_passed",
      "sessions.created_at as session_created_at",
      "sessions.last_seen_at as session_last_seen_at",
      "sessions.ip as session_ip",
      "sessions.user_agent as session_user_agent",
      "role_assignments.id as ra_id",
      "role_assignments.role as ra_role",
      "role_assignments.organisation_id as ra_organisation_id",
      "organisations.name as ra_organisation_name",
      "organisations.path as ra_organisation_path",
      "role_assignments.scope as ra_scope",
      "role_assignments.created_at as ra_created_at",
    ])
    .where("sessions.id", "=", id)
    .execute();
  const first = rows[0];
  if (first === undefined) return undefined;
  const {
    session_id,
    session_active_role_assignment_id,
    session_mfa_passed,
    session_created_at,
    session_last_seen_at,
    session_ip,
    session_user_agent,
    ra_id: _id,
    ra_role: _role,
    ra_organisation_id: _organisationId,
    ra_organisation_name: _organisationName,
    ra_organisation_path: _organisationPath,
    ra_scope: _scope,
    ra_created_at: _createdAt,
    ...user
  } = first;
  const assignments: RoleAssignmentWithOrganisation[] = [];
  for (const row of rows) {
    // Inner-join semantics for the organisation, as listRoleAssignments has.
    if (row.ra_id === null || row.ra_organisation_name === null) continue;
    assignments.push({
      id: row.ra_id,
      user_id: user.id,
      role: row.ra_role!,
      organisation_id: row.ra_organisation_id!,
      organisation_name: row.ra_organisation_name,
      organisation_path: row.ra_organisation_path!,
      scope: row.ra_scope!,
      created_at: row.ra_created_at!,
    });
  }
  return {
    session: {
      id: session_id,
      user_id: user.id,
      active_role_assignment_id: session_active_role_assignment_id,
      mfa_passed: session_mfa_passed,
      created_at: session_created_at,
      last_seen_at: session_last_seen_at,
      ip: session_ip,
      user_agent: session_user_agent,
    },
    user,
    assignments: assignments.sort(byGrantOrder),
  };
}
