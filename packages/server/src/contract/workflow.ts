/**
 * Words shared by every workflow module (docs/workflow.md): round states, round unit statuses,
 * item codes, decimal text and the workflow's field limits.
 */
import { z } from "zod";
import { dayPattern } from "./time-zone.js";

/** Field limits of the workflow, shared by the schemas, the columns and the web forms. */
export const workflowLimits = {
  schemeCode: { max: 64 },
  schemeTitle: { min: 1, max: 200 },
  /** An item's title inside a scheme document (指标名称). */
  itemTitle: { min: 1, max: 200 },
  schemeNote: { max: 500 },
  /** A scheme's 说明 (`description`): the rubric's notes kept with it, printed on the score sheet. */
  schemeDescription: { max: 2000 },
  roundTitle: { min: 1, max: 200 },
  roundPeriod: { min: 1, max: 32 },
  roundDescription: { max: 2000 },
  roundUnits: { max: 2000 },
  year: { min: 2000, max: 2100 },
  reason: { min: 1, max: 500 },
  narrative: { max: 5000 },
  /** Serialised size of one item's facts object (characters of JSON). */
  factsJson: { max: 20_000 },
  evidenceName: { max: 255 },
} as const;

/** The states of a round, in order (考核任务状态). */
export const roundStates = [
  "draft",
  "self_assessment",
  "review",
  "rating",
  "results",
  "published",
  "appeals",
  "final",
] as const;

/** A round state. */
export type RoundState = (typeof roundStates)[number];

/** Chinese names of the round states. */
export const roundStateLabels: Record<RoundState, string> = {
  draft: "草稿",
  self_assessment: "自评",
  review: "审核",
  rating: "评议",
  results: "结果确认",
  published: "公示",
  appeals: "申诉",
  final: "归档",
};

/** Submission status of one unit in a round. */
export const roundUnitStatuses = ["draft", "submitted", "returned", "accepted"] as const;

/** A round unit's submission status. */
export type RoundUnitStatus = (typeof roundUnitStatuses)[number];

/** Chinese names of the submission statuses. */
export const roundUnitStatusLabels: Record<RoundUnitStatus, string> = {
  draft: "自评中",
  submitted: "已提交",
  returned: "已退回",
  accepted: "已审核通过",
};

/** An item code as the scheme writes it (`4`, `4.1`, `9.3`). */
export const itemCodeSchema = z
  .string()
  .trim()
  .min(1, "请指定评分项编号")
  .max(32, "评分项编号最长 32 个字符")
  .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, "评分项编号应形如 4 或 4.1");

/** A reason the user must give (修正原因、重新开放原因). */
export const reasonSchema = z
  .string()
  .trim()
  .min(workflowLimits.reason.min, "请填写原因")
  .max(workflowLimits.reason.max, `原因最长 ${workflowLimits.reason.max} 个字符`);

const isoInstantSchema = z.iso.datetime({ offset: true });

/** Whether a text is a real calendar day YYYY-MM-DD (2027-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  const match = dayPattern.exec(text);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * A deadline: a calendar day (YYYY-MM-DD — the end of that day in the bureau's time zone,
 * decision 0210), an ISO 8601 instant with its offset, or null for none.
 */
export const deadlineSchema = z
  .string({ error: "截止时间应为日期（如 2027-03-31）" })
  .max(40, "截止时间应为日期（如 2027-03-31）")
  .refine(
    (text) => isCalendarDay(text) || isoInstantSchema.safeParse(text).success,
    "截止时间应为日期（如 2027-03-31，指当天 24 时前）或带时区的时间（如 2027-03-31T23:59:59+08:00）",
  )
  .nullable();

/** The version a client read; 0 means "no record yet" (first save of an item's facts or narrative). */
export const upsertVersionSchema = z.int().min(0).max(2_147_483_647);

/** Path parameters of a round unit: the round and the unit's organisation id. */
export const roundUnitParamsSchema = z.strictObject({
  roundId: z.uuid({ error: "编号格式不正确" }),
  unitId: z.uuid({ error: "编号格式不正确" }),
});

/** Path parameters of one item of a round unit. */
export const roundUnitItemParamsSchema = roundUnitParamsSchema.extend({ itemCode: itemCodeSchema });
