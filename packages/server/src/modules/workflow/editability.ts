/**
 * When a unit may change its self-assessment (docs/workflow.md "Round unit status"): the round
 * in self-assessment with the unit in draft before the deadline (or reopened) or returned; in
 * review only when returned or reopened. Used by every self write: the form, the facts import,
 * narratives and evidence.
 */
import type { Item, Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import type { Database, RoundRow, RoundUnitRow } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import { findRoundUnitStatus, touchOpenRoundUnit } from "./repository.js";

/** A round unit as editability reads it; its own deadline when the administrator set one. */
type EditableUnit = Pick<RoundUnitRow, "status" | "reopened"> &
  Partial<Pick<RoundUnitRow, "self_assessment_deadline">>;

/**
 * The unit's self-assessment deadline: its own when the administrator extended it or reopened
 * the unit with a new one (decision 0132), else the round's.
 */
export function unitDeadline(
  round: Pick<RoundRow, "self_assessment_deadline">,
  roundUnit: Partial<Pick<RoundUnitRow, "self_assessment_deadline">>,
): string | null {
  return roundUnit.self_assessment_deadline ?? round.self_assessment_deadline;
}

/** Why the unit cannot change its self-assessment now, or undefined when it can. */
export function whyNotEditable(
  round: Pick<RoundRow, "state" | "self_assessment_deadline">,
  roundUnit: EditableUnit,
  now: Date,
): string | undefined {
  if (round.state === "draft") return "考核任务尚未开始自评。";
  if (round.state !== "self_assessment" && round.state !== "review")
    return "自评阶段已结束，不能再修改。";
  if (roundUnit.status === "submitted")
    return "自评已提交，不能修改；如需修改请联系审核人员退回或考核管理员重新开放。";
  if (roundUnit.status === "accepted") return "自评已审核通过，不能修改。";
  if (roundUnit.status === "returned") return undefined;
  const own = roundUnit.self_assessment_deadline ?? null;
  if (roundUnit.reopened === 1)
    return own !== null && now.toISOString() > own
      ? "重新开放的截止时间已过，如需修改请联系考核管理员。"
      : undefined;
  if (round.state === "review") return "自评截止时间已过，如需修改请联系考核管理员重新开放。";
  const deadline = unitDeadline(round, roundUnit);
  if (deadline !== null && now.toISOString() > deadline)
    return "自评截止时间已过，如需修改请联系考核管理员重新开放。";
  return undefined;
}

/** Throws 409 with the reason when the unit cannot change its self-assessment now. */
export function requireEditable(
  round: Pick<RoundRow, "state" | "self_assessment_deadline">,
  roundUnit: EditableUnit,
  now: Date,
): void {
  const reason = whyNotEditable(round, roundUnit, now);
  if (reason !== undefined) throw new AppError("CONFLICT", reason);
}

/** Items of a scheme by code, and which items the unit fills (items declaring facts, except 评议 leaves). */
export function schemeItems(scheme: Scheme): {
  byCode: Map<string, Item>;
  selfAssessed: string[];
  ratingItems: Set<string>;
  topLevel: Set<string>;
} {
  const byCode = new Map<string, Item>();
  const selfAssessed: string[] = [];
  const ratingItems = new Set<string>();
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      byCode.set(item.code, item);
      const isLeaf = item.children === undefined || item.children.length === 0;
      if (isLeaf && item.rule?.kind === "ratings") ratingItems.add(item.code);
      else if ((item.facts?.length ?? 0) > 0) selfAssessed.push(item.code);
      walk(item.children ?? []);
    }
  };
  walk(scheme.items);
  return {
    byCode,
    selfAssessed,
    ratingItems,
    topLevel: new Set(scheme.items.map((item) => item.code)),
  };
}

/**
 * Inside a write transaction: takes the round unit's row lock while it is still editable, so a
 * save can never land after a concurrent submission (the submission's update waits or this one
 * finds the new status and answers 409 with the reason).
 */
export async function lockEditable(
  trx: Kysely<Database>,
  round: Pick<RoundRow, "state" | "self_assessment_deadline">,
  roundUnitId: string,
  now: Date,
): Promise<void> {
  if (await touchOpenRoundUnit(trx, roundUnitId, now.toISOString())) return;
  await refuseLock(trx, round, roundUnitId, now);
}

/**
 * The answer when the round unit's lock was not taken (its self-assessment no longer open): 409
 * with the reason its status gives, or that the status changed. Also the answer of a facts save
 * whose one statement found the unit closed (decision 0327).
 */
export async function refuseLock(
  db: Kysely<Database>,
  round: Pick<RoundRow, "state" | "self_assessment_deadline">,
  roundUnitId: string,
  now: Date,
): Promise<never> {
  const current = await findRoundUnitStatus(db, roundUnitId);
  if (current !== undefined) requireEditable(round, current, now);
  throw new AppError("CONFLICT", "自评状态已变化，请刷新后重新操作（您的修改未保存）。");
}
