/**
 * 进度 (issue 18 part 3, docs/decisions/0260): where an open round stands, for the administrator
 * who runs it — units by how far they filled, reviewers by what they decided, raters by how many
 * ratings they gave (counts only: never a rating value), and the deadlines counted down.
 */
import { z } from "zod";
import { timestampSchema } from "./common.js";
import { roundStates, roundUnitStatuses } from "./workflow.js";

/**
 * How far a unit's filling got: 自评已完成 (submitted or accepted), 填写中 (something saved, or
 * returned), 未填写. Words of their own, never a unit status's (decision 0254): a unit's status
 * (roundUnitStatusLabels: 自评中 / 已提交 / 已退回 / 已审核通过) and its progress are shown side by
 * side on the round page.
 */
export const unitPhases = ["submitted", "in_progress", "not_started"] as const;

/** How far a unit's filling got. */
export type UnitPhase = (typeof unitPhases)[number];

/** Chinese names of the unit phases (decision 0254). */
export const unitPhaseLabels: Record<UnitPhase, string> = {
  submitted: "自评已完成",
  in_progress: "填写中",
  not_started: "未填写",
};

/** One unit's progress: its required facts filled (自评 form's required facts, rating items left out). */
export const unitProgressSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string(),
  status: z.enum(roundUnitStatuses),
  reopened: z.boolean(),
  phase: z.enum(unitPhases),
  filled: z.int(),
  required: z.int(),
  /** filled / required in whole per cent, rounded down (100 only when every required fact is filled). */
  percent: z.int(),
  /** The last save of the unit's own facts; null when nothing saved. */
  lastSavedAt: timestampSchema.nullable(),
  /** The unit's own 自评截止 when extended or reopened; null = the round's. */
  ownDeadline: timestampSchema.nullable(),
});

/** One reviewer: the items of his scope decided (确认 or 更正) and the units whose part he approved. */
export const reviewerProgressSchema = z.object({
  name: z.string(),
  itemsDecided: z.int(),
  itemsTotal: z.int(),
  unitsApproved: z.int(),
  unitsTotal: z.int(),
});

/** One rater: how many ratings given of how many expected (units × rating items). Never a value. */
export const raterProgressSchema = z.object({
  name: z.string(),
  given: z.int(),
  expected: z.int(),
});

/** One stage's deadline, counted in the bureau's days (docs/decisions/0210). */
export const stageDeadlineSchema = z.object({
  stage: z.enum(["self_assessment", "review", "rating"]),
  label: z.string(),
  deadline: timestampSchema.nullable(),
  /** Calendar days in the bureau's time zone from today to the deadline's day (0 = today); null when none. */
  daysLeft: z.int().nullable(),
  passed: z.boolean(),
  /** The round is in this stage now. */
  current: z.boolean(),
  /** 自评 only: units with their own later deadline (延期 or 重新开放). */
  extendedUnits: z.int(),
});

/** The progress of a round (GET /api/rounds/:roundId/progress). */
export const roundProgressSchema = z.object({
  roundId: z.string(),
  roundState: z.enum(roundStates),
  /** The server's time when computed. */
  now: timestampSchema,
  timeZone: z.string(),
  deadlines: z.array(stageDeadlineSchema),
  unitCounts: z.object({
    total: z.int(),
    submitted: z.int(),
    inProgress: z.int(),
    notStarted: z.int(),
  }),
  units: z.array(unitProgressSchema),
  reviewers: z.array(reviewerProgressSchema),
  raters: z.array(raterProgressSchema),
});

/** The progress of a round. */
export type RoundProgress = z.infer<typeof roundProgressSchema>;
