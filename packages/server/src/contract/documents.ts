/** Request and response schemas of the documents module (Word/Excel exports, batch jobs, rubric import). */
import { z } from "zod";
import { idSchema } from "./common.js";

/** What a batch job builds: every unit's score sheet or self-evaluation report as one .zip. */
export const batchKinds = ["score-sheets", "self-reports"] as const;

/** Start a batch. */
export const startBatchRequestSchema = z.strictObject({
  kind: z.enum(batchKinds, { error: "kind 应为 score-sheets 或 self-reports" }),
});

/** A batch job and its progress. */
export const documentJobSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  kind: z.enum(batchKinds),
  state: z.enum(["running", "done", "failed"]),
  done: z.int(),
  total: z.int(),
  fileName: z.string(),
  error: z.string().nullable(),
  createdAt: z.string(),
});
/** See documentJobSchema. */
export type DocumentJob = z.output<typeof documentJobSchema>;

/** Path parameters of a job. */
export const documentJobParamsSchema = z.strictObject({ jobId: idSchema });

/** Query of a rubric import: where the new scheme belongs, and optionally its code and title. */
export const rubricImportQuerySchema = z.strictObject({
  assessingOrganisationId: idSchema,
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "方案编号只能含小写字母、数字和连字符（最长 64 个字符）")
    .optional(),
  title: z.string().trim().min(1).max(200, "标题最长 200 个字符").optional(),
});

/** A recognised part of an item's source text (reading.ts): [start, end) of `source`. */
const sourceSpanSchema = z.object({ start: z.int(), end: z.int(), part: z.string() });

/** What the reader made of an item's text (reading.ts, ItemReading). */
export const itemReadingSchema = z.object({
  source: z.string(),
  spans: z.array(sourceSpanSchema),
  clauses: z.array(z.object({ start: z.int(), end: z.int(), used: z.boolean() })),
  unused: z.array(z.string()),
  confidence: z.number(),
  level: z.enum(["high", "medium", "low"]),
  warnings: z.array(z.string()),
});

/** One proposed rule of an imported rubric. */
export const itemProposalSchema = z.object({
  code: z.string(),
  title: z.string(),
  kind: z.string(),
  kindName: z.string(),
  phrase: z.string(),
  confidence: z.number(),
  explanation: z.string(),
  reading: itemReadingSchema,
});

/** Scored items by confidence, columns not used, document warnings (reading.ts, ImportSummary). */
export const importSummarySchema = z.object({
  items: z.int(),
  high: z.int(),
  medium: z.int(),
  low: z.int(),
  unusedColumns: z.array(z.string()),
  /** Absent in summaries stored before it was reported. */
  ignoredColumns: z.array(z.string()).optional(),
  warnings: z.array(z.string()),
});

/** The created scheme's id and code, with the proposals to confirm. */
export const rubricImportResponseSchema = z.object({
  schemeId: z.string(),
  code: z.string(),
  title: z.string(),
  proposals: z.array(itemProposalSchema),
  summary: importSummarySchema,
});

/** The outcome of a unit's facts import: the items changed, how many were already equal, required facts still missing. */
export const unitFactsImportResponseSchema = z.object({
  changedItems: z.array(z.string()),
  unchangedItems: z.int(),
  missing: z.array(z.string()),
});

/** The outcome of a reviewer's round-wide import: the corrections made (unit and item). */
export const reviewImportResponseSchema = z.object({
  corrections: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), itemCode: z.string() }),
  ),
});
