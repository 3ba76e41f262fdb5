/**
 * One audit record's detail on the audit page (issue 15): the detail as labelled Chinese lines
 * (contract/audit-detail.ts), the record's identifiers under Chinese names, and the raw JSON behind
 * 查看原始记录 for the audit administrator. Personal numbers in free text (the detail, the user
 * name) are masked (row 22); identifiers and hashes never are — a UUID's last group or a hash can
 * hold eleven digits that look like a mobile number, and a masked request id cannot be found.
 */
import {
  auditDetailEntries,
  type AuditRecord,
  maskPersonalNumbers,
  maskPersonalNumbersIn,
} from "@kaoping/server/contract";
import { Button, Descriptions, Space, Typography } from "antd";
import { useState } from "react";

/** The record behind 查看原始记录 as JSON: free text masked, identifiers and hashes as stored. */
export function rawAuditRecordText(record: AuditRecord): string {
  const shown: AuditRecord = {
    ...record,
    actorUsername: record.actorUsername === null ? null : maskPersonalNumbers(record.actorUsername),
    detail: maskPersonalNumbersIn(record.detail),
  };
  return JSON.stringify(shown, null, 2);
}

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
          {rawAuditRecordText(record)}
        </pre>
      )}
    </Space>
  );
}
