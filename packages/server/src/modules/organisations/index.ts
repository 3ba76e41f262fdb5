/**
 * What other modules use of organisations (docs/server-conventions.md "Boundaries"): service
 * functions, never the repository — an organisation the actor reaches (or 404), and reads by id
 * or code, and the choices of a bulk account import.
 */
export {
  findOrganisation,
  findOrganisationByCode,
  listOrganisationChoices,
  requireReachableOrganisation,
} from "./lookups.js";
