import { describe, expect, it } from "vitest";
import { staffTask, unitTask, type TaskRound } from "./round-task";

const round = (state: TaskRound["state"]): TaskRound => ({
  id: "r1",
  state,
  deadlines: {
    selfAssessment: "2025-03-31T16:00:00.000Z",
    review: "2025-04-15T16:00:00.000Z",
    rating: "2025-04-30T16:00:00.000Z",
    appeal: "2025-05-31T16:00:00.000Z",
  },
  unitCounts: { total: 5, submitted: 2, accepted: 1, returned: 1 },
});

const unit = { unitId: "u1", deadline: "2025-03-31T16:00:00.000Z" } as const;

describe("each role's home shows what it has to do in the round's current stage", () => {
  it("asks a unit to 填报 only while its self-assessment can change", () => {
    expect(
      unitTask("unit_filler", round("self_assessment"), {
        ...unit,
        status: "draft",
        editable: true,
      }),
    ).toMatchObject({
      action: "填报",
      link: "/self-assessment/r1",
      deadline: { label: "自评截止" },
    });
    expect(
      unitTask("unit_head", round("review"), { ...unit, status: "returned", editable: true }),
    ).toMatchObject({ action: "填报/提交", note: expect.stringContaining("退回") });
    const waiting = unitTask("unit_head", round("review"), {
      ...unit,
      status: "submitted",
      editable: false,
    });
    expect(waiting).toMatchObject({ action: "查看", note: "已提交，等待审核" });
    expect(waiting.deadline).toBeUndefined();
  });

  it("shows a unit its result after publication, not 填报 (defect 11)", () => {
    for (const state of ["published", "appeals"] as const) {
      const task = unitTask("unit_filler", round(state), {
        ...unit,
        status: "accepted",
        editable: false,
      });
      expect(task, state).toMatchObject({ action: "查看结果", link: "/results/r1/u1" });
      expect(task.action).not.toContain("填报");
    }
    expect(
      unitTask("unit_filler", round("appeals"), { ...unit, status: "accepted", editable: false })
        .deadline,
    ).toEqual({ label: "申诉截止", at: "2025-05-31T16:00:00.000Z" });
  });

  it("shows a rater the rating deadline and no 待审核 count (defect 11)", () => {
    const task = staffTask("rater", round("rating"));
    expect(task).toMatchObject({
      action: "评议",
      link: "/rating/r1",
      deadline: { label: "评议截止", at: "2025-04-30T16:00:00.000Z" },
    });
    expect(task.note).not.toContain("待审核");
  });

  it("shows a reviewer the units waiting and the review deadline in 审核", () => {
    expect(staffTask("reviewer", round("review"))).toMatchObject({
      action: "审核",
      deadline: { label: "审核截止" },
      note: expect.stringContaining("待审核 2 个单位"),
    });
    expect(staffTask("reviewer", round("self_assessment"))).toMatchObject({
      deadline: { label: "自评截止" },
      note: expect.not.stringContaining("待审核"),
    });
  });
});
