/**
 * The database's tables as Kysely types. Conventions (docs/server-conventions.md): ids are UUID
 * text, timestamps ISO 8601 UTC text, booleans integer 0/1, JSON as text — identical on SQLite
 * and PostgreSQL. Editable records carry `version`.
 */
import type { Insertable, Selectable } from "kysely";
import type { WorkflowTables } from "./schema-workflow.js";
import type { SettingsTables } from "./schema-settings.js";
import type { MultiProcessTables } from "./schema-multi.js";

/** An organisation of the tree (机构). `path` is `/rootId/…/id/` for subtree queries. */
export interface OrganisationsTable {
  id: string;
  code: string;
  name: string;
  type: string;
  parent_id: string | null;
  path: string;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Every state an organisation has had, one row per change. */
export interface OrganisationHistoryTable {
  id: string;
  organisation_id: string;
  version: number;
  change: string;
  code: string;
  name: string;
  type: string;
  parent_id: string | null;
  status: string;
  changed_at: string;
  changed_by: string | null;
}

/** An account. */
export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  organisation_id: string;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  status: string;
  failed_logins: number;
  locked_until: string | null;
  totp_secret: string | null;
  totp_enabled: number;
  totp_last_step: number | null;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Earlier password hashes of a user, for the reuse rule. */
export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  /** 1, 2, 3 … per user: the order of replacement (timestamps can tie). */
  sequence: number;
  password_hash: string;
  created_at: string;
}

/** One role of one user in one organisation; `scope` is JSON (reviewer's items/departments). */
export interface RoleAssignmentsTable {
  id: string;
  user_id: string;
  role: string;
  organisation_id: string;
  scope: string;
  created_at: string;
}

/** A server-side session; `id` is the SHA-256 of the cookie's token, never the token itself. */
export interface SessionsTable {
  id: string;
  user_id: string;
  active_role_assignment_id: string | null;
  mfa_passed: number;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

/** The append-only, hash-chained audit log. */
export interface AuditLogTable {
  seq: number;
  occurred_at: string;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  outcome: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** An audit record not yet in the chain (docs/decisions/0250): `audit_log` without its links. */
export interface AuditPendingTable extends Omit<AuditLogTable, "seq" | "prev_hash" | "hash"> {
  /** Sorts in write order: time, process, counter. */
  id: string;
}

/** The whole database (the workflow tables are typed in ./schema-workflow.ts). */
export interface Database extends WorkflowTables, SettingsTables, MultiProcessTables {
  organisations: OrganisationsTable;
  organisation_history: OrganisationHistoryTable;
  users: UsersTable;
  password_history: PasswordHistoryTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_pending: AuditPendingTable;
}

/** Row types used by repositories. */
export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type * from "./schema-workflow.js";
export type * from "./schema-settings.js";
export type * from "./schema-multi.js";
