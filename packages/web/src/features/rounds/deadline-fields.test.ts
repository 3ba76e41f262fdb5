import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { deadlineDaysOf, defaultDeadlineDays } from "./deadline-fields";

// Issue 14 defect 5: rounds started with no deadlines at all. A new round's form now starts with
// all four deadlines filled, in step order, so the server's order check accepts them as shown.
describe("a new round's default deadlines", () => {
  const today = dayjs("2026-03-01T10:00:00");

  it("fills every step's deadline, each after today", () => {
    const days = deadlineDaysOf(defaultDeadlineDays(today));
    for (const [step, day] of Object.entries(days)) {
      expect(day, step).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(day! > today.format("YYYY-MM-DD"), step).toBe(true);
    }
  });

  it("keeps the steps in order: 自评 < 审核 < 评议 < 申诉", () => {
    const { selfAssessment, review, rating, appeal } = deadlineDaysOf(defaultDeadlineDays(today));
    expect([selfAssessment, review, rating, appeal]).toEqual(
      [selfAssessment, review, rating, appeal].slice().sort(),
    );
    expect(new Set([selfAssessment, review, rating, appeal]).size).toBe(4);
  });

  it("maps an empty picker to null, never to a made-up day", () => {
    expect(deadlineDaysOf({ selfAssessment: today, review: null })).toEqual({
      selfAssessment: "2026-03-01",
      review: null,
      rating: null,
      appeal: null,
    });
  });
});
