/**
 * Issue 14 defect 8: the audit CSV names roles, actions, object types and outcomes in Chinese, as
 * the audit page does, and keeps the action and object-type codes in the last two columns.
 */
import { describe, expect, it } from "vitest";
import { auditActionNames, auditObjectNames } from "../../contract/audit-names.js";
import type { AuditRecord } from "../../contract/audit.js";
import { roleLabels } from "../../contract/roles.js";
import { toAuditCsv } from "./csv.js";

const record = (over: Partial<AuditRecord>): AuditRecord => ({
  seq: 7,
  occurredAt: "2026-03-01T08:00:00.000Z",
  actorUserId: "3",
  actorUsername: "zhangsan",
  actorRole: "assessment_admin",
  ip: "10.0.0.1",
  requestId: "req-1",
  action: "round.transition",
  objectType: "round_unit",
  objectId: "12",
  outcome: "denied",
  detail: { from: "self_assessment" },
  prevHash: "a".repeat(64),
  hash: "b".repeat(64),
  ...over,
});

/** The CSV's rows as arrays of cells (no cell here needs quoting except the detail). */
function rows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) =>
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .slice(0, -1)
        .map((c) => c.replace(/,$/, "")),
    );
}

describe("audit CSV columns", () => {
  it("shows the Chinese names of role, action, object type and outcome, codes at the end", () => {
    const [header, line] = rows(toAuditCsv([record({})]));
    const cell = (label: string) => line![header!.indexOf(label)];
    expect(cell("角色")).toBe(roleLabels.assessment_admin);
    expect(cell("操作")).toBe(auditActionNames["round.transition"]);
    expect(cell("对象类型")).toBe(auditObjectNames.round_unit);
    expect(cell("结果")).toBe("拒绝");
    expect(header!.slice(-2)).toEqual(["操作代码", "对象类型代码"]);
    expect(line!.slice(-2)).toEqual(["round.transition", "round_unit"]);
    // No code is left in the Chinese columns.
    for (const label of ["角色", "操作", "对象类型", "结果"])
      expect(cell(label)).toMatch(/^\p{Script=Han}/u);
  });

  it("names unknown codes as such and leaves absent ones empty", () => {
    const [header, line] = rows(
      toAuditCsv([
        record({ action: "x.y", objectType: null, actorRole: null, outcome: "success" }),
      ]),
    );
    const cell = (label: string) => line![header!.indexOf(label)];
    expect(cell("操作")).toBe("其他操作");
    expect(cell("对象类型")).toBe("");
    expect(cell("角色")).toBe("");
    expect(cell("结果")).toBe("成功");
    expect(cell("操作代码")).toBe("x.y");
  });
});
