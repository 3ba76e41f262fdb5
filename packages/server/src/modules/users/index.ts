/**
 * The accounts other modules read and write (the auth module's login, lockout, passwords and TOTP; the demo). Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export {
  byGrantOrder,
  claimTotpStep,
  findUserById,
  findUserByUsername,
  insertPasswordHistory,
  listRoleAssignments,
  recentPasswordHashes,
  updateLoginState,
  updateUser,
  type RoleAssignmentWithOrganisation,
} from "./repository.js";
