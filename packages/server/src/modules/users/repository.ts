/** SQL of accounts, their role assignments and their password history. */
import type { Kysely } from "kysely";
import { roles, type Role } from "../../contract/roles.js";
import type { Database, NewUser, UserRow } from "../../db/schema.js";
import { fetchPage, likeText, type PageRequest } from "../../db/pagination.js";

/** A role assignment with its organisation's name and tree path. */
export interface RoleAssignmentWithOrganisation {
  id: string;
  user_id: string;
  role: string;
  organisation_id: string;
  organisation_name: string;
  organisation_path: string;
  scope: string;
  created_at: string;
}

/** An account by id. */
export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every username in use, lower case (a bulk import refuses them). */
export async function listUsernames(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom("users").select("username").execute();
  return new Set(rows.map((r) => r.username.toLowerCase()));
}

/** An account by user name (stored lower-case). */
export function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username.toLowerCase())
    .executeTakeFirst();
}

/** Whether any account exists (first start creates the administrators). */
export async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom("users").select("id").limit(1).executeTakeFirst()) !== undefined;
}

/** Stores a new account. */
export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

/**
 * Changes an account. With `expectedVersion`, only if the row still has that version (the
 * version is then incremented); returns whether a row changed.
 */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: Partial<Omit<UserRow, "id" | "version">>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db.updateTable("users").where("id", "=", id);
  if (expectedVersion !== undefined) {
    query = query.where("version", "=", expectedVersion);
    const result = await query.set({ ...patch, version: expectedVersion + 1 }).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
  const result = await query
    .set((eb) => ({ ...patch, version: eb("version", "+", 1) }))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records login bookkeeping (failure count, lock, last login, last TOTP step) without changing
 * the version, so an administrator's open form is not invalidated by the user logging in.
 */
export async function updateLoginState(
  db: Kysely<Database>,
  id: string,
  patch: Partial<
    Pick<UserRow, "failed_logins" | "locked_until" | "last_login_at" | "totp_last_step">
  >,
): Promise<void> {
  await db.updateTable("users").set(patch).where("id", "=", id).execute();
}

/**
 * Marks a TOTP time step as used, only if no later or equal step was used before; returns
 * false when another request used it first (a replayed or concurrent code).
 */
export async function claimTotpStep(
  db: Kysely<Database>,
  id: string,
  step: number,
): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ totp_last_step: step, failed_logins: 0 })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Filters of the account list. */
export interface UserFilters {
  organisationId?: string | undefined;
  status?: string | undefined;
  role?: string | undefined;
  q?: string | undefined;
}

/** One page of accounts. */
export function listUsers(db: Kysely<Database>, filters: UserFilters, page: PageRequest) {
  let query = db.selectFrom("users").selectAll("users");
  if (filters.organisationId !== undefined)
    query = query.where("users.organisation_id", "=", filters.organisationId);
  if (filters.status !== undefined) query = query.where("users.status", "=", filters.status);
  if (filters.role !== undefined) {
    const role = filters.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("role_assignments")
          .select("role_assignments.id")
          .whereRef("role_assignments.user_id", "=", "users.id")
          .where("role_assignments.role", "=", role),
      ),
    );
  }
  if (filters.q !== undefined) {
    const q = filters.q;
    query = query.where((eb) =>
      eb.or([likeText("users.username", q), likeText("users.display_name", q)]),
    );
  }
  return fetchPage(
    query,
    page,
    {
      username: "users.username",
      displayName: "users.display_name",
      createdAt: "users.created_at",
      lastLoginAt: "users.last_login_at",
    },
    "users.id",
  );
}

/** The role assignments of some accounts, with organisation names and paths. */
export function listRoleAssignments(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<RoleAssignmentWithOrganisation[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("role_assignments")
    .innerJoin("organisations", "organisations.id", "role_assignments.organisation_id")
    .select([
      "role_assignments.id",
      "role_assignments.user_id",
      "role_assignments.role",
      "role_assignments.organisation_id",
      "organisations.name as organisation_name",
      "organisations.path as organisation_path",
      "role_assignments.scope",
      "role_assignments.created_at",
    ])
    .where("role_assignments.user_id", "in", userIds)
    .orderBy("role_assignments.created_at")
    .orderBy("role_assignments.id")
    .execute()
    .then((rows) => rows.sort(byGrantOrder));
}

/** Oldest grant first; grants of the same moment in the order of `roles` (the default active role is the first). */
export function byGrantOrder(
  a: RoleAssignmentWithOrganisation,
  b: RoleAssignmentWithOrganisation,
): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  return roles.indexOf(a.role as Role) - roles.indexOf(b.role as Role) || (a.id < b.id ? -1 : 1);
}

/** Stores a role assignment. */
export async function insertRoleAssignment(
  db: Kysely<Database>,
  row: {
    id: string;
    user_id: string;
    role: string;
    organisation_id: string;
    scope: string;
    created_at: string;
  },
): Promise<void> {
  await db.insertInto("role_assignments").values(row).execute();
}

/** Removes a role assignment of a user; returns whether it existed. */
export async function deleteRoleAssignment(
  db: Kysely<Database>,
  userId: string,
  assignmentId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("role_assignments")
    .where("id", "=", assignmentId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Keeps a replaced password hash for the reuse rule. */
export async function insertPasswordHistory(
  db: Kysely<Database>,
  row: { id: string; user_id: string; password_hash: string; created_at: string },
): Promise<void> {
  const last = await db
    .selectFrom("password_history")
    .select("sequence")
    .where("user_id", "=", row.user_id)
    .orderBy("sequence", "desc")
    .limit(1)
    .executeTakeFirst();
  await db
    .insertInto("password_history")
    .values({ ...row, sequence: (last?.sequence ?? 0) + 1 })
    .execute();
}

/** The most recent earlier password hashes of a user, newest first. */
export async function recentPasswordHashes(
  db: Kysely<Database>,
  userId: string,
  count: number,
): Promise<string[]> {
  if (count <= 0) return [];
  const rows = await db
    .selectFrom("password_history")
    .select("password_hash")
    .where("user_id", "=", userId)
    .orderBy("sequence", "desc")
    .limit(count)
    .execute();
  return rows.map((row) => row.password_hash);
}

/**
 * Ends an account's sessions: deletes every session of a user, except one if given; returns how
 * many. An account change (disable, password reset or change, role revoked) ends them here, so the
 * users module never needs the auth module (which reads sessions to log in).
 */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: string,
  exceptId?: string,
): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (exceptId !== undefined) query = query.where("id", "<>", exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
