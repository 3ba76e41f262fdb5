/** The documents routes' part of the authorization matrix; object-level checks are the service's (other units → 404). */
import type { AccessTable } from "../../authz/types.js";

/** A unit's own documents: the assessing organisation's roles and the unit's own roles. */
const unitReaders = ["assessment_admin", "reviewer", "viewer", "unit_filler", "unit_head"] as const;
/** Whole-round documents: the assessing organisation's roles. */
const roundReaders = ["assessment_admin", "reviewer", "viewer"] as const;

/** Who may call each documents route. */
export const documentsAccess: AccessTable = {
  "GET /api/rounds/:roundId/units/:unitId/documents/score-sheet": {
    access: "roles",
    roles: unitReaders,
  },
  "GET /api/rounds/:roundId/units/:unitId/documents/self-report": {
    access: "roles",
    roles: unitReaders,
  },
  "GET /api/rounds/:roundId/documents/workbook": { access: "roles", roles: roundReaders },
  "GET /api/rounds/:roundId/documents/ranking": { access: "roles", roles: roundReaders },
  "GET /api/rounds/:roundId/documents/facts-template": {
    access: "roles",
    roles: ["assessment_admin", "reviewer"],
  },
  "POST /api/rounds/:roundId/documents/batch": { access: "roles", roles: roundReaders },
  "GET /api/document-jobs/:jobId": { access: "roles", roles: roundReaders },
  "GET /api/document-jobs/:jobId/download": { access: "roles", roles: roundReaders },
  "POST /api/rubric-imports": { access: "roles", roles: ["assessment_admin"] },
  "POST /api/rubric-imports/paste": { access: "roles", roles: ["assessment_admin"] },
  "GET /api/rounds/:roundId/units/:unitId/documents/facts-template": {
    access: "roles",
    roles: ["unit_filler", "unit_head", "assessment_admin", "reviewer"],
  },
  "POST /api/rounds/:roundId/units/:unitId/documents/facts-import": {
    access: "roles",
    roles: ["unit_filler", "unit_head"],
  },
  "POST /api/rounds/:roundId/documents/facts-import": { access: "roles", roles: ["reviewer"] },
};
