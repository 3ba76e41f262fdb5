/**
 * A scheme version by id, for the rounds module. Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export { findSchemeVersion } from "./repository.js";
