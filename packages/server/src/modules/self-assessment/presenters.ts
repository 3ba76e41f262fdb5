/** Turns self-assessment rows into the API's shapes. */
import type { FactRow, NarrativeRow } from "../../db/schema.js";

/** One item's saved facts. */
export function toItemFacts(row: FactRow) {
  return {
    itemCode: row.item_code,
    facts: JSON.parse(row.value) as Record<string, unknown>,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** One narrative. */
export function toNarrative(row: NarrativeRow) {
  return {
    itemCode: row.item_code,
    text: row.text,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** A reviewer's correction (a `review` facts row) as the unit sees it. */
export function toUnitCorrection(row: FactRow) {
  return {
    itemCode: row.item_code,
    facts: JSON.parse(row.value) as Record<string, unknown>,
    reason: row.reason,
    correctedAt: row.updated_at,
    fromAppeal: row.appeal_id !== null,
  };
}
