/**
 * The bell (decision 0213): the caller's own to-dos in his active role, counted on the server
 * over what that role reaches — a unit's self-assessment to fill in and its unread reminders;
 * a reviewer's submitted units not yet approved by him; a rater's units not yet rated (none in a
 * round whose scheme has no 评议 item); the
 * assessment administrator's appeals to answer and units not submitted; and every deadline of
 * the caller's step due within 3 days. Administrators and viewers have none.
 */
import type { Todo } from "../../contract/notices.js";
import { formatDeadlineIn } from "../../contract/time-zone.js";
import type { Kysely } from "kysely";
import type { Database, RoundRow } from "../../db/schema.js";
import { requireActor, type RequestContext } from "../../http/context.js";
import type { ServiceDeps } from "../../services.js";
import { effectiveConfig } from "../settings/effective.js";
import { ratingItemsOf } from "../results/effective-facts.js";
import { schemeOfVersion, unitDeadline, whyNotEditable } from "../workflow/index.js";
import { countUnreadNotices } from "./repository.js";
import * as todoRepo from "./todo-repository.js";

const soonMs = 3 * 24 * 60 * 60 * 1000;

/** The rounds whose scheme has at least one 评议 item (the version's scheme is cached). */
async function withRatingItems(db: Kysely<Database>, rounds: RoundRow[]): Promise<RoundRow[]> {
  const kept: RoundRow[] = [];
  for (const round of rounds)
    if (ratingItemsOf(await schemeOfVersion(db, round.scheme_version_id)).length > 0)
      kept.push(round);
  return kept;
}

/** The deadline of the step a round is in, for the role acting in it. */
const stepDeadline: Record<string, keyof RoundRow> = {
  self_assessment: "self_assessment_deadline",
  review: "review_deadline",
  rating: "rating_deadline",
  appeals: "appeal_deadline",
};
const stepNames: Record<string, string> = {
  self_assessment: "自评",
  review: "审核",
  rating: "评议",
  appeals: "申诉",
};

/** Builds the bell's to-do function. */
export function createTodoFunctions(deps: ServiceDeps) {
  const { db, clock } = deps;
  return {
    async todos(ctx: RequestContext): Promise<{ total: number; items: Todo[] }> {
      const actor = requireActor(ctx);
      const role = actor.activeRole;
      const items: Todo[] = [];
      const now = clock();
      const timeZone = effectiveConfig(deps).timeZone;
      const soon = (deadline: string | null) =>
        deadline !== null &&
        new Date(deadline).getTime() >= now.getTime() &&
        new Date(deadline).getTime() - now.getTime() <= soonMs;
      const deadlineTodo = (
        round: { id: string; title: string },
        step: string,
        deadline: string,
        path: string,
      ): Todo => ({
        kind: "deadline",
        label: `${stepNames[step]}截止：${formatDeadlineIn(deadline, timeZone)}`,
        count: 1,
        roundId: round.id,
        roundTitle: round.title,
        path,
        deadline,
      });
      const counted = (
        kind: Todo["kind"],
        label: string,
        round: { id: string; title: string },
        count: number | undefined,
        path: string,
      ) => {
        if (count !== undefined && count > 0)
          items.push({
            kind,
            label,
            count,
            roundId: round.id,
            roundTitle: round.title,
            path,
            deadline: null,
          });
      };

      if (role?.role === "unit_filler" || role?.role === "unit_head") {
        const own = await todoRepo.listOwnRoundUnits(db, role.organisationId, [
          "self_assessment",
          "review",
        ]);
        for (const unit of own) {
          const round = {
            id: unit.round_id,
            title: unit.round_title,
            state: unit.round_state,
            self_assessment_deadline: unit.round_deadline,
          };
          if (unit.status !== "draft" && unit.status !== "returned") continue;
          if (whyNotEditable(round, unit, now) !== undefined) continue;
          const path = `/self-assessment/${unit.round_id}`;
          counted(
            "fill",
            unit.status === "returned"
              ? "自评被退回，待修改后重新提交"
              : role.role === "unit_head"
                ? "自评待填报并提交"
                : "自评待填报",
            round,
            1,
            path,
          );
          const deadline = unitDeadline(round, unit);
          if (soon(deadline)) items.push(deadlineTodo(round, "self_assessment", deadline!, path));
        }
        const unread = await countUnreadNotices(db, role.organisationId);
        if (unread > 0)
          items.push({
            kind: "notice",
            label: "未读的催报通知",
            count: unread,
            roundId: null,
            roundTitle: null,
            path: "/",
            deadline: null,
          });
      } else if (
        role?.role === "reviewer" ||
        role?.role === "rater" ||
        role?.role === "assessment_admin"
      ) {
        const states =
          role.role === "reviewer"
            ? ["review"]
            : role.role === "rater"
              ? ["rating"]
              : ["self_assessment", "review", "rating", "appeals"];
        const reached = await todoRepo.listSubtreeRounds(db, role.organisationPath, states);
        // A rater has nothing to do in a round whose scheme has no 评议 item (decision 0342).
        const rounds = role.role === "rater" ? await withRatingItems(db, reached) : reached;
        const ids = (state: string) => rounds.filter((r) => r.state === state).map((r) => r.id);
        if (role.role === "reviewer") {
          const counts = await todoRepo.countUnitsToReview(db, ids("review"), actor.userId);
          for (const round of rounds)
            counted("review", "单位待审核", round, counts.get(round.id), `/review/${round.id}`);
        } else if (role.role === "rater") {
          const counts = await todoRepo.countUnitsToRate(db, ids("rating"), actor.userId);
          for (const round of rounds)
            counted("rate", "单位待评议", round, counts.get(round.id), `/rating/${round.id}`);
        } else {
          const appeals = await todoRepo.countOpenAppeals(db, ids("appeals"));
          const pending = await todoRepo.countUnitsNotSubmitted(db, ids("self_assessment"));
          for (const round of rounds) {
            counted("appeal", "申诉待答复", round, appeals.get(round.id), `/appeals/${round.id}`);
            counted(
              "remind",
              "单位尚未提交自评（可催报）",
              round,
              pending.get(round.id),
              `/rounds/${round.id}`,
            );
          }
        }
        for (const round of rounds) {
          const column = stepDeadline[round.state];
          const deadline = column === undefined ? null : (round[column] as string | null);
          if (!soon(deadline)) continue;
          const path =
            role.role === "reviewer"
              ? `/review/${round.id}`
              : role.role === "rater"
                ? `/rating/${round.id}`
                : `/rounds/${round.id}`;
          items.push(deadlineTodo(round, round.state, deadline!, path));
        }
      }
      return { total: items.reduce((sum, item) => sum + item.count, 0), items };
    },
  };
}
