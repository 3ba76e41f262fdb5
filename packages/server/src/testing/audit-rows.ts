/**
 * Audit rows of one request, for tests of docs/spec/security.md row 13 (each action through the
 * API yields exactly one matching audit row).
 */
import { expect } from "vitest";
import type { Kysely } from "kysely";
import type { AuditRow, Database } from "../db/schema.js";

/** A response as `app.inject` gives it (only its request id is read). */
interface Answered {
  headers: Record<string, unknown>;
}

/** The audit rows written while serving a response (matched by its request id). */
export async function auditRowsOf(db: Kysely<Database>, response: Answered): Promise<AuditRow[]> {
  const requestId = String(response.headers["x-request-id"]);
  return db
    .selectFrom("audit_log")
    .selectAll()
    .where("request_id", "=", requestId)
    .orderBy("seq")
    .execute();
}

/** Expects exactly one audit row of `action` for the response, on `objectId` when given; returns it. */
export async function expectOneAuditRow(
  db: Kysely<Database>,
  response: Answered,
  action: string,
  expected: { objectId?: string; outcome?: string } = {},
): Promise<AuditRow> {
  const rows = (await auditRowsOf(db, response)).filter((row) => row.action === action);
  expect(rows, `audit rows of ${action}`).toHaveLength(1);
  const row = rows[0] as AuditRow;
  if (expected.objectId !== undefined) expect(row.object_id).toBe(expected.objectId);
  expect(row.outcome).toBe(expected.outcome ?? "success");
  return row;
}
