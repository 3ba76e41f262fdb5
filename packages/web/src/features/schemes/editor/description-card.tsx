/**
 * The scheme's 说明 (`description`, decision 0335): plain text of lines, edited as typed and saved
 * with the draft; an import fills it with the 细则's notes that say nothing of scoring. The score
 * sheet prints it under its table.
 */
import { workflowLimits } from "@kaoping/server/contract";
import type { SchemeDocument } from "@kaoping/engine";
import { Card, Input, Typography } from "antd";

/** The 方案说明 card of the editor and of the import review. */
export function DescriptionCard({
  doc,
  onChange,
}: {
  doc: SchemeDocument;
  onChange: (next: SchemeDocument) => void;
}) {
  const value = typeof doc.description === "string" ? doc.description : "";
  const { max } = workflowLimits.schemeDescription;
  return (
    <Card size="small" title="方案说明" data-testid="scheme-description">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        细则中与计分无关的说明（如适用范围、数据截止时间、解释单位），随方案保存，打印在评分表表格下方。每行一条。
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="方案说明"
        value={value}
        maxLength={max}
        showCount
        autoSize={{ minRows: 2, maxRows: 10 }}
        placeholder="没有方案说明（可选）"
        status={value.length > max ? "error" : undefined}
        onChange={(e) => {
          const { description: _old, ...rest } = doc;
          // An emptied 说明 is no 说明: the key goes, as a scheme without one has none.
          onChange(e.target.value === "" ? rest : { ...rest, description: e.target.value });
        }}
      />
    </Card>
  );
}
