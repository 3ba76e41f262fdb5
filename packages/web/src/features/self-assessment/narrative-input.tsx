/**
 * 自评说明 of an item or of a top-level indicator (the report prints the latter under the
 * indicator's heading): saved when the field loses focus, with the narrative's version.
 */
import { maskPersonalNumbers, workflowLimits } from "@kaoping/server/contract";
import { App, Input, Typography } from "antd";
import { useState } from "react";
import { showApiError } from "../../api/errors";
import { selfAssessmentApi } from "../../api/workflow-api";

/** The narrative field. */
export function NarrativeInput({
  roundId,
  unitId,
  itemCode,
  initial,
  version,
  editable,
  label,
}: {
  roundId: string;
  unitId: string;
  itemCode: string;
  initial: string;
  version: number;
  editable: boolean;
  /** What the field is about, for its accessible name ("<label> 自评说明"); default the item code. */
  label?: string | undefined;
}) {
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState({ text: initial, version });
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");
  const { message } = App.useApp();
  const save = async () => {
    if (text === saved.text) return;
    setState("saving");
    try {
      const next = await selfAssessmentApi.saveNarrative(
        roundId,
        unitId,
        itemCode,
        saved.version,
        text,
      );
      setSaved({ text: next.text, version: next.version });
      setState("saved");
    } catch (error) {
      setState("idle");
      showApiError(error, message);
    }
  };
  return (
    <div className="narrative">
      <Typography.Text type="secondary">
        自评说明 {state === "saving" ? "（保存中…）" : state === "saved" ? "（已保存）" : ""}
      </Typography.Text>
      <Input.TextArea
        aria-label={`${label ?? itemCode} 自评说明`}
        value={editable ? text : maskPersonalNumbers(text)}
        disabled={!editable}
        maxLength={workflowLimits.narrative.max}
        autoSize={{ minRows: 1, maxRows: 6 }}
        placeholder="简要说明完成情况、佐证材料所在位置等"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
      />
    </div>
  );
}
