/**
 * CSV of audit records for spreadsheets: UTF-8 with BOM (Excel opens Chinese correctly), RFC
 * 4180 quoting, and cells starting with = + - @ (or tab/CR) prefixed with ' so a spreadsheet
 * never runs them as formulas (docs/spec/security.md row 16).
 */
import type { AuditRecord } from "../../contract/audit.js";

const columns: [keyof AuditRecord, string][] = [
  ["seq", "序号"],
  ["occurredAt", "时间"],
  ["actorUsername", "用户"],
  ["actorRole", "角色"],
  ["ip", "IP"],
  ["requestId", "请求编号"],
  ["action", "操作"],
  ["objectType", "对象类型"],
  ["objectId", "对象"],
  ["outcome", "结果"],
  ["detail", "详情"],
  ["prevHash", "前一哈希"],
  ["hash", "哈希"],
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
  const lines = [columns.map(([, label]) => csvCell(label)).join(",")];
  for (const record of records) lines.push(columns.map(([key]) => csvCell(record[key])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
