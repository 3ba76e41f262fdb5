/**
 * One audit record's detail on the audit page (issue 15): the detail as labelled Chinese lines
 * (contract/audit-detail.ts), the record's identifiers under Chinese names, and the raw JSON behind
 * 查看原始记录 for the audit administrator. Personal numbers are masked everywhere (row 22).
 */
import {
  auditDetailEntries,
  type AuditRecord,
  maskPersonalNumbers,
} from "@kaoping/server/contract";
import { Button, Descriptions, Space, Typography } from "antd";
import { useState } from "react";

/** The expanded row of an audit record. */
export function AuditRecordDetail({ record }: { record: AuditRecord }) {
  const [raw, setRaw] = useState(false);
  const entries = auditDetailEntries(record.detail);
  const code = (text: string | null) =>
    text === null ? (
      "—"
    ) : (
      <Typography.Text code translate="no">
        {text}
      </Typography.Text>
    );
  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="audit-detail">
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 220 } }}
        items={[
          ...(entries.length === 0
            ? [{ key: "none", label: "详情", children: "（无）" }]
            : entries.map((e) => ({
                key: e.path,
                label: e.label,
                children: (
                  <span style={{ wordBreak: "break-all" }}>{maskPersonalNumbers(e.value)}</span>
                ),
              }))),
          { key: "objectId", label: "对象编号", children: code(record.objectId) },
          { key: "requestId", label: "请求编号", children: code(record.requestId) },
          { key: "hash", label: "哈希", children: code(record.hash) },
          { key: "prevHash", label: "前一哈希", children: code(record.prevHash) },
        ]}
      />
      <Button size="small" type="link" onClick={() => setRaw(!raw)} aria-expanded={raw}>
        {raw ? "收起原始记录" : "查看原始记录"}
      </Button>
      {raw && (
        <pre translate="no" style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="audit-raw">
          {`操作代码 ${record.action}${record.objectType === null ? "" : `，对象类型 ${record.objectType}`}\n`}
          {maskPersonalNumbers(JSON.stringify(record, null, 2))}
        </pre>
      )}
    </Space>
  );
}
