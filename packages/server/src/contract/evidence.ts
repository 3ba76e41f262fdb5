/** Request and response schemas of evidence files (佐证材料). The upload itself is multipart. */
import { z } from "zod";
import { idSchema, textFilterSchema, timestampSchema } from "./common.js";
import { itemCodeSchema, workflowLimits } from "./workflow.js";

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

/** Search of a unit's material library (从已有材料选择): name, item code and year, all optional. */
export const evidenceLibraryQuerySchema = z.strictObject({
  q: textFilterSchema,
  itemCode: itemCodeSchema.optional(),
  year: z.coerce
    .number({ error: "年度应为整数" })
    .int("年度应为整数")
    .min(
      workflowLimits.year.min,
      `年度应在 ${workflowLimits.year.min}–${workflowLimits.year.max} 之间`,
    )
    .max(
      workflowLimits.year.max,
      `年度应在 ${workflowLimits.year.min}–${workflowLimits.year.max} 之间`,
    )
    .optional(),
});

/** Where a file of the library is already attached. */
export const evidenceUseSchema = z.object({
  evidenceId: idSchema,
  roundId: idSchema,
  roundTitle: z.string(),
  year: z.int(),
  itemCode: z.string(),
  itemTitle: z.string(),
});

/**
 * One file of a unit's material library: one stored content (by its SHA-256) with every place it
 * is attached, newest first. `evidenceId` is the attachment to reuse it from.
 */
export const evidenceLibraryEntrySchema = z.object({
  evidenceId: idSchema,
  originalName: z.string(),
  size: z.int(),
  contentType: z.string(),
  sha256: z.string(),
  uploadedAt: timestampSchema,
  uses: z.array(evidenceUseSchema),
});

/** One entry of the material library. */
export type EvidenceLibraryEntry = z.infer<typeof evidenceLibraryEntrySchema>;

/** The material library's answer: the entries found (at most `limit`) and whether there are more. */
export const evidenceLibrarySchema = z.object({
  entries: z.array(evidenceLibraryEntrySchema),
  truncated: z.boolean(),
});

/** The material library's answer. */
export type EvidenceLibrary = z.infer<typeof evidenceLibrarySchema>;

/** Attaching a file of the library to an item: the attachment it is taken from. */
export const attachEvidenceBodySchema = z.strictObject({
  evidenceId: idSchema,
});
