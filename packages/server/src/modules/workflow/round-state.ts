/**
 * Who reaches a round and its units (docs/workflow.md "Who reaches what"), the round's scheme
 * (validated once per scheme version — versions never change), and the state and deadline
 * checks every part-2 write makes. Other units' rows answer 404.
 */
import { validateScheme, type Scheme } from "@kaoping/engine";
import type { Kysely } from "kysely";
import { unitRoles } from "../../contract/roles.js";
import { roundStateLabels, roundStates, type RoundState } from "../../contract/workflow.js";
import type { Database } from "../../db/schema.js";
import { AppError, notFound } from "../../errors/app-error.js";
import type { Actor } from "../../http/context.js";
import { requireOwnUnitIfUnitRole, requireRoundReached } from "../rounds/reach.js";
import {
  findRoundUnit,
  findRoundWithScheme,
  type RoundUnitWithName,
  type RoundWithScheme,
} from "./round-data.js";

const schemes = new Map<string, Scheme>();

/** The scheme document of a round, validated once per scheme version and kept (versions are immutable). */
export function schemeOfRound(
  round: Pick<RoundWithScheme, "scheme_version_id" | "scheme_document">,
): Scheme {
  const cached = schemes.get(round.scheme_version_id);
  if (cached !== undefined) return cached;
  const result = validateScheme(JSON.parse(round.scheme_document));
  if (!result.ok) throw new Error(`scheme version ${round.scheme_version_id} no longer validates`);
  if (schemes.size > 200) schemes.clear();
  schemes.set(round.scheme_version_id, result.scheme);
  return result.scheme;
}

/** Whether the actor acts for one assessed unit (填报员、单位负责人). */
export function isUnitActor(actor: Actor): boolean {
  return actor.activeRole !== null && unitRoles.includes(actor.activeRole.role);
}

/**
 * The round with its scheme document when the actor reaches it (../rounds/reach.ts: subtree
 * roles through the assessing organisation, unit roles only when their unit is one of the
 * round's units). Otherwise 404.
 */
export async function requireRound(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
): Promise<RoundWithScheme> {
  return requireRoundReached(db, actor, await findRoundWithScheme(db, roundId));
}

/** One unit of a reached round; a unit role reaches only its own unit (404 otherwise). */
export async function requireRoundUnit(
  db: Kysely<Database>,
  actor: Actor,
  round: RoundWithScheme,
  unitId: string,
): Promise<RoundUnitWithName> {
  requireOwnUnitIfUnitRole(actor, unitId);
  const unit = await findRoundUnit(db, round.id, unitId);
  if (unit === undefined) throw notFound("被考核单位");
  return unit;
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

/** 409 when a deadline has passed. */
export function requireBeforeDeadline(deadline: string | null, now: Date, action: string): void {
  if (deadline !== null && now.getTime() > new Date(deadline).getTime()) {
    throw new AppError("CONFLICT", `${action}截止时间（${deadline}）已过，不能再操作。`);
  }
}
