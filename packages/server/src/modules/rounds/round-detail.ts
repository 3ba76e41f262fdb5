/**
 * A round as the rounds service answers it: the round, its units counted by status, the moves
 * the state machine allows from its state, and the responsible departments of its items.
 */
import type { Kysely } from "kysely";
import type { RoundState } from "../../contract/workflow.js";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../errors/app-error.js";
import { toRound } from "./presenters.js";
import { countRoundUnitsByStatus, listItemDepartments } from "./repository.js";
import { transitionsFrom } from "./state-machine.js";
import { findRound } from "../workflow/index.js";

/** The round `id` with unit counts, allowed moves and departments (read on `trx`). */
export async function roundDetail(trx: Kysely<Database>, id: string) {
  const round = await findRound(trx, id);
  if (round === undefined) throw notFound("考核任务");
  const counts = await countRoundUnitsByStatus(trx, id);
  const count = (status: string) => counts[status] ?? 0;
  return {
    ...toRound(round),
    unitCounts: {
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      draft: count("draft"),
      submitted: count("submitted"),
      returned: count("returned"),
      accepted: count("accepted"),
    },
    allowedTransitions: transitionsFrom(round.state as RoundState).map((t) => ({
      to: t.to,
      label: t.label,
    })),
    itemDepartments: await listItemDepartments(trx, id),
  };
}
