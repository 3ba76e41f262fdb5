/**
 * The audit chain's checker (docs/spec/security.md row 14): a row rewritten with a fresh,
 * self-consistent hash is still found, because the next row's `prev_hash` no longer links to it
 * (issue 15: a checker that skipped the link let such a rewrite through).
 */
import { describe, expect, it } from "vitest";
import type { AuditRow } from "../../db/schema.js";
import { createChainChecker, GENESIS_HASH, hashAuditRecord } from "./chain.js";

function chainOf(count: number): AuditRow[] {
  const rows: AuditRow[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    const row = {
      seq,
      occurred_at: `2026-01-0${seq}T00:00:00.000Z`,
      actor_user_id: "u1",
      actor_username: "zhang",
      actor_role: "system_admin",
      ip: "127.0.0.1",
      request_id: `req-${seq}`,
      action: "organisation.update",
      object_type: "organisation",
      object_id: `org-${seq}`,
      outcome: "success",
      detail: JSON.stringify({ n: seq }),
      prev_hash: rows[seq - 2]?.hash ?? GENESIS_HASH,
    };
    rows.push({ ...row, hash: hashAuditRecord(row) } as AuditRow);
  }
  return rows;
}

function checkAll(rows: AuditRow[]) {
  const checker = createChainChecker();
  for (const row of rows) checker.check(row);
  return checker.result();
}

/** Rewrites a row and gives it a hash that matches its new content. */
function forge(row: AuditRow, patch: Partial<AuditRow>): AuditRow {
  const changed = { ...row, ...patch };
  return { ...changed, hash: hashAuditRecord(changed) };
}

describe("audit chain checker", () => {
  it("accepts an untouched chain", () => {
    expect(checkAll(chainOf(4))).toEqual({ ok: true, checked: 4, firstBadSeq: null, reason: null });
  });
  it("finds a row rewritten with its own hash recomputed, at the next row's link", () => {
    const rows = chainOf(4);
    rows[1] = forge(rows[1] as AuditRow, { object_id: "other-org" });
    expect(checkAll(rows)).toMatchObject({ ok: false, firstBadSeq: 3 });
    expect(checkAll(rows).reason).toContain("前一哈希");
  });
  it("finds a row whose link was pointed elsewhere, even with its hash recomputed", () => {
    const rows = chainOf(3);
    rows[2] = forge(rows[2] as AuditRow, { prev_hash: GENESIS_HASH });
    expect(checkAll(rows)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
  it("finds an edited row whose hash was left alone, at that row", () => {
    const rows = chainOf(3);
    rows[1] = { ...(rows[1] as AuditRow), outcome: "failure" };
    expect(checkAll(rows)).toMatchObject({ ok: false, firstBadSeq: 2 });
    expect(checkAll(rows).reason).toContain("被篡改");
  });
  it("finds a removed row and a chain that does not start at 1", () => {
    const rows = chainOf(4);
    expect(checkAll([rows[0], rows[2], rows[3]] as AuditRow[])).toMatchObject({ firstBadSeq: 3 });
    expect(checkAll(rows.slice(1))).toMatchObject({ ok: false, firstBadSeq: 2 });
  });
  // Mutation testing (decision 0298): the reasons were never read, so a deleted first record could
  // be reported as a broken link (the next check fails there too) or with no reason at all.
  it("tells the audit administrator that records were deleted, and where", () => {
    const rows = chainOf(4);
    expect(checkAll([rows[0], rows[2], rows[3]] as AuditRow[]).reason).toBe(
      "序号不连续：第 1 条之后是第 3 条（记录被删除）",
    );
    expect(checkAll(rows.slice(1)).reason).toBe("第一条记录的序号应为 1，实际为 2（记录被删除）");
  });
});
