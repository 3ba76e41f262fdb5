/**
 * An audit record's identifiers — the request id, the object id, the client address — are stored
 * exactly as they came: they are never personal numbers, and a mask would cut the link between a
 * response (its `x-request-id`) and its record. A random UUID holds eleven digits in a row that
 * look like a mobile number now and then (…-a13812345678); before this, such a request's record
 * was stored as `a138****5678` and could no longer be found by its request id.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { createAuditWriter } from "./writer.js";

describe(`audit identifiers stored as they came (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("keeps a request id and an object id whose digits look like a mobile number", async () => {
    const requestId = "3f1a2b4c-1d2e-4f00-8a9b-a13812345678";
    const objectId = "0b7c9e2d-5a41-4c3e-9d8f-f15912345678";
    const audit = createAuditWriter(t.clock.now);
    await t.db.transaction().execute((trx) =>
      audit(trx, {
        ctx: { actor: null, ip: "127.0.0.1", requestId },
        action: "test.identifiers",
        object: { type: "organisation", id: objectId },
        detail: { note: "联系电话13812345678" },
      }),
    );
    const row = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "test.identifiers")
      .executeTakeFirstOrThrow();
    expect(row.request_id).toBe(requestId);
    expect(row.object_id).toBe(objectId);
    expect(row.ip).toBe("127.0.0.1");
    // Free text is still masked.
    expect(row.detail).toContain("138****5678");
    expect(row.detail).not.toContain("13812345678");
  });
});
