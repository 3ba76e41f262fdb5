/**
 * A round's state and deadlines as every workflow write checks them (docs/workflow.md), and
 * whether an actor acts for one assessed unit.
 */
import { unitRoles } from "../../contract/roles.js";
import { roundStateLabels, roundStates, type RoundState } from "../../contract/workflow.js";
import { defaultTimeZone, formatInstantIn } from "../../contract/time-zone.js";
import { AppError } from "../../errors/app-error.js";
import type { Actor } from "../../http/context.js";

/** Whether the actor acts for one assessed unit (填报员、单位负责人). */
export function isUnitActor(actor: Actor): boolean {
  return actor.activeRole !== null && unitRoles.includes(actor.activeRole.role);
}

/** Whether the round has reached (or passed) a state. */
export function isAtOrAfter(round: { state: string }, state: RoundState): boolean {
  return roundStates.indexOf(round.state as RoundState) >= roundStates.indexOf(state);
}

/** 409 unless the round is in one of `states` (a final round refuses every write). */
export function requireState(
  round: { state: string },
  states: readonly RoundState[],
  action: string,
): void {
  if (states.includes(round.state as RoundState)) return;
  const now = roundStateLabels[round.state as RoundState] ?? round.state;
  const wanted = states.map((s) => `「${roundStateLabels[s]}」`).join("或");
  const locked = round.state === "final" ? "考核任务已归档锁定，不能再修改。" : "";
  throw new AppError(
    "CONFLICT",
    `${locked}考核任务当前处于「${now}」阶段，${action}只能在${wanted}阶段进行。`,
  );
}

/**
 * Whether a deadline has passed: a deadline is inclusive — a write at the deadline instant itself
 * is on time, one a millisecond later is not (docs/workflow.md). The one rule for every deadline.
 */
export function isPastDeadline(deadline: string | null, now: Date): boolean {
  return deadline !== null && now.getTime() > new Date(deadline).getTime();
}

/** 409 when a deadline has passed; the message shows it in the bureau's time zone. */
export function requireBeforeDeadline(
  deadline: string | null,
  now: Date,
  action: string,
  timeZone: string = defaultTimeZone,
): void {
  if (deadline !== null && isPastDeadline(deadline, now)) {
    throw new AppError(
      "CONFLICT",
      `${action}截止时间（${formatInstantIn(deadline, timeZone)}）已过，不能再操作。`,
    );
  }
}
