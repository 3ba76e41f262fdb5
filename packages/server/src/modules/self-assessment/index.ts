/**
 * A unit's narratives, for the documents module and the export command. Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export { listNarratives } from "./repository.js";
