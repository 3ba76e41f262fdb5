/** Request and response schemas of evidence files (佐证材料). The upload itself is multipart. */
import { z } from "zod";
import { idSchema, timestampSchema } from "./common.js";
import { itemCodeSchema } from "./workflow.js";

/** The extensions accepted for evidence (the server also checks the content). */
export const evidenceExtensions = [
  "pdf",
  "jpg",
  "jpeg",
  "png",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "zip",
  "ofd",
] as const;

/** One evidence file's metadata. */
export const evidenceFileSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  unitId: idSchema,
  itemCode: z.string(),
  appealId: idSchema.nullable(),
  originalName: z.string(),
  size: z.int(),
  contentType: z.string(),
  sha256: z.string(),
  uploadedBy: idSchema.nullable(),
  uploadedAt: timestampSchema,
  version: z.int(),
});

/** One evidence file. */
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** Upload options: `appealId` attaches the file to the unit's open appeal on that item (申诉材料). */
export const uploadEvidenceQuerySchema = z.strictObject({ appealId: idSchema.optional() });

/** Filter of a unit's evidence list. */
export const listEvidenceQuerySchema = z.strictObject({ itemCode: itemCodeSchema.optional() });
