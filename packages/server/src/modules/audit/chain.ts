/**
 * The audit hash chain: each record's hash covers its content and the previous record's hash,
 * so changing, removing or reordering a row breaks the chain from that row on.
 */
import { createHash } from "node:crypto";
import type { AuditRow } from "../../db/schema.js";

/** The `prev_hash` of the first record. */
export const GENESIS_HASH = "0".repeat(64);

/** The hash of a record (everything but its own `hash`). */
export function hashAuditRecord(row: Omit<AuditRow, "hash">): string {
  const content = JSON.stringify([
    row.seq,
    row.occurred_at,
    row.actor_user_id,
    row.actor_username,
    row.actor_role,
    row.ip,
    row.request_id,
    row.action,
    row.object_type,
    row.object_id,
    row.outcome,
    row.detail,
    row.prev_hash,
  ]);
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/** What a record holds before it is placed in the chain. */
export type AuditContent = Omit<AuditRow, "seq" | "prev_hash" | "hash">;

/** Links records after the chain's last one (`last`), in the order given. */
export function linkAuditRows(
  last: { seq: number; hash: string } | undefined,
  contents: readonly AuditContent[],
): AuditRow[] {
  const rows: AuditRow[] = [];
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  for (const content of contents) {
    seq += 1;
    const row = { seq, ...content, prev_hash: prev };
    prev = hashAuditRecord(row);
    rows.push({ ...row, hash: prev });
  }
  return rows;
}

/** The result of checking a chain. */
export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
  reason: string | null;
}

/** Follows a chain and reports the first record that does not fit. Rows in `seq` order. */
export function createChainChecker(): {
  check: (row: AuditRow) => boolean;
  result: () => ChainCheck;
} {
  let previous: { seq: number; hash: string } | undefined;
  let checked = 0;
  let failure: { seq: number; reason: string } | undefined;
  return {
    check(row) {
      if (failure !== undefined) return false;
      checked += 1;
      const expectedPrev = previous?.hash ?? GENESIS_HASH;
      if (previous !== undefined && row.seq !== previous.seq + 1) {
        failure = {
          seq: row.seq,
          reason: `序号不连续：第 ${previous.seq} 条之后是第 ${row.seq} 条（记录被删除）`,
        };
      } else if (previous === undefined && row.seq !== 1) {
        failure = {
          seq: row.seq,
          reason: `第一条记录的序号应为 1，实际为 ${row.seq}（记录被删除）`,
        };
      } else if (row.prev_hash !== expectedPrev) {
        failure = { seq: row.seq, reason: `第 ${row.seq} 条记录的前一哈希与上一条记录不符` };
      } else if (hashAuditRecord(row) !== row.hash) {
        failure = { seq: row.seq, reason: `第 ${row.seq} 条记录的内容与其哈希不符（记录被篡改）` };
      }
      previous = { seq: row.seq, hash: row.hash };
      return failure === undefined;
    },
    result() {
      return failure === undefined
        ? { ok: true, checked, firstBadSeq: null, reason: null }
        : { ok: false, checked, firstBadSeq: failure.seq, reason: failure.reason };
    },
  };
}
