/**
 * An appeal by id, for its evidence (modules/evidence). Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export { findAppeal } from "./repository.js";
