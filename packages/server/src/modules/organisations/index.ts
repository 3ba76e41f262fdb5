/**
 * The organisations module's public reads for other modules. Other modules import this file, never the repository
 * (docs/server-conventions.md "Boundaries").
 */
export { findOrganisation, findOrganisationByCode, listOrganisationChoices } from "./repository.js";
