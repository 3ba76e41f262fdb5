/** Request and response schemas of rounds (考核任务) and their units. */
import { z } from "zod";
import {
  plainNameSchema,
  idSchema,
  listQuerySchema,
  textFilterSchema,
  timestampSchema,
  versionSchema,
} from "./common.js";
import {
  deadlineSchema,
  itemCodeSchema,
  reasonSchema,
  roundStates,
  roundUnitStatuses,
  workflowLimits,
} from "./workflow.js";

/** The four deadlines of a round (null: none). */
export const roundDeadlinesSchema = z.object({
  selfAssessment: timestampSchema.nullable(),
  review: timestampSchema.nullable(),
  rating: timestampSchema.nullable(),
  appeal: timestampSchema.nullable(),
});

/** How many units of a round are in each submission status. */
export const unitCountsSchema = z.object({
  total: z.int(),
  draft: z.int(),
  submitted: z.int(),
  returned: z.int(),
  accepted: z.int(),
});

/** A round as the API shows it. */
export const roundSchema = z.object({
  id: idSchema,
  assessingOrganisationId: idSchema,
  schemeVersionId: idSchema,
  schemeId: idSchema,
  /** The scheme's identifier, for administrators; screens show `schemeTitle`. */
  schemeCode: z.string(),
  schemeTitle: z.string(),
  schemeVersionNumber: z.int(),
  title: z.string(),
  year: z.int(),
  period: z.string(),
  description: z.string().nullable(),
  state: z.enum(roundStates),
  deadlines: roundDeadlinesSchema,
  stateChangedAt: timestampSchema,
  version: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

/** A round. */
export type Round = z.infer<typeof roundSchema>;

/** A round with its unit counts, the states it may move to and its responsible departments. */
export const roundDetailSchema = roundSchema.extend({
  unitCounts: unitCountsSchema,
  allowedTransitions: z.array(z.object({ to: z.enum(roundStates), label: z.string() })),
  itemDepartments: z.record(z.string(), idSchema),
});

/** One unit of a round with its submission status. */
export const roundUnitSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  unitId: idSchema,
  unitCode: z.string(),
  unitName: z.string(),
  status: z.enum(roundUnitStatuses),
  reopened: z.boolean(),
  submittedAt: timestampSchema.nullable(),
  returnedAt: timestampSchema.nullable(),
  acceptedAt: timestampSchema.nullable(),
  /** The unit's own self-assessment deadline (extended or set on reopening); null = the round's. */
  selfAssessmentDeadline: timestampSchema.nullable(),
  version: z.int(),
  updatedAt: timestampSchema,
});

/** One unit of a round. */
export type RoundUnit = z.infer<typeof roundUnitSchema>;

const titleSchema = plainNameSchema("考核任务名称", workflowLimits.roundTitle);
const periodSchema = z
  .string()
  .trim()
  .min(workflowLimits.roundPeriod.min, "请输入考核期间（如 2022年度）")
  .max(workflowLimits.roundPeriod.max, `考核期间最长 ${workflowLimits.roundPeriod.max} 个字符`);
const yearSchema = z
  .int("年度应为整数")
  .min(
    workflowLimits.year.min,
    `年度应在 ${workflowLimits.year.min}–${workflowLimits.year.max} 之间`,
  )
  .max(
    workflowLimits.year.max,
    `年度应在 ${workflowLimits.year.min}–${workflowLimits.year.max} 之间`,
  );
const descriptionSchema = z
  .string()
  .trim()
  .max(
    workflowLimits.roundDescription.max,
    `说明最长 ${workflowLimits.roundDescription.max} 个字符`,
  )
  .nullable();
const unitIdsSchema = z
  .array(idSchema)
  .min(1, "请至少选择一个被考核单位")
  .max(workflowLimits.roundUnits.max, `一个考核任务最多 ${workflowLimits.roundUnits.max} 个单位`)
  .refine((ids) => new Set(ids).size === ids.length, "被考核单位有重复");
const itemDepartmentsSchema = z
  .record(itemCodeSchema, idSchema)
  .refine((map) => Object.keys(map).length <= 500, "责任科室设置过多");

/** Deadlines in a request: each optional; null removes it. */
export const roundDeadlinesRequestSchema = z.strictObject({
  selfAssessment: deadlineSchema.optional(),
  review: deadlineSchema.optional(),
  rating: deadlineSchema.optional(),
  appeal: deadlineSchema.optional(),
});

/** Create a round. */
export const createRoundRequestSchema = z.strictObject({
  assessingOrganisationId: idSchema,
  schemeVersionId: idSchema,
  title: titleSchema,
  year: yearSchema,
  period: periodSchema,
  description: descriptionSchema.optional(),
  deadlines: roundDeadlinesRequestSchema.optional(),
  unitIds: unitIdsSchema,
  /** Responsible department (科室) per item code. */
  itemDepartments: itemDepartmentsSchema.optional(),
});

/**
 * Change a round: every field while it is a draft; title, period and description until its
 * results are confirmed (decision 0211).
 */
export const updateRoundRequestSchema = z.strictObject({
  version: versionSchema,
  schemeVersionId: idSchema.optional(),
  title: titleSchema.optional(),
  year: yearSchema.optional(),
  period: periodSchema.optional(),
  description: descriptionSchema.optional(),
  unitIds: unitIdsSchema.optional(),
  itemDepartments: itemDepartmentsSchema.optional(),
});

/** Delete a draft round without data (decision 0211): the version as read. */
export const deleteRoundQuerySchema = z.strictObject({
  version: z.coerce
    .number({ error: "版本号应为整数" })
    .int("版本号应为整数")
    .min(1, "版本号应为正整数")
    .max(2_147_483_647, "版本号过大"),
});

/** Change deadlines (any state before final). */
export const updateDeadlinesRequestSchema = roundDeadlinesRequestSchema.extend({
  version: versionSchema,
});

/** Move a round to another state. */
export const transitionRequestSchema = z.strictObject({
  to: z.enum(roundStates, { error: "目标阶段不正确" }),
  version: versionSchema,
  reason: z.string().trim().max(workflowLimits.reason.max).optional(),
});

/** One state change of a round. */
export const roundTransitionSchema = z.object({
  fromState: z.enum(roundStates),
  toState: z.enum(roundStates),
  reason: z.string().nullable(),
  changedBy: idSchema.nullable(),
  changedAt: timestampSchema,
});

/** Reopen one unit (after the deadline or after it submitted), with its new deadline. */
export const reopenRequestSchema = z.strictObject({
  version: versionSchema,
  reason: reasonSchema,
  selfAssessmentDeadline: deadlineSchema.optional(),
});

/** Set one unit's own self-assessment deadline (null: back to the round's). */
export const unitDeadlineRequestSchema = z.strictObject({
  version: versionSchema,
  selfAssessmentDeadline: deadlineSchema,
});

/** Filters, sorting and paging of the round list. */
export const listRoundsQuerySchema = listQuerySchema(
  ["year", "title", "createdAt"],
  "-year",
).extend({
  state: z.enum(roundStates).optional(),
  year: z.coerce
    .number()
    .int()
    .min(workflowLimits.year.min)
    .max(workflowLimits.year.max)
    .optional(),
  assessingOrganisationId: idSchema.optional(),
  q: textFilterSchema,
});

/** Filters, sorting and paging of a round's units. */
export const listRoundUnitsQuerySchema = listQuerySchema(
  ["unitCode", "unitName", "status", "updatedAt"],
  "unitCode",
).extend({
  status: z.enum(roundUnitStatuses).optional(),
});

/** The scheme of a round: the version's document and its facts (for forms). */
export const roundSchemeSchema = z.object({
  schemeVersionId: idSchema,
  number: z.int(),
  document: z.record(z.string(), z.unknown()),
  facts: z.array(z.record(z.string(), z.unknown())),
});
