/**
 * The self-assessment's save tag (issue 14 defect 11: "草稿已自动保存" stayed after submission).
 * A draft tag only while the form can change; nothing once submitted or closed (the status tag
 * says 已提交); a failed save is never reported as saved.
 */
export interface SaveIndicator {
  label: string;
  color: "processing" | "success" | "error";
}

/** The tag to show, or null for none. */
export function saveIndicator(state: {
  editable: boolean;
  isSaving: boolean;
  failedCount: number;
}): SaveIndicator | null {
  if (state.isSaving) return { label: "保存中…", color: "processing" };
  if (state.failedCount > 0) return { label: `${state.failedCount} 项未保存`, color: "error" };
  if (!state.editable) return null;
  return { label: "草稿已自动保存", color: "success" };
}
