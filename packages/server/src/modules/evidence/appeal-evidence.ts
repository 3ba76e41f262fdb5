/**
 * Evidence attached to an appeal (申诉材料): uploaded while the round is in `appeals`, before the
 * appeal deadline, to an appeal of the same unit that is not answered yet, on the appealed item.
 * The self-assessment's editability does not apply (it is closed by then).
 */
import type { Kysely } from "kysely";
import type { Database, RoundRow } from "../../db/schema.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { findAppeal } from "../appeals/index.js";
import { requireBeforeDeadline } from "../workflow/index.js";

/** The appeal a file may be attached to now, or the reason why not. */
export async function requireOpenAppeal(
  db: Kysely<Database>,
  round: Pick<RoundRow, "state" | "appeal_deadline">,
  roundUnitId: string,
  appealId: string,
  itemCode: string,
  now: Date,
): Promise<void> {
  const appeal = await findAppeal(db, appealId);
  if (appeal === undefined || appeal.round_unit_id !== roundUnitId) throw notFound("申诉");
  if (appeal.item_code !== itemCode) {
    throw new AppError("VALIDATION_FAILED", `申诉材料应上传到申诉的评分项 ${appeal.item_code}。`, {
      fields: [{ path: "params.itemCode", message: `应为 ${appeal.item_code}` }],
    });
  }
  if (round.state !== "appeals") throw new AppError("CONFLICT", "只有在申诉阶段才能上传申诉材料。");
  if (appeal.state !== "submitted")
    throw new AppError("CONFLICT", "该申诉已答复，不能再补充材料。");
  requireBeforeDeadline(round.appeal_deadline, now, "申诉");
}
