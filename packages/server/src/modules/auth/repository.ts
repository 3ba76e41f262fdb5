/** SQL of server-side sessions, failed-login counts and request rate limits. */
import { sql, type Kysely } from "kysely";
import { prepared } from "../../db/prepared.js";
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

// Prepared (docs/decisions/0296): every authenticated request runs it.
const selectSessionWithUser = prepared((db, v: { id: string }) =>
  db
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
    .where("sessions.id", "=", v.id),
);

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
  const { rows } = await selectSessionWithUser(db, { id });
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

/**
 * Adds one to the user's consecutive failures with one atomic increment (concurrent requests and
 * several server processes never lose a count, docs/decisions/0180); returns the new count.
 */
export async function incrementFailedLogins(db: Kysely<Database>, userId: string): Promise<number> {
  const counted = await sql<{ failed_logins: number }>`update users
      set failed_logins = failed_logins + 1 where id = ${userId}
      returning failed_logins`.execute(db);
  return Number(counted.rows[0]?.failed_logins ?? 0);
}

/** Locks the account until `until` (ISO) and starts its failure count again. */
export async function lockUser(db: Kysely<Database>, userId: string, until: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ failed_logins: 0, locked_until: until })
    .where("id", "=", userId)
    .execute();
}

/**
 * Counts one hit of `key` in its window with one upsert: a window that ended at or before `at`
 * starts again at 1 ending at `ends`; otherwise one more hit in it. Returns the hits and the
 * window's end.
 */
export async function upsertRateLimitHit(
  db: Kysely<Database>,
  key: string,
  at: string,
  ends: string,
): Promise<{ hits: number; window_ends_at: string }> {
  const result = await sql<{ hits: number; window_ends_at: string }>`
    insert into rate_limit_hits (key, hits, window_ends_at) values (${key}, 1, ${ends})
    on conflict (key) do update set
      hits = case when rate_limit_hits.window_ends_at <= ${at} then 1
                  else rate_limit_hits.hits + 1 end,
      window_ends_at = case when rate_limit_hits.window_ends_at <= ${at} then ${ends}
                            else rate_limit_hits.window_ends_at end
    returning hits, window_ends_at`.execute(db);
  const row = result.rows[0];
  if (row === undefined) throw new Error("rate limit upsert returned no row");
  return row;
}

/** Deletes the rate-limit windows that ended before `before` (ISO). */
export async function deleteEndedRateLimits(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom("rate_limit_hits").where("window_ends_at", "<", before).execute();
}
