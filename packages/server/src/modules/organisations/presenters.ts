/** Turns organisation rows into the API's shapes. */
import type { Organisation } from "../../contract/organisations.js";
import type { Database, OrganisationRow } from "../../db/schema.js";

/** An organisation as the API shows it (the tree path stays inside the server). */
export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type as Organisation["type"],
    parentId: row.parent_id,
    status: row.status as Organisation["status"],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One history entry as the API shows it. */
export function toHistoryEntry(row: Database["organisation_history"]) {
  return {
    version: row.version,
    change: row.change as "created" | "updated" | "moved" | "disabled" | "enabled",
    code: row.code,
    name: row.name,
    type: row.type as Organisation["type"],
    parentId: row.parent_id,
    status: row.status as Organisation["status"],
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  };
}
