/**
 * What a role has to do in a round at its current stage (issue 14 defect 11): the home page's
 * action, link, the deadline of the stage that is running and a short note. A unit is asked to
 * 填报 only while its self-assessment can change; after publication it is shown its result; a
 * rater is shown the rating deadline, not the self-assessment's.
 */
import type { RoundState, RoundUnitStatus } from "@kaoping/server/contract";

/** What the task needs of a round. */
export interface TaskRound {
  id: string;
  state: RoundState;
  deadlines: {
    selfAssessment: string | null;
    review: string | null;
    rating: string | null;
    appeal: string | null;
  };
  unitCounts: { total: number; submitted: number; accepted: number; returned: number };
}

/** What the task needs of the unit's own self-assessment (unit roles only). */
export interface TaskUnit {
  unitId: string;
  status: RoundUnitStatus;
  editable: boolean;
  /** The unit's own self-assessment deadline (may be extended for it). */
  deadline: string | null;
}

/** One line of the home page's work list. */
export interface RoundTask {
  action: string;
  link: string;
  deadline?: { label: string; at: string };
  note?: string;
}

const stageDeadlines: Partial<
  Record<RoundState, { label: string; of: keyof TaskRound["deadlines"] }>
> = {
  self_assessment: { label: "自评截止", of: "selfAssessment" },
  review: { label: "审核截止", of: "review" },
  rating: { label: "评议截止", of: "rating" },
  appeals: { label: "申诉截止", of: "appeal" },
};

/** The deadline of the stage the round is in, if it has one. */
export function stageDeadline(round: TaskRound): RoundTask["deadline"] {
  const stage = stageDeadlines[round.state];
  const at = stage === undefined ? null : round.deadlines[stage.of];
  return stage === undefined || at === null ? undefined : { label: stage.label, at };
}

const withDeadline = (task: RoundTask, deadline: RoundTask["deadline"]): RoundTask =>
  deadline === undefined ? task : { ...task, deadline };

/** The task of a unit (填报人 or 单位负责人) in a round. */
export function unitTask(role: "unit_filler" | "unit_head", round: TaskRound, unit: TaskUnit) {
  const form = `/self-assessment/${round.id}`;
  const result = `/results/${round.id}/${unit.unitId}`;
  if (round.state === "published" || round.state === "appeals" || round.state === "final") {
    const note =
      round.state === "appeals" ? "结果已公布，对结果有异议可在申诉截止前提出申诉" : "结果已公布";
    return withDeadline({ action: "查看结果", link: result, note }, stageDeadline(round));
  }
  if (unit.editable) {
    const action = role === "unit_head" ? "填报/提交" : "填报";
    const note = unit.status === "returned" ? "已退回修改，请按审核意见修改后重新提交" : undefined;
    const deadline =
      unit.deadline === null
        ? undefined
        : { label: round.state === "review" ? "修改截止" : "自评截止", at: unit.deadline };
    return withDeadline({ action, link: form, ...(note === undefined ? {} : { note }) }, deadline);
  }
  const note =
    unit.status === "accepted"
      ? "审核已通过"
      : unit.status === "submitted"
        ? "已提交，等待审核"
        : "自评已截止";
  return { action: "查看", link: form, note };
}

/** The task of a reviewer, rater or viewer in a round (the administrator has its own card). */
export function staffTask(role: "reviewer" | "rater" | "viewer", round: TaskRound): RoundTask {
  const c = round.unitCounts;
  const deadline = stageDeadline(round);
  if (role === "reviewer") {
    const link = `/review/${round.id}`;
    if (round.state === "review")
      return withDeadline(
        {
          action: "审核",
          link,
          note: `待审核 ${c.submitted} 个单位，已审核通过 ${c.accepted}/${c.total}`,
        },
        deadline,
      );
    return withDeadline(
      { action: "查看", link, note: `单位自评中：已提交 ${c.submitted + c.accepted}/${c.total}` },
      deadline,
    );
  }
  if (role === "rater")
    return withDeadline(
      { action: "评议", link: `/rating/${round.id}`, note: `评议 ${c.total} 个单位` },
      deadline,
    );
  return withDeadline({ action: "查看", link: `/results/${round.id}` }, deadline);
}
