/**
 * Part 2's round transition hooks (docs/workflow.md "Round states"): entering `rating` needs
 * every unit accepted; entering `published` freezes snapshot 1; entering `final` freezes a
 * final snapshot when the results changed since the last one. Each runs inside the
 * transition's transaction: throwing refuses the move and nothing is written.
 */
import type { Kysely } from "kysely";
import {
  roundUnitStatusLabels,
  type RoundState,
  type RoundUnitStatus,
} from "../../contract/workflow.js";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../errors/app-error.js";
import type { RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { freezeSnapshot } from "./snapshots.js";
import { findRound, listRoundUnits, type RoundWithScheme } from "../workflow/index.js";

/** A hook run when a round enters a state. */
export type ResultsEnterHook = (
  trx: Kysely<Database>,
  ctx: RequestContext,
  round: { id: string },
) => Promise<void>;

async function roundOf(trx: Kysely<Database>, round: { id: string }): Promise<RoundWithScheme> {
  const found = await findRound(trx, round.id);
  if (found === undefined) throw new Error(`round ${round.id} vanished during its transition`);
  return found;
}

/** Refuses `review → rating` while a unit is not accepted, naming the units. */
export async function requireAllAccepted(
  trx: Kysely<Database>,
  round: { id: string },
): Promise<void> {
  const pending = (await listRoundUnits(trx, round.id)).filter(
    (unit) => unit.status !== "accepted",
  );
  if (pending.length === 0) return;
  const names = pending
    .slice(0, 10)
    .map(
      (unit) =>
        `${unit.unit_name}（${roundUnitStatusLabels[unit.status as RoundUnitStatus] ?? unit.status}）`,
    )
    .join("、");
  const more = pending.length > 10 ? ` 等 ${pending.length} 个单位` : "";
  throw new AppError(
    "CONFLICT",
    `还有单位未审核通过：${names}${more}。全部审核通过后才能进入评议阶段。`,
  );
}

/** The hooks of review, results and snapshots, by the state entered. */
export function createResultsHooks(
  deps: Pick<ServiceDeps, "clock" | "audit">,
): Partial<Record<RoundState, ResultsEnterHook[]>> {
  return {
    rating: [async (trx, _ctx, round) => requireAllAccepted(trx, round)],
    published: [
      async (trx, ctx, round) => {
        await freezeSnapshot(trx, deps, ctx, await roundOf(trx, round), {
          kind: "published",
          reason: "结果公示",
        });
      },
    ],
    final: [
      async (trx, ctx, round) => {
        await freezeSnapshot(trx, deps, ctx, await roundOf(trx, round), {
          kind: "final",
          reason: "归档锁定",
          onlyIfChanged: true,
        });
      },
    ],
  };
}

/** Part 2's hooks followed by any others (tests add theirs), per state. */
export function withResultsHooks<H>(
  deps: Pick<ServiceDeps, "clock" | "audit">,
  others: Partial<Record<RoundState, readonly H[]>> | undefined,
): Partial<Record<RoundState, readonly (H | ResultsEnterHook)[]>> {
  const merged: Partial<Record<RoundState, (H | ResultsEnterHook)[]>> = {};
  for (const [state, hooks] of Object.entries(createResultsHooks(deps)) as [
    RoundState,
    ResultsEnterHook[],
  ][])
    merged[state] = [...hooks];
  for (const [state, hooks] of Object.entries(others ?? {}) as [RoundState, readonly H[]][])
    merged[state] = [...(merged[state] ?? []), ...hooks];
  return merged;
}
