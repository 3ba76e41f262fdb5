/**
 * The audit administrator's search by who, what object and when (docs/spec/security.md row 14), and
 * the free-text columns as stored. Mutation testing (decision 0298) found the filters by user,
 * object type, object id and time never run by any test — each could be dropped or inverted and
 * the search would answer with other people's records — and the 64-unit clip of a stored column
 * never reached; and no test gave the writer a secret to hide, so the redaction of details
 * could be switched off entirely.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { createAuditWriter, type AuditEntry } from "./writer.js";

describe(`audit search by user, object and time (${testDialect})`, () => {
  let t: TestApp;
  let auditor: string;

  const write = async (at: string, entry: Omit<AuditEntry, "ctx" | "action">) => {
    const audit = createAuditWriter(() => new Date(at));
    await t.db.transaction().execute((trx) =>
      audit(trx, {
        ctx: { actor: null, ip: "10.0.0.9", requestId: `search-${at}` },
        action: "test.search",
        ...entry,
      }),
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    const county = await buildOrganisation(t.db, { type: "county" });
    const auditAdmin = await buildUser(t.db, {
      organisation: county,
      roles: [{ role: "audit_admin" }],
    });
    auditor = await sessionCookieFor(t.app, t.db, auditAdmin.user, t.clock.now());
    await write("2026-03-01T09:00:00.000Z", {
      subjectUsername: "zhangsan",
      object: { type: "organisation", id: "org-1" },
    });
    await write("2026-03-01T10:00:00.000Z", {
      subjectUsername: "lisi",
      object: { type: "organisation", id: "org-2" },
    });
    await write("2026-03-01T11:00:00.000Z", {
      subjectUsername: "zhangsan",
      object: { type: "user", id: "org-2" },
    });
  });
  afterAll(async () => t.close());

  /** The times of the test records the search answers, oldest first. */
  const search = async (query: string) => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/audit?action=test.search&sort=seq&${query}`,
      headers: { cookie: auditor },
    });
    expect(response.statusCode).toBe(200);
    return (response.json().items as { occurredAt: string }[]).map((item) =>
      item.occurredAt.slice(11, 16),
    );
  };

  it.each([
    ["actorUsername=zhangsan", ["09:00", "11:00"]],
    ["actorUsername=lisi", ["10:00"]],
    ["objectType=organisation", ["09:00", "10:00"]],
    ["objectType=user", ["11:00"]],
    ["objectId=org-2", ["10:00", "11:00"]],
    ["objectType=organisation&objectId=org-2", ["10:00"]],
    ["actorUsername=wangwu", []],
  ])("%s finds exactly the matching records", async (query, times) => {
    expect(await search(query)).toEqual(times);
  });

  it("takes a time range from its start (included) to its end (left out)", async () => {
    const from = encodeURIComponent("2026-03-01T10:00:00.000Z");
    const to = encodeURIComponent("2026-03-01T11:00:00.000Z");
    expect(await search(`from=${from}`)).toEqual(["10:00", "11:00"]);
    expect(await search(`to=${to}`)).toEqual(["09:00", "10:00"]);
    expect(await search(`from=${from}&to=${to}`)).toEqual(["10:00"]);
    // An offset is read as the moment it names: 18:00 in Beijing is 10:00 UTC.
    expect(await search(`from=${encodeURIComponent("2026-03-01T18:00:00+08:00")}`)).toEqual([
      "10:00",
      "11:00",
    ]);
  });

  it("filters the export the same way", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/audit/export?action=test.search&actorUsername=lisi&format=json",
      headers: { cookie: auditor },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    const records = JSON.parse(response.body) as unknown[];
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0])).toContain("lisi");
    expect(JSON.stringify(records[0])).not.toContain("zhangsan");
    // The export is recorded with what was exported: format, filters and how many records.
    const exportRow = await t.db
      .selectFrom("audit_log")
      .select("detail")
      .where("action", "=", "audit.export")
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(exportRow.detail)).toEqual({
      format: "json",
      filters: { action: "test.search", actorUsername: "lisi" },
      rows: 1,
    });
  });

  it("hides secrets under any key that names one, in objects and lists at any depth", async () => {
    await write("2026-03-01T13:00:00.000Z", {
      subjectUsername: "secrets",
      before: { password: "Old-Passw0rd!", profile: { name: "张三", sessionId: "abc123" } },
      after: [{ totpSecret: "JBSWY3DPEHPK3PXP", note: "保留" }, "plain"],
      detail: { count: 2, nested: { deeper: { token: "t-9f8e", kept: null } } },
    });
    const row = await t.db
      .selectFrom("audit_log")
      .select("detail")
      .where("actor_username", "=", "secrets")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.detail)).toEqual({
      count: 2,
      nested: { deeper: { token: "[已隐藏]", kept: null } },
      before: { password: "[已隐藏]", profile: { name: "张三", sessionId: "[已隐藏]" } },
      after: [{ totpSecret: "[已隐藏]", note: "保留" }, "plain"],
    });
  });

  it("stores at most 64 UTF-16 units of a free-text column, never half a character, and the chain still verifies", async () => {
    const long = "r".repeat(100);
    // A character outside the BMP (two UTF-16 units) across the 64th unit: kept out whole.
    const straddling = `${"o".repeat(63)}𠀀tail`;
    await write("2026-03-01T12:00:00.000Z", {
      subjectUsername: "clip",
      object: { type: "organisation", id: straddling },
    });
    const audit = createAuditWriter(() => new Date("2026-03-01T12:00:01.000Z"));
    await t.db.transaction().execute((trx) =>
      audit(trx, {
        ctx: { actor: null, ip: "10.0.0.9", requestId: long },
        action: "test.clip",
        object: { type: "organisation", id: `${"p".repeat(64)}` },
      }),
    );
    const rows = await t.db
      .selectFrom("audit_log")
      .select(["object_id", "request_id"])
      .where("action", "in", ["test.search", "test.clip"])
      .where("occurred_at", ">=", "2026-03-01T12:00:00.000Z")
      .where("occurred_at", "<", "2026-03-01T13:00:00.000Z")
      .orderBy("seq")
      .execute();
    expect(rows.map((row) => row.object_id)).toEqual(["o".repeat(63), "p".repeat(64)]);
    expect(rows[1]?.request_id).toBe("r".repeat(64));
    const verify = await t.app.inject({
      method: "GET",
      url: "/api/audit/verify",
      headers: { cookie: auditor },
    });
    expect(verify.json()).toMatchObject({ ok: true, firstBadSeq: null });
  });
});
