/**
 * Issue 15: the audit page shows a record's detail as labelled Chinese lines, not raw JSON.
 */
import { describe, expect, it } from "vitest";
import { auditDetailEntries } from "./audit-detail.js";

const asMap = (detail: unknown) =>
  Object.fromEntries(auditDetailEntries(detail).map((e) => [e.label, e.value]));

describe("audit detail in Chinese", () => {
  it("labels known keys and names known codes", () => {
    expect(
      asMap({
        originalName: "参保率统计表.pdf",
        sha256: "ab".repeat(32),
        reason: "wrong_password",
        failures: 3,
        otherSessionsEnded: true,
      }),
    ).toEqual({
      文件名: "参保率统计表.pdf",
      "SHA-256 校验值": "ab".repeat(32),
      原因: "密码错误",
      连续失败次数: "3",
      结束的其他会话数: "是",
    });
  });

  it("flattens before/after with the names of states, statuses and roles", () => {
    expect(
      asMap({
        before: { status: "submitted", version: 2 },
        after: { status: "returned", version: 3, role: "reviewer" },
        from: "self_assessment",
        units: ["长乐街道", "城关镇"],
      }),
    ).toEqual({
      "修改前 · 状态": "已提交",
      "修改前 · 版本": "2",
      "修改后 · 状态": "已退回",
      "修改后 · 版本": "3",
      "修改后 · 角色": "评审员",
      原阶段: "自评",
      单位: "长乐街道、城关镇",
    });
  });

  it("shows an unknown key with its key and an unknown code as written, never dropping them", () => {
    const entries = auditDetailEntries({ somethingNew: "x1", reason: "其他原因说明", empty: null });
    expect(entries).toEqual([
      { path: "somethingNew", label: "somethingNew", value: "x1" },
      { path: "reason", label: "原因", value: "其他原因说明" },
      { path: "empty", label: "empty", value: "—" },
    ]);
  });

  it("keeps deep values and lists of objects as compact JSON under their label", () => {
    const entries = auditDetailEntries({
      after: { facts: { a: { b: 1 } } },
      filters: [{ x: 1 }],
    });
    expect(entries).toEqual([
      { path: "after.facts.a", label: "修改后 · 事实数据 · a", value: '{"b":1}' },
      { path: "filters", label: "筛选条件", value: '[{"x":1}]' },
    ]);
  });

  it("has nothing to show for an empty detail", () => {
    expect(auditDetailEntries({})).toEqual([]);
    expect(auditDetailEntries(null)).toEqual([]);
  });
});
