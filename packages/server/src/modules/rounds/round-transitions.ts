/**
 * The state part of the rounds service: moving a round to its next state (the state machine's
 * table decides what is legal, hooks may add work or refuse — ./state-machine.ts), with the move
 * recorded and audited, and the round's state history.
 */
import { randomUUID } from "node:crypto";
import type { RoundState } from "../../contract/workflow.js";
import { assertVersionedUpdate } from "../../db/versioning.js";
import { notFound } from "../../errors/app-error.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { toRoundTransition } from "./presenters.js";
import { roundDetail } from "./round-detail.js";
import { insertRoundTransition, listRoundTransitions, updateRound } from "./repository.js";
import {
  requireTransition,
  runTransitionChecks,
  type RoundTransitionHooks,
} from "./state-machine.js";
import { findRound, requireRound } from "../workflow/index.js";

/** Builds the state functions of the rounds service; `hooks` run when a round enters a state. */
export function createRoundTransitionFunctions(deps: ServiceDeps, hooks: RoundTransitionHooks) {
  const { db, clock, audit } = deps;
  return {
    /** Moves a round to the next state (the table decides what is legal; hooks may refuse). */
    async transition(
      ctx: RequestContext,
      id: string,
      input: { to: RoundState; version: number; reason?: string | undefined },
    ) {
      const actor = requireActor(ctx);
      await requireRound(db, actor, id);
      return db.transaction().execute(async (trx) => {
        const round = await findRound(trx, id);
        if (round === undefined) throw notFound("考核任务");
        if (round.version !== input.version)
          await assertVersionedUpdate(false, async () => true, "考核任务");
        const transition = requireTransition(round.state as RoundState, input.to);
        await runTransitionChecks(trx, ctx, round, transition, hooks);
        const now = clock().toISOString();
        const changed = await updateRound(trx, id, input.version, {
          state: input.to,
          state_changed_at: now,
          updated_at: now,
        });
        await assertVersionedUpdate(changed, async () => true, "考核任务");
        const reason = input.reason === undefined || input.reason === "" ? null : input.reason;
        await insertRoundTransition(trx, {
          id: randomUUID(),
          round_id: id,
          from_state: round.state,
          to_state: input.to,
          reason,
          changed_by: actor.userId,
          changed_at: now,
        });
        const updated = await roundDetail(trx, id);
        await audit(trx, {
          ctx,
          action: "round.transition",
          object: { type: "round", id },
          before: { state: round.state },
          after: { state: input.to },
          detail: { reason },
        });
        return updated;
      });
    },

    /** A round's state history. */
    async listTransitions(ctx: RequestContext, id: string) {
      await requireRound(db, requireActor(ctx), id);
      return (await listRoundTransitions(db, id)).map(toRoundTransition);
    },
  };
}
