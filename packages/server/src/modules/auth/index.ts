/**
 * What the users module needs of sessions: ending all of a user's sessions. Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export { deleteUserSessions } from "./repository.js";
