/**
 * The round state machine as a table (docs/workflow.md): every allowed move with its Chinese
 * label and built-in check. Anything not in the table is illegal (409). Other modules add work
 * or refusals when a state is entered through `RoundTransitionHooks` (part 2: snapshots on
 * `published` and `final`, all units accepted before `rating`).
 */
import type { Kysely } from "kysely";
import { roundStateLabels, type RoundState } from "../../contract/workflow.js";
import type { Database, RoundRow } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import type { RequestContext } from "../../http/context.js";
import { countRoundUnits } from "./repository.js";

/** A built-in check: a Chinese reason why the move cannot happen now, or undefined. */
type TransitionCheck = (trx: Kysely<Database>, round: RoundRow) => Promise<string | undefined>;

/** One allowed move. */
export interface RoundTransition {
  from: RoundState;
  to: RoundState;
  /** What the button says (开始自评, 发布公示 …). */
  label: string;
  checks: readonly TransitionCheck[];
}

const hasUnits: TransitionCheck = async (trx, round) =>
  (await countRoundUnits(trx, round.id)) === 0
    ? "考核任务还没有被考核单位，请先选择单位。"
    : undefined;

/** Every allowed move of a round. */
export const roundTransitions: readonly RoundTransition[] = [
  { from: "draft", to: "self_assessment", label: "开始自评", checks: [hasUnits] },
  { from: "self_assessment", to: "review", label: "结束自评，开始审核", checks: [] },
  { from: "review", to: "rating", label: "结束审核，开始评议", checks: [] },
  { from: "rating", to: "results", label: "结束评议，确认结果", checks: [] },
  { from: "results", to: "published", label: "发布公示", checks: [] },
  { from: "published", to: "appeals", label: "开始受理申诉", checks: [] },
  { from: "appeals", to: "final", label: "归档锁定", checks: [] },
];

/**
 * Work done when a round enters a state, inside the transition's transaction and before the
 * state is written. Throw `AppError` to refuse the move (nothing is written).
 */
export type EnterHook = (
  trx: Kysely<Database>,
  ctx: RequestContext,
  round: RoundRow,
) => Promise<void>;

/** Hooks per state entered, supplied by other modules through `buildApp`. */
export type RoundTransitionHooks = Partial<Record<RoundState, readonly EnterHook[]>>;

/** The moves available from a state. */
export function transitionsFrom(state: RoundState): readonly RoundTransition[] {
  return roundTransitions.filter((t) => t.from === state);
}

/** The allowed move from `from` to `to`, or a 409 naming both states. */
export function requireTransition(from: RoundState, to: RoundState): RoundTransition {
  const transition = roundTransitions.find((t) => t.from === from && t.to === to);
  if (transition === undefined) {
    throw new AppError(
      "CONFLICT",
      `考核任务当前处于「${roundStateLabels[from]}」阶段，不能转到「${roundStateLabels[to]}」阶段。` +
        (transitionsFrom(from).length > 0
          ? `下一阶段只能是「${transitionsFrom(from)
              .map((t) => roundStateLabels[t.to])
              .join("、")}」。`
          : "考核任务已归档，不能再变更。"),
      { fields: [{ path: "body.to", message: "不能转到该阶段" }] },
    );
  }
  return transition;
}

/** Runs the built-in checks and the hooks of a move; throws 409 with the first failing check. */
export async function runTransitionChecks(
  trx: Kysely<Database>,
  ctx: RequestContext,
  round: RoundRow,
  transition: RoundTransition,
  hooks: RoundTransitionHooks,
): Promise<void> {
  for (const check of transition.checks) {
    const reason = await check(trx, round);
    if (reason !== undefined) throw new AppError("CONFLICT", reason);
  }
  for (const hook of hooks[transition.to] ?? []) await hook(trx, ctx, round);
}
