/** Turns evidence rows into the API's shape (the stored name never leaves the server). */
import type { EvidenceFile } from "../../contract/evidence.js";
import type { EvidenceWithUnit } from "./repository.js";

/** One evidence file's metadata. */
export function toEvidenceFile(row: EvidenceWithUnit): EvidenceFile {
  return {
    id: row.id,
    roundId: row.round_id,
    unitId: row.unit_id,
    itemCode: row.item_code,
    appealId: row.appeal_id,
    originalName: row.original_name,
    size: row.size,
    contentType: row.content_type,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
    version: row.version,
  };
}
