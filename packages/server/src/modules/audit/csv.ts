/**
 * CSV of audit records for spreadsheets: UTF-8 with BOM (Excel opens Chinese correctly), RFC
 * 4180 quoting, and cells starting with = + - @ (or tab/CR) prefixed with ' so a spreadsheet
 * never runs them as formulas (docs/spec/security.md row 16).
 *
 * 角色/操作/对象类型/结果 carry the same Chinese names as the audit page (contract/audit-names.ts,
 * contract/roles.ts); the action and object-type codes follow in the last columns (操作代码,
 * 对象类型代码) for the administrator who filters or asks by code (issue 14 defect 8).
 */
import { auditActionName, auditObjectName, auditOutcomeName } from "../../contract/audit-names.js";
import type { AuditRecord } from "../../contract/audit.js";
import { roleLabels, type Role } from "../../contract/roles.js";

const roleName = (code: string): string => roleLabels[code as Role] ?? "其他角色";
const named =
  (name: (code: string) => string) =>
  (code: string | null): string | null =>
    code === null ? null : name(code);

const columns: [string, (record: AuditRecord) => unknown][] = [
  ["序号", (r) => r.seq],
  ["时间", (r) => r.occurredAt],
  ["用户", (r) => r.actorUsername],
  ["角色", (r) => named(roleName)(r.actorRole)],
  ["IP", (r) => r.ip],
  ["请求编号", (r) => r.requestId],
  ["操作", (r) => auditActionName(r.action)],
  ["对象类型", (r) => named(auditObjectName)(r.objectType)],
  ["对象", (r) => r.objectId],
  ["结果", (r) => auditOutcomeName(r.outcome)],
  ["详情", (r) => r.detail],
  ["前一哈希", (r) => r.prevHash],
  ["哈希", (r) => r.hash],
  ["操作代码", (r) => r.action],
  ["对象类型代码", (r) => r.objectType],
];

/** One CSV cell, neutralised and quoted. */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ""
      : typeof value === "string"
        ? value
        : typeof value === "number"
          ? String(value)
          : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Audit records as a CSV document. */
export function toAuditCsv(records: AuditRecord[]): string {
  const lines = [columns.map(([label]) => csvCell(label)).join(",")];
  for (const record of records)
    lines.push(columns.map(([, cell]) => csvCell(cell(record))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
