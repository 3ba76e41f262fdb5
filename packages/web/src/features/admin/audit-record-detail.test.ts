/**
 * The raw record behind 查看原始记录: personal numbers in its free text (the detail, the user
 * name) are masked; identifiers and hashes are shown exactly as stored — a UUID's last group or a
 * hash can hold eleven digits that look like a mobile number, and a masked request id can no
 * longer be searched for.
 */
import type { AuditRecord } from "@kaoping/server/contract";
import { describe, expect, it } from "vitest";
import { rawAuditRecordText } from "./audit-record-detail";

const hash = (middle: string) => `ab${middle}cd`.padEnd(64, "e");
const record: AuditRecord = {
  seq: 7,
  occurredAt: "2026-01-05T02:00:00.000Z",
  actorUserId: "5d1e2c3b-7a4f-4e8d-9c2b-a13912345678",
  actorUsername: "reviewer13512345678",
  actorRole: "reviewer",
  ip: "10.0.0.8",
  requestId: "0b7c3f1e-4d2a-4c6b-9e1f-a13812345678",
  action: "review.correct",
  objectType: "round_unit",
  objectId: "9f8e7d6c-5b4a-4c3d-8e2f-b15012345678",
  outcome: "success",
  detail: { reason: "已电话核实（联系电话13712345678）", itemCode: "4.1" },
  prevHash: hash("13612345678"),
  hash: hash("18812345678"),
};

describe("the raw audit record", () => {
  it("shows identifiers and hashes as stored", () => {
    const text = rawAuditRecordText(record);
    for (const id of [
      record.requestId!,
      record.objectId!,
      record.actorUserId!,
      record.prevHash,
      record.hash,
    ])
      expect(text).toContain(id);
  });

  it("masks personal numbers in the detail and the user name", () => {
    const text = rawAuditRecordText(record);
    expect(text).toContain("联系电话137****5678");
    expect(text).not.toContain("13712345678");
    expect(text).toContain("reviewer135****5678");
    expect(text).toContain('"itemCode": "4.1"');
  });
});
