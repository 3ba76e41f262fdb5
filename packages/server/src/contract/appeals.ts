/**
 * Appeals (申诉): during the appeal window a unit appeals an item's result with a text; the
 * assessment administrator upholds it with corrected facts (written as review facts, which
 * produces a new results snapshot) or rejects it with a reason.
 */
import { z } from "zod";
import { factsInputSchema } from "./number-text.js";
import { versionSchema } from "./common.js";
import { itemCodeSchema } from "./workflow.js";

/** Limits of appeal texts (columns `appeals.text` and `appeals.answer`). */
export const appealLimits = { text: { min: 1, max: 4000 } } as const;

const appealText = (what: string) =>
  z
    .string()
    .trim()
    .min(appealLimits.text.min, `请填写${what}`)
    .max(appealLimits.text.max, `${what}最长 ${appealLimits.text.max} 个字符`);

/** A new appeal on one item. */
export const createAppealRequestSchema = z.strictObject({
  itemCode: itemCodeSchema,
  text: appealText("申诉理由"),
});

/** The states of an appeal. */
export const appealStates = ["submitted", "upheld", "rejected", "withdrawn"] as const;

/** The administrator's answer; `facts` (the item's corrected facts) is required when upheld. */
export const answerAppealRequestSchema = z
  .strictObject({
    version: versionSchema,
    decision: z.enum(["upheld", "rejected"], { error: "请选择申诉成立或驳回" }),
    answer: appealText("答复（驳回时为驳回理由）"),
    facts: factsInputSchema().optional(),
  })
  .superRefine((body, issue) => {
    if (body.decision === "upheld" && body.facts === undefined)
      issue.addIssue({
        code: "custom",
        path: ["facts"],
        message: "申诉成立时请填写修正后的事实数据",
      });
  });

/** One appeal. */
export const appealSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  itemCode: z.string(),
  text: z.string(),
  state: z.enum(appealStates),
  submittedBy: z.string().nullable(),
  submittedAt: z.string(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  version: z.int(),
  /** The snapshot an upheld appeal produced. */
  snapshotSequence: z.int().nullable(),
  /** Evidence the unit attached to the appeal (申诉材料; download through the evidence routes). */
  evidence: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      size: z.int(),
      contentType: z.string(),
      uploadedAt: z.string(),
    }),
  ),
});
