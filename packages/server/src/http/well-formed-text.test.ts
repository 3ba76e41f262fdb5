/**
 * Text that is not well-formed Unicode (a lone surrogate) or holds NUL is refused at the edge,
 * for every string and key of every body and query, with a Chinese error naming the field; and
 * the audit writer hashes exactly the text it stores, so `kaoping audit verify` keeps passing
 * (issue 15, finding 1; SQLite and PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type CliContext } from "../cli/main.js";
import { testDialect } from "../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../testing/factories.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";
import { createAuditWriter } from "../modules/audit/writer.js";
import { systemContext } from "./context.js";
import { findMalformedText } from "./well-formed-text.js";

async function auditVerifyExitCode(t: TestApp): Promise<{ code: number; out: string }> {
  let out = "";
  const ctx: CliContext = {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((out += chunk), true) },
    env: { DATABASE_URL: t.database.databaseUrl, DATABASE_SCHEMA: t.database.databaseSchema },
    cwd: process.cwd(),
  };
  const code = await main(["audit", "verify", "--data-dir", t.database.dataDir], ctx);
  return { code, out };
}

describe("findMalformedText", () => {
  it("names the first string or key holding a lone surrogate or NUL", () => {
    expect(findMalformedText({ a: ["ok", "好😀"] }, "body")).toBeUndefined();
    expect(findMalformedText({ a: ["ok", "x\ud800"] }, "body")).toBe("body.a.1");
    expect(findMalformedText({ a: { b: "\udc00y" } }, "body")).toBe("body.a.b");
    expect(findMalformedText({ ["k\ud83d"]: 1 }, "body")).toBe("body.k\ufffd");
    expect(findMalformedText({ name: "a\u0000b" }, "query")).toBe("query.name");
    expect(findMalformedText("\ud800", "body")).toBe("body");
  });

  it("walks deeply nested input without overflowing the stack", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findMalformedText(deep, "body")).toMatch(/^body(\.0)+$/);
  });
});

describe(`ill-formed text at the edge and in the audit log (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("refuses a lone-surrogate login with a Chinese 400 naming the field; audit verify passes", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"username":"\\ud800x","password":"x"}',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields).toEqual([
      { path: "body.username", message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    ]);
    expect(body.error.requestId).toBe(response.headers["x-request-id"]);
    const verify = await auditVerifyExitCode(t);
    expect(verify.out).toContain("审计日志完整");
    expect(verify.code).toBe(0);
  });

  it("refuses a lone surrogate in a key, and NUL in a query, of an authenticated request", async () => {
    const county = await buildOrganisation(t.db, { type: "county" });
    const admin = await buildUser(t.db, {
      organisation: county,
      roles: [{ role: "system_admin" }],
    });
    const cookie = await sessionCookieFor(t.app, t.db, admin.user, t.clock.now());
    const keyed = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie, "content-type": "application/json" },
      payload: `{"code":"S1","name":"镇","type":"township","parentId":"${county.id}","\\udfffk":1}`,
    });
    expect(keyed.statusCode).toBe(400);
    expect(keyed.json().error.fields[0].path).toBe("body.\ufffdk");
    const nul = await t.app.inject({
      method: "GET",
      url: "/api/organisations?q=a%00b",
      headers: { cookie },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].path).toBe("query.q");
  });

  it("hashes exactly the text it stores, even when handed a lone surrogate", async () => {
    const audit = createAuditWriter(t.clock.now);
    await t.db.transaction().execute((trx) =>
      audit(trx, {
        ctx: systemContext(),
        action: "auth.login",
        outcome: "failure",
        subjectUsername: "\ud800x" + "a".repeat(62) + "😀",
        detail: { reason: "\udc00" },
      }),
    );
    const verify = await auditVerifyExitCode(t);
    expect(verify.out).toContain("审计日志完整");
    expect(verify.code).toBe(0);
  });
});
