/**
 * Who reaches a round and its units (docs/workflow.md "Who reaches what"), for every module:
 * subtree roles reach rounds of assessing organisations in their subtree; unit roles reach a
 * round only through their own round unit. Anything else is 404 (other units' rows do not exist).
 */
import type { Kysely } from "kysely";
import { organisationReach } from "../../authz/object-access.js";
import type { Database, FactRow } from "../../db/schema.js";
import { notFound } from "../../errors/app-error.js";
import type { Actor } from "../../http/context.js";
import {
  findRoundUnit,
  type RoundRowWithScheme,
  type RoundUnitWithName,
  type RoundWithScheme,
} from "./repository.js";
import { findRoundWithUnit, findRoundWithUnitAndFact } from "./round-unit-repository.js";
import { findRound, schemeOfVersion } from "./scheme-cache.js";

/**
 * The round (however the caller read it) when the actor reaches it; otherwise 404. A unit role
 * reaches it when its own unit is one of the round's units (one query); others by the
 * assessing organisation's tree path.
 */
export async function requireRoundReached<R extends { id: string; organisation_path: string }>(
  db: Kysely<Database>,
  actor: Actor,
  round: R | undefined,
): Promise<R> {
  if (round === undefined) throw notFound("考核任务");
  const reach = organisationReach(actor);
  if (reach.kind === "all") return round;
  if (reach.kind === "subtree" && round.organisation_path.startsWith(reach.path)) return round;
  if (
    reach.kind === "own" &&
    (await findRoundUnit(db, round.id, reach.organisationId)) !== undefined
  )
    return round;
  throw notFound("考核任务");
}

/** 404 when a unit role asks for another unit's data (before any query). */
export function requireOwnUnitIfUnitRole(actor: Actor, unitId: string): void {
  const reach = organisationReach(actor);
  if (reach.kind === "own" && reach.organisationId !== unitId) throw notFound("被考核单位");
}

/** The round with its scheme when the actor reaches it; otherwise 404. */
export async function requireRound(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
): Promise<RoundWithScheme> {
  return requireRoundReached(db, actor, await findRound(db, roundId));
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

/**
 * The round and one of its units when the actor reaches that unit's data; otherwise 404. Both
 * are read in one statement (docs/decisions/0266); only when that finds nothing are they read
 * apart, to say which one is missing.
 */
export async function requireRoundAndUnit(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
  unitId: string,
): Promise<{ round: RoundWithScheme; roundUnit: RoundUnitWithName }> {
  requireOwnUnitIfUnitRole(actor, unitId);
  return reached(db, actor, roundId, await findRoundWithUnit(db, roundId, unitId));
}

/**
 * The same with the unit's self facts row of one item (undefined: none yet), in the same
 * statement: what a facts save writes over (decision 0327).
 */
export async function requireRoundUnitAndFact(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
  unitId: string,
  itemCode: string,
): Promise<{ round: RoundWithScheme; roundUnit: RoundUnitWithName; fact: FactRow | undefined }> {
  requireOwnUnitIfUnitRole(actor, unitId);
  return reached(db, actor, roundId, await findRoundWithUnitAndFact(db, roundId, unitId, itemCode));
}

/** What the joined read found, when the actor reaches it; 404 naming what is missing otherwise. */
async function reached<T extends { round: RoundRowWithScheme; roundUnit: RoundUnitWithName }>(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
  both: T | undefined,
): Promise<Omit<T, "round"> & { round: RoundWithScheme }> {
  if (both !== undefined) {
    const round = {
      ...both.round,
      scheme: await schemeOfVersion(db, both.round.scheme_version_id),
    };
    // A unit role's own round unit is its way into the round: reached.
    if (organisationReach(actor).kind === "own") return { ...both, round };
    return { ...both, round: await requireRoundReached(db, actor, round) };
  }
  const round = await findRound(db, roundId);
  // A unit role reaches no round without its own unit in it.
  if (organisationReach(actor).kind === "own") throw notFound("考核任务");
  await requireRoundReached(db, actor, round);
  throw notFound("被考核单位");
}
