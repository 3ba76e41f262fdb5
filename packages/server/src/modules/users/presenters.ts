/** Turns account rows into the API's shapes: fields picked deliberately, never a raw row. */
import type { RoleAssignment } from "../../contract/auth.js";
import type { Role } from "../../contract/roles.js";
import type { User } from "../../contract/users.js";
import type { UserRow } from "../../db/schema.js";
import type { ActiveRole } from "../../http/context.js";
import type { RoleAssignmentWithOrganisation } from "./repository.js";

/** The stored reviewer scope (JSON text) as an object. */
export function parseScope(scope: string): { itemCodes: string[]; departmentIds: string[] } {
  const parsed = JSON.parse(scope) as { itemCodes?: string[]; departmentIds?: string[] };
  return { itemCodes: parsed.itemCodes ?? [], departmentIds: parsed.departmentIds ?? [] };
}

/** A role assignment as the API shows it. */
export function toRoleAssignment(row: RoleAssignmentWithOrganisation): RoleAssignment {
  return {
    id: row.id,
    role: row.role as Role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    scope: parseScope(row.scope),
  };
}

/** A role assignment as a session's active role. */
export function toActiveRole(row: RoleAssignmentWithOrganisation): ActiveRole {
  return {
    assignmentId: row.id,
    role: row.role as Role,
    organisationId: row.organisation_id,
    organisationPath: row.organisation_path,
    scope: parseScope(row.scope),
  };
}

/** An account as administrators see it. */
export function toUser(row: UserRow, roles: RoleAssignmentWithOrganisation[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    status: row.status as User["status"],
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: row.locked_until,
    mfaEnabled: row.totp_enabled === 1,
    passwordChangedAt: row.password_changed_at,
    lastLoginAt: row.last_login_at,
    roles: roles.filter((role) => role.user_id === row.id).map(toRoleAssignment),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
