import { describe, expect, it } from "vitest";
import { saveIndicator } from "./save-indicator";

describe("the self-assessment's save tag", () => {
  it("says 草稿已自动保存 only while the form can change", () => {
    expect(saveIndicator({ editable: true, isSaving: false, failedCount: 0 })?.label).toBe(
      "草稿已自动保存",
    );
    // Issue 14 defect 11: after submission the page is read-only and the tag must go.
    expect(saveIndicator({ editable: false, isSaving: false, failedCount: 0 })).toBeNull();
  });

  it("shows saving while a save runs and never calls a failed save saved", () => {
    expect(saveIndicator({ editable: true, isSaving: true, failedCount: 0 })?.label).toBe(
      "保存中…",
    );
    expect(saveIndicator({ editable: true, isSaving: false, failedCount: 2 })).toEqual({
      label: "2 项未保存",
      color: "error",
    });
  });
});
