/** Turns scheme rows into the API's shapes. */
import type { z } from "zod";
import type {
  schemeSummarySchema,
  schemeVersionSchema,
  schemeVersionSummarySchema,
} from "../../contract/schemes.js";
import type { SchemeVersionRow } from "../../db/schema.js";
import type { SchemeVersionWithScheme, SchemeWithPath } from "./repository.js";

type Summary = z.infer<typeof schemeSummarySchema>;

/** A scheme as lists show it. */
export function toSchemeSummary(row: SchemeWithPath, draftSha256: string): Summary {
  return {
    id: row.id,
    assessingOrganisationId: row.assessing_organisation_id,
    code: row.code,
    title: row.title,
    origin: row.origin as Summary["origin"],
    originRef: row.origin_ref,
    lineage: row.lineage,
    latestVersionNumber: row.latest_version_number,
    hasUnpublishedChanges: row.latest_sha256 !== draftSha256,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A published version without its document. */
export function toSchemeVersionSummary(
  row: SchemeVersionRow,
): z.infer<typeof schemeVersionSummarySchema> {
  return {
    id: row.id,
    schemeId: row.scheme_id,
    number: row.number,
    documentSha256: row.document_sha256,
    engineVersion: row.engine_version,
    note: row.note,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

/** A published version with its document; code and title are the document's own. */
export function toSchemeVersion(row: SchemeVersionWithScheme): z.infer<typeof schemeVersionSchema> {
  const document = JSON.parse(row.document) as Record<string, unknown>;
  return {
    ...toSchemeVersionSummary(row),
    code: typeof document.id === "string" ? document.id : row.code,
    title: typeof document.title === "string" ? document.title : row.title,
    document,
  };
}
