/**
 * Object-level access to rounds and round units, for every workflow module (docs/workflow.md
 * "Who reaches what"): subtree roles reach rounds of assessing organisations in their subtree;
 * unit roles reach a round only through their own round unit. Anything else is 404.
 */
import type { Kysely } from "kysely";
import { organisationReach } from "../../authz/object-access.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../errors/app-error.js";
import type { Actor } from "../../http/context.js";
import {
  findRound,
  findRoundUnit,
  type RoundUnitWithUnit,
  type RoundWithScheme,
} from "./repository.js";

/** The round when the actor reaches it; otherwise 404. */
export async function requireReachableRound(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
): Promise<RoundWithScheme> {
  const round = await findRound(db, roundId);
  if (round === undefined) throw notFound("考核任务");
  const reach = organisationReach(actor);
  if (reach.kind === "all") return round;
  if (reach.kind === "subtree" && round.organisation_path.startsWith(reach.path)) return round;
  if (
    reach.kind === "own" &&
    (await findRoundUnit(db, roundId, reach.organisationId)) !== undefined
  )
    return round;
  throw notFound("考核任务");
}

/** The round and one of its units when the actor reaches that unit's data; otherwise 404. */
export async function requireReachableRoundUnit(
  db: Kysely<Database>,
  actor: Actor,
  roundId: string,
  unitId: string,
): Promise<{ round: RoundWithScheme; roundUnit: RoundUnitWithUnit }> {
  const reach = organisationReach(actor);
  if (reach.kind === "own" && reach.organisationId !== unitId) throw notFound("被考核单位");
  const round = await requireReachableRound(db, actor, roundId);
  const roundUnit = await findRoundUnit(db, roundId, unitId);
  if (roundUnit === undefined) throw notFound("被考核单位");
  return { round, roundUnit };
}
