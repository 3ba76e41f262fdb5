/**
 * Deadlines close actions strictly after the stated instant: a write exactly at the deadline is
 * on time, a millisecond later is late — for self-assessment (editability) and for the review,
 * rating and appeal deadlines (issue 15: the instant itself had no test).
 */
import { describe, expect, it } from "vitest";
import { requireBeforeDeadline, whyNotEditable } from "../workflow/index.js";

const deadline = "2026-03-10T16:00:00.000Z";
const at = new Date(deadline);
const justAfter = new Date(at.getTime() + 1);

describe("deadlines", () => {
  it("lets a draft unit edit exactly at the self-assessment deadline, not a millisecond later", () => {
    const round = { state: "self_assessment", self_assessment_deadline: deadline } as const;
    const unit = { status: "draft", reopened: 0 } as const;
    expect(whyNotEditable(round, unit, at)).toBeUndefined();
    expect(whyNotEditable(round, unit, justAfter)).toContain("截止时间已过");
    expect(whyNotEditable(round, { status: "draft", reopened: 1 }, justAfter)).toBeUndefined();
  });
  it("lets a rater or appellant act exactly at the deadline, not a millisecond later", () => {
    expect(() => requireBeforeDeadline(deadline, at, "评议")).not.toThrow();
    expect(() => requireBeforeDeadline(deadline, justAfter, "评议")).toThrow(/评议截止时间/);
    expect(() => requireBeforeDeadline(null, justAfter, "申诉")).not.toThrow();
  });
});
