/**
 * Request and response schemas of schemes (考核方案): built-in templates, stored schemes with an
 * editable draft, immutable published versions, import and export of the scheme document.
 */
import { z } from "zod";
import {
  plainNameSchema,
  idSchema,
  listQuerySchema,
  textFilterSchema,
  timestampSchema,
  versionSchema,
} from "./common.js";
import { importSummarySchema, itemReadingSchema } from "./documents.js";
import { itemCodeSchema, workflowLimits } from "./workflow.js";

/** A scheme document in the engine's format (validated by the engine, not here). */
export const schemeDocumentSchema = z.record(z.string(), z.unknown());

/** A built-in template. */
export const schemeTemplateSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
});

/** A built-in template with its document. */
export const schemeTemplateDetailSchema = schemeTemplateSchema.extend({
  document: schemeDocumentSchema,
});

/** Path parameters of a template. */
export const templateParamsSchema = z.strictObject({
  templateId: z
    .string()
    .trim()
    .min(1)
    .max(workflowLimits.schemeCode.max)
    .regex(/^[a-z0-9-]+$/, "模板编号格式不正确"),
});

/** One published version, without its document. */
export const schemeVersionSummarySchema = z.object({
  id: idSchema,
  schemeId: idSchema,
  number: z.int(),
  documentSha256: z.string(),
  engineVersion: z.string(),
  note: z.string().nullable(),
  publishedBy: idSchema.nullable(),
  publishedAt: timestampSchema,
});

/** One published version with its document. */
export const schemeVersionSchema = schemeVersionSummarySchema.extend({
  code: z.string(),
  title: z.string(),
  document: schemeDocumentSchema,
});

/** Where a scheme's first draft came from. */
export const schemeOrigins = ["template", "version", "import"] as const;

/** A scheme as lists show it. */
export const schemeSummarySchema = z.object({
  id: idSchema,
  assessingOrganisationId: idSchema,
  code: z.string(),
  title: z.string(),
  origin: z.enum(schemeOrigins),
  originRef: z.string().nullable(),
  lineage: z.string(),
  latestVersionNumber: z.int(),
  /** Whether the draft differs from the latest published version (or nothing is published yet). */
  hasUnpublishedChanges: z.boolean(),
  version: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** A scheme with its draft document and its versions. */
export const schemeDetailSchema = schemeSummarySchema.extend({
  draft: schemeDocumentSchema,
  versions: z.array(schemeVersionSummarySchema),
});

/** A scheme. */
export type SchemeDetail = z.infer<typeof schemeDetailSchema>;

const titleSchema = plainNameSchema("方案名称", workflowLimits.schemeTitle);
const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "方案编号只能含小写字母、数字和连字符（最长 64 个字符）");

/** Create a scheme: clone a template or a published version, or import a document. */
export const createSchemeRequestSchema = z.strictObject({
  assessingOrganisationId: idSchema,
  from: z.union([
    z.strictObject({ template: templateParamsSchema.shape.templateId }),
    z.strictObject({ schemeVersionId: idSchema }),
    z.strictObject({ document: schemeDocumentSchema }),
  ]),
  /** New document id (`township-2023`); default: the source's. */
  code: codeSchema.optional(),
  /** New title; default: the source's. */
  title: titleSchema.optional(),
});

/** Replace the draft document. */
export const updateSchemeDraftRequestSchema = z.strictObject({
  version: versionSchema,
  document: schemeDocumentSchema,
});

/** Publish the draft as the next version. */
export const publishSchemeRequestSchema = z.strictObject({
  version: versionSchema,
  /**
   * How many unconfirmed low-confidence imported items the administrator was told of and
   * publishes anyway; without it (or with another number) such items refuse the publication
   * with `UNCONFIRMED_IMPORT` (decision 0200).
   */
  acceptUnconfirmed: z.int().min(0).max(10_000).optional(),
  note: z
    .string()
    .trim()
    .max(workflowLimits.schemeNote.max, `说明最长 ${workflowLimits.schemeNote.max} 个字符`)
    .optional(),
});

/** A note's own label (注：, 说明：, 备注：, 附注：) at the start of a 说明's first line. */
const LABELLED = /^\s*(?:注|说明|备注|附注)\s*\d*\s*[:：]/;

/**
 * The lines a scheme's 说明 (`description`, decision 0335) prints as under a score sheet's table,
 * on paper and on screen: its lines as written, blank ones left out, «说明：» before the first
 * unless it carries a label of its own (注：…).
 */
export function schemeDescriptionLines(description: string | undefined): string[] {
  const lines = (description ?? "").split("\n").filter((l) => l.trim() !== "");
  return lines.map((line, i) => (i === 0 && !LABELLED.test(line) ? `说明：${line}` : line));
}

/** Filters, sorting and paging of the scheme list. */
export const listSchemesQuerySchema = listQuerySchema(
  ["code", "title", "updatedAt"],
  "-updatedAt",
).extend({
  assessingOrganisationId: idSchema.optional(),
  q: textFilterSchema,
});

/** The import's confidence levels. */
export const importLevels = ["high", "medium", "low"] as const;

/** One item of an imported draft's review: the import's proposal and who confirmed it. */
export const importReviewItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  kindName: z.string(),
  phrase: z.string(),
  confidence: z.number(),
  explanation: z.string(),
  level: z.enum(importLevels),
  reading: itemReadingSchema.optional(),
  /** Null while unconfirmed (or after the confirmed rule changed). */
  confirmation: z.object({ by: z.string(), byName: z.string(), at: timestampSchema }).nullable(),
});

/** The open review of an imported draft (empty `items` when there is none or it was published). */
export const importReviewSchema = z.object({
  schemeId: idSchema,
  /** What the import said about the whole document (null for a review without one). */
  summary: importSummarySchema.nullable(),
  items: z.array(importReviewItemSchema),
  unconfirmed: z.int(),
  /** Unconfirmed items of low confidence: publishing asks once more while there are any. */
  unconfirmedLow: z.array(z.string()),
});

/** An imported draft's review. */
export type ImportReviewDetail = z.infer<typeof importReviewSchema>;

/** Path parameters of one reviewed item. */
export const importReviewItemParamsSchema = z.strictObject({
  id: idSchema,
  itemCode: itemCodeSchema,
});

/** Confirm (or withdraw the confirmation of) one item's rule as it stands in the draft `version`. */
export const confirmImportItemRequestSchema = z.strictObject({
  version: versionSchema,
  confirmed: z.boolean({ error: "请说明确认还是撤销确认" }),
});
