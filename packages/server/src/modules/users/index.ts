/**
 * The accounts other modules read and write (the auth module's login, lockout, passwords and TOTP;
 * the demo). Other modules import this file, never the repository (docs/server-conventions.md
 * "Boundaries"). The users module itself imports nothing from auth: password hashing, policy and
 * generation are in src/passwords/, and ending an account's sessions is an account write here.
 */
export {
  byGrantOrder,
  claimTotpStep,
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  listRoleAssignments,
  recentPasswordHashes,
  updateLoginState,
  updateUser,
  type RoleAssignmentWithOrganisation,
} from "./repository.js";
export { storeNewPassword } from "./passwords.js";
