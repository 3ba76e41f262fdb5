/**
 * Review (审核评分): the reviewer's work list, one unit's items in the reviewer's scope with self
 * facts, review facts, evidence and scores, confirm/correct an item, comments, return and accept.
 */
import { z } from "zod";
import { factsInputSchema } from "./number-text.js";
import { versionSchema } from "./common.js";
import {
  itemCodeSchema,
  reasonSchema,
  roundUnitStatuses,
  upsertVersionSchema,
} from "./workflow.js";

/** Limits of review texts. */
export const reviewLimits = { comment: { min: 1, max: 2000 } } as const;

/** A facts object of one item (`{ "rate": "99.65" }`). */
const factsObjectSchema = z.record(z.string().max(64), z.unknown());

/** How a reviewer decides an item. */
export const reviewActions = ["confirm", "correct"] as const;

/** Confirm the unit's facts, or record corrected facts with a reason. */
export const reviewItemRequestSchema = z
  .strictObject({
    version: upsertVersionSchema,
    action: z.enum(reviewActions, { error: "请选择确认或修正" }),
    facts: factsInputSchema().optional(),
    reason: reasonSchema.optional(),
  })
  .superRefine((body, issue) => {
    if (body.action !== "correct") return;
    if (body.facts === undefined)
      issue.addIssue({ code: "custom", path: ["facts"], message: "修正时请填写修正后的事实数据" });
    if (body.reason === undefined)
      issue.addIssue({ code: "custom", path: ["reason"], message: "修正事实数据必须填写原因" });
  });

/** A review comment. */
export const reviewCommentSchema = z.object({
  id: z.string(),
  itemCode: z.string().nullable(),
  text: z.string(),
  authorId: z.string().nullable(),
  /** The author's display name (null when the account no longer exists). */
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

/** A new comment on an item (or the whole submission when `itemCode` is absent). */
export const createReviewCommentRequestSchema = z.strictObject({
  itemCode: itemCodeSchema.optional(),
  text: z
    .string()
    .trim()
    .min(reviewLimits.comment.min, "请填写意见")
    .max(reviewLimits.comment.max, `意见最长 ${reviewLimits.comment.max} 个字符`),
});

/** Return a submission for revision, with an optional comment. */
export const returnSubmissionRequestSchema = z.strictObject({
  version: versionSchema,
  comment: z.string().trim().min(1, "请填写退回意见").max(reviewLimits.comment.max).optional(),
});

/** 全部确认 carries nothing: it confirms what is still pending in the caller's scope. */
export const confirmAllRequestSchema = z.strictObject({});

/** Accept a submission. */
export const acceptSubmissionRequestSchema = z.strictObject({ version: versionSchema });

/** The review decision of one item. */
export const itemReviewStatuses = ["pending", "confirmed", "corrected"] as const;

/** One item's review state after a decision. */
export const itemReviewSchema = z.object({
  itemCode: z.string(),
  status: z.enum(itemReviewStatuses),
  version: z.int(),
  reviewFacts: factsObjectSchema.nullable(),
  reason: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});

/** One item of a unit under review. */
export const reviewItemSchema = itemReviewSchema.extend({
  title: z.string(),
  max: z.string(),
  standard: z.string().nullable(),
  method: z.string().nullable(),
  selfFacts: factsObjectSchema.nullable(),
  selfScore: z.string().nullable(),
  score: z.string().nullable(),
  trace: z.array(z.string()),
  evidence: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      size: z.int(),
      contentType: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  comments: z.array(reviewCommentSchema),
  /** Who approved this item as part of his 审核通过 (null = not yet approved). */
  approvedBy: z.string().nullable(),
});

/** Where a unit's per-reviewer approval stands (decision 0130). */
export const unitApprovalSchema = z.object({
  /** Every reviewable item (all reviewers' parts) is approved. */
  complete: z.boolean(),
  /** Whether the caller's own part is approved. */
  ownPartApproved: z.boolean(),
  /** Items of the caller's scope not yet confirmed or corrected. */
  ownPending: z.array(z.string()),
  /** Items not yet approved, with the reviewers whose scope holds each. */
  openItems: z.array(
    z.object({
      itemCode: z.string(),
      title: z.string(),
      status: z.enum(["pending", "confirmed", "corrected"]),
      reviewers: z.array(z.string()),
    }),
  ),
  /** The parts approved so far. */
  parts: z.array(z.object({ reviewerName: z.string(), items: z.int(), approvedAt: z.string() })),
});

/** One unit as the reviewer sees it. */
export const unitReviewSchema = z.object({
  roundId: z.string(),
  roundState: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(roundUnitStatuses),
  version: z.int(),
  canReview: z.boolean(),
  whyNot: z.string().nullable(),
  total: z.string(),
  selfTotal: z.string(),
  items: z.array(reviewItemSchema),
  comments: z.array(reviewCommentSchema),
  approval: unitApprovalSchema,
});

/** The reviewer's work list: units × items in scope. */
export const reviewWorkListSchema = z.object({
  roundId: z.string(),
  roundState: z.string(),
  reviewDeadline: z.string().nullable(),
  itemCodes: z.array(z.string()),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      unitCode: z.string(),
      status: z.enum(roundUnitStatuses),
      version: z.int(),
      confirmed: z.int(),
      corrected: z.int(),
      pending: z.int(),
      /** Whether the caller's own part of this unit is approved. */
      ownPartApproved: z.boolean(),
    }),
  ),
});

/** Comments visible to the unit (per item and on the whole submission). */
export const reviewCommentsSchema = z.array(reviewCommentSchema);
