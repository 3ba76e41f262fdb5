/**
 * Request and response schemas of the self-assessment (自评): facts item by item, narratives per
 * item and top-level group, the live score after every save, and the submission.
 */
import { z } from "zod";
import { factsInputSchema } from "./number-text.js";
import { timestampSchema, versionSchema } from "./common.js";
import { roundUnitSchema } from "./rounds.js";
import { roundStates, upsertVersionSchema, workflowLimits } from "./workflow.js";

/** One item's result as the engine computes it (canonical decimal strings, Chinese trace). */
export interface EngineItemResult {
  code: string;
  title: string;
  max: string;
  score: string | null;
  trace: string[];
  children: EngineItemResult[];
}

/** One item's result, recursive. */
export const engineItemResultSchema: z.ZodType<EngineItemResult> = z.object({
  code: z.string(),
  title: z.string(),
  max: z.string(),
  score: z.string().nullable(),
  trace: z.array(z.string()),
  get children() {
    return z.array(engineItemResultSchema);
  },
});

/** The live score of a unit: total so far, completeness, missing fact paths and every item's trace. */
export const liveScoreSchema = z.object({
  total: z.string(),
  complete: z.boolean(),
  missing: z.array(z.string()),
  veto: z.string().nullable(),
  /** Amounts beyond items (already in `total`) and grade vetoes, as Chinese lines; present only when some. */
  notes: z.array(z.string()).optional(),
  items: z.array(engineItemResultSchema),
});

/** A fact problem: the fact path (`4.1.rate`) and a Chinese message. */
export const factProblemSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

/** The saved facts of one item. */
export const itemFactsSchema = z.object({
  itemCode: z.string(),
  facts: z.record(z.string(), z.unknown()),
  version: z.int(),
  updatedAt: timestampSchema,
  updatedBy: z.string().nullable(),
});

/** The narrative of one item or top-level group. */
export const narrativeSchema = z.object({
  itemCode: z.string(),
  text: z.string(),
  version: z.int(),
  updatedAt: timestampSchema,
});

/** A reviewer's comment as the unit sees it (on a returned submission). */
export const unitReviewCommentSchema = z.object({
  id: z.string(),
  itemCode: z.string().nullable(),
  text: z.string(),
  createdAt: timestampSchema,
  resolvedAt: timestampSchema.nullable(),
});

/**
 * A reviewer's correction of one item as the unit sees it (issue 14 defect 11): the facts the
 * review counts instead of the unit's own, and the reviewer's reason.
 */
export const unitReviewCorrectionSchema = z.object({
  itemCode: z.string(),
  facts: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
  correctedAt: timestampSchema,
  /** True when the correction was written by answering an appeal. */
  fromAppeal: z.boolean(),
});

/** The whole self-assessment of one unit in one round. */
export const selfAssessmentSchema = z.object({
  roundId: z.string(),
  roundState: z.enum(roundStates),
  deadline: timestampSchema.nullable(),
  roundUnit: roundUnitSchema,
  /** Whether facts, narratives and evidence can change now; if not, why. */
  editable: z.boolean(),
  notEditableReason: z.string().nullable(),
  /** Whether the unit head could submit now (editable and complete). */
  canSubmit: z.boolean(),
  /** Whether the unit head may 撤回 its submission now (decision 0212), and why not otherwise. */
  canWithdraw: z.boolean(),
  withdrawProblem: z.string().nullable(),
  /** Item codes the unit fills (leaves with facts, not 评议 items). */
  selfAssessedItems: z.array(z.string()),
  facts: z.array(itemFactsSchema),
  narratives: z.array(narrativeSchema),
  evidenceCounts: z.record(z.string(), z.int()),
  comments: z.array(unitReviewCommentSchema),
  /** The reviewers' corrections of the unit's facts, one per corrected item. */
  corrections: z.array(unitReviewCorrectionSchema),
  score: liveScoreSchema,
  problems: z.array(factProblemSchema),
  /** Required facts still missing for submission (评议 items excluded). */
  missingForSubmission: z.array(z.string()),
});

/** Save one item's facts; `version` 0 for the first save. Null values clear a fact. */
export const saveFactsRequestSchema = z.strictObject({
  version: upsertVersionSchema,
  facts: factsInputSchema()
    .refine((facts) => Object.keys(facts).length <= 100, "事实数据项过多")
    .refine(
      (facts) => JSON.stringify(facts).length <= workflowLimits.factsJson.max,
      "事实数据过大",
    ),
});

/** The answer to a facts save: the saved row and the live score. */
export const saveFactsResponseSchema = z.object({
  item: itemFactsSchema,
  score: liveScoreSchema,
  problems: z.array(factProblemSchema),
  missingForSubmission: z.array(z.string()),
});

/** Save the narrative of an item or a top-level group; `version` 0 for the first save. */
export const saveNarrativeRequestSchema = z.strictObject({
  version: upsertVersionSchema,
  text: z
    .string()
    .max(workflowLimits.narrative.max, `自评说明最长 ${workflowLimits.narrative.max} 个字符`),
});

/** Submit the self-assessment; `version` is the round unit's. */
export const submitRequestSchema = z.strictObject({ version: versionSchema });

/** 撤回 a submission (decision 0212): the round unit's version as read. */
export const withdrawRequestSchema = z.strictObject({ version: versionSchema });
