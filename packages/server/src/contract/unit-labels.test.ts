/**
 * One word for one thing on the round page (decision 0254): a unit's status (自评中, 已提交, …) and
 * its progress (未填写, 填写中, 自评已完成) are shown side by side, so no word may name both.
 */
import { describe, expect, it } from "vitest";
import { unitPhaseLabels } from "./progress.js";
import { roundUnitStatusLabels } from "./workflow.js";

describe("unit status and progress words", () => {
  it("never uses one word for a status and for a progress phase", () => {
    const statuses = Object.values(roundUnitStatusLabels);
    const phases = Object.values(unitPhaseLabels);
    expect(statuses.filter((word) => phases.includes(word))).toEqual([]);
    expect(new Set([...statuses, ...phases]).size).toBe(statuses.length + phases.length);
  });

  it("calls a unit open for self-assessment 自评中, not a progress word", () => {
    expect(roundUnitStatusLabels.draft).toBe("自评中");
    expect(Object.values(unitPhaseLabels)).not.toContain(roundUnitStatusLabels.draft);
  });
});
