/**
 * The audit log (docs/spec/security.md rows 13–14): one record per action with who, role, IP, object,
 * outcome and request id; no secrets; append-only; tampering found by `kaoping audit verify`
 * at the row; a failing audit write rolls the action back; search, export and verify for the
 * audit administrator.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type CliContext } from "../../cli/main.js";
import { dropAppendOnlyTriggers } from "../../db/dialect.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import {
  buildOrganisation,
  buildUser,
  login,
  sessionCookieFor,
  type BuiltUser,
} from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import type { AuditWriter } from "./writer.js";

function cliContext(t: TestApp): CliContext & { out: () => string } {
  let out = "";
  return {
    stdout: { write: (chunk: string) => ((out += chunk), true) },
    stderr: { write: (chunk: string) => ((out += chunk), true) },
    env: { DATABASE_URL: t.database.databaseUrl, DATABASE_SCHEMA: t.database.databaseSchema },
    cwd: process.cwd(),
    out: () => out,
  };
}

describe(`audit log (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let sysadmin: BuiltUser;
  let auditor: string;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county" });
    sysadmin = await buildUser(t.db, { organisation: county, roles: [{ role: "system_admin" }] });
    const auditAdmin = await buildUser(t.db, {
      organisation: county,
      roles: [{ role: "audit_admin" }],
    });
    auditor = await sessionCookieFor(t.app, t.db, auditAdmin.user, t.clock.now());
  });
  afterAll(async () => t.close());

  const rowsFor = (requestId: string) =>
    t.db.selectFrom("audit_log").selectAll().where("request_id", "=", requestId).execute();

  it("records exactly one row per action with time, user, role, IP, object, outcome and request id", async () => {
    const { cookie } = await login(t.app, sysadmin.user.username, sysadmin.password);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie },
      remoteAddress: "10.1.2.3",
      payload: { code: "AUD1", name: "审计镇", type: "township", parentId: county.id },
    });
    expect(response.statusCode).toBe(201);
    const rows = await rowsFor(String(response.headers["x-request-id"]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      occurred_at: t.clock.now().toISOString(),
      actor_user_id: sysadmin.user.id,
      actor_username: sysadmin.user.username,
      actor_role: "system_admin",
      ip: "10.1.2.3",
      action: "organisation.create",
      object_type: "organisation",
      object_id: response.json().id,
      outcome: "success",
    });
    expect(JSON.parse(rows[0]?.detail ?? "{}").after.name).toBe("审计镇");
  });

  it.each([
    ["a successful login", "auth.login", "success"],
    ["a failed login", "auth.login", "failure"],
    ["a denied request", "authz.denied", "denied"],
    ["a logout", "auth.logout", "success"],
    ["a password change", "auth.password_change", "success"],
  ] as const)("records %s once", async (name, action, outcome) => {
    const user = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
    const session =
      name === "a successful login" || name === "a failed login"
        ? undefined
        : await login(t.app, user.user.username, user.password);
    const requests = {
      "a successful login": () =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: user.user.username, password: user.password },
        }),
      "a failed login": () =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: user.user.username, password: "Wrong-pass-1" },
        }),
      "a denied request": () =>
        t.app.inject({
          method: "GET",
          url: "/api/users",
          headers: { cookie: session?.cookie ?? "" },
        }),
      "a logout": () =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/logout",
          headers: { cookie: session?.cookie ?? "" },
        }),
      "a password change": () =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/password",
          headers: { cookie: session?.cookie ?? "" },
          payload: { currentPassword: user.password, newPassword: "Another-pass-55" },
        }),
    };
    const response = await requests[name]();
    const rows = await rowsFor(String(response.headers["x-request-id"]));
    expect(rows.map((row) => [row.action, row.outcome])).toEqual([[action, outcome]]);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(user.password);
    expect(dump).not.toContain("Another-pass-55");
    if (session) expect(dump).not.toContain(session.cookie.split("=")[1]);
  });

  it("records a lockout as its own event beside the failed login", async () => {
    const user = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
    for (let i = 0; i < 4; i++) await login(t.app, user.user.username, "Wrong-pass-1");
    const fifth = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: user.user.username, password: "Wrong-pass-1" },
    });
    const rows = await rowsFor(String(fifth.headers["x-request-id"]));
    expect(rows.map((row) => row.action).sort()).toEqual(["auth.lockout", "auth.login"]);
  });

  it("is append-only: UPDATE and DELETE are refused by the database", async () => {
    await expect(
      t.db.updateTable("audit_log").set({ action: "x" }).where("seq", "=", 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom("audit_log").where("seq", "=", 1).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it("rolls the action back when the audit write fails", async () => {
    const failing: AuditWriter = async () => {
      throw new Error("audit storage unavailable");
    };
    const broken = await createTestApp({ auditWriter: failing });
    const org = await buildOrganisation(broken.db, { type: "county" });
    const admin = await buildUser(broken.db, {
      organisation: org,
      roles: [{ role: "system_admin" }],
    });
    const cookie = await sessionCookieFor(broken.app, broken.db, admin.user, broken.clock.now());
    const create = await broken.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie },
      payload: { code: "NOAUDIT", name: "无审计", type: "township", parentId: org.id },
    });
    expect(create.statusCode).toBe(500);
    expect(create.json().error).toEqual({
      code: "INTERNAL",
      message: expect.stringContaining("请求编号"),
      requestId: create.headers["x-request-id"],
    });
    expect(create.body).not.toContain("audit storage unavailable");
    expect(
      await broken.db
        .selectFrom("organisations")
        .select("id")
        .where("code", "=", "NOAUDIT")
        .execute(),
    ).toEqual([]);
    const rename = await broken.app.inject({
      method: "PATCH",
      url: `/api/organisations/${org.id}`,
      headers: { cookie },
      payload: { version: 1, name: "改名" },
    });
    expect(rename.statusCode).toBe(500);
    const after = await broken.db
      .selectFrom("organisations")
      .selectAll()
      .where("id", "=", org.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ name: org.name, version: 1 });
    expect(
      await broken.db
        .selectFrom("organisation_history")
        .select("id")
        .where("organisation_id", "=", org.id)
        .execute(),
    ).toHaveLength(1);
    await broken.close();
  });

  it("searches with filters, sorting and paging (audit administrator only)", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/audit?action=auth.&outcome=failure&sort=seq&pageSize=2",
      headers: { cookie: auditor },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(2);
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
    for (const item of body.items) {
      expect(item.action.startsWith("auth.")).toBe(true);
      expect(item.outcome).toBe("failure");
    }
    expect(body.items[0].seq).toBeLessThan(body.items.at(-1).seq + 1);
    const sys = await sessionCookieFor(t.app, t.db, sysadmin.user, t.clock.now());
    expect(
      (await t.app.inject({ method: "GET", url: "/api/audit", headers: { cookie: sys } }))
        .statusCode,
    ).toBe(403);
  });

  it("exports CSV with formula cells neutralised, and records the export", async () => {
    const user = await buildUser(t.db, { organisation: county, roles: [{ role: "system_admin" }] });
    const cookie = await sessionCookieFor(t.app, t.db, user.user, t.clock.now());
    await t.app.inject({
      method: "POST",
      url: "/api/organisations",
      headers: { cookie },
      payload: {
        code: "FORMULA",
        name: '=HYPERLINK("http://x")',
        type: "township",
        parentId: county.id,
      },
    });
    const response = await t.app.inject({
      method: "GET",
      url: "/api/audit/export?format=csv&action=organisation.create",
      headers: { cookie: auditor },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith("\uFEFF序号,时间")).toBe(true);
    expect(response.body).toContain("organisation.create");
    expect(response.body.split("\r\n")[1]).toMatch(
      /,新增机构,机构,.*,organisation\.create,organisation$/,
    );
    expect(response.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const exported = await t.db
      .selectFrom("audit_log")
      .select(["action", "detail"])
      .where("request_id", "=", String(response.headers["x-request-id"]))
      .execute();
    expect(exported.map((row) => row.action)).toEqual(["audit.export"]);
    const json = await t.app.inject({
      method: "GET",
      url: "/api/audit/export?format=json&action=organisation.create",
      headers: { cookie: auditor },
    });
    expect(
      JSON.parse(json.body).every((r: { action: string }) => r.action === "organisation.create"),
    ).toBe(true);
  });

  it("finds a row edited in SQL with `kaoping audit verify`, at that row", async () => {
    const ctx = cliContext(t);
    const args = ["audit", "verify", "--data-dir", t.database.dataDir];
    expect(await main(args, ctx)).toBe(0);
    expect(ctx.out()).toContain("审计日志完整");
    const verify = await t.app.inject({
      method: "GET",
      url: "/api/audit/verify",
      headers: { cookie: auditor },
    });
    expect(verify.json()).toMatchObject({ ok: true, firstBadSeq: null });

    // A rogue administrator removes the protection and edits record 3.
    await dropAppendOnlyTriggers(t.db, "audit_log");
    await t.db.updateTable("audit_log").set({ outcome: "failure" }).where("seq", "=", 3).execute();
    const tampered = cliContext(t);
    expect(await main(args, tampered)).toBe(1);
    expect(tampered.out()).toContain("第 3 条记录");
    const apiVerify = await t.app.inject({
      method: "GET",
      url: "/api/audit/verify",
      headers: { cookie: auditor },
    });
    expect(apiVerify.json()).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it("finds a deleted row at the gap", async () => {
    const fresh = await createTestApp();
    const user = await buildUser(fresh.db, { roles: [{ role: "viewer" }] });
    for (let i = 0; i < 4; i++) await login(fresh.app, user.user.username, user.password);
    await dropAppendOnlyTriggers(fresh.db, "audit_log");
    await fresh.db.deleteFrom("audit_log").where("seq", "=", 2).execute();
    const ctx = cliContext(fresh);
    expect(await main(["audit", "verify", "--data-dir", fresh.database.dataDir], ctx)).toBe(1);
    expect(ctx.out()).toContain("第 3 条记录异常");
    expect(ctx.out()).toContain("第 1 条之后是第 3 条");
    await fresh.close();
  });
});

describe(`audit chain under concurrent writes (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("stays one unbroken chain when many actions commit at once", async () => {
    const org = await buildOrganisation(t.db, { type: "county" });
    const admin = await buildUser(t.db, { organisation: org, roles: [{ role: "system_admin" }] });
    const cookie = await sessionCookieFor(t.app, t.db, admin.user, t.clock.now());
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/api/organisations",
          headers: { cookie },
          payload: { code: `PAR${i}`, name: `并发${i}`, type: "township", parentId: org.id },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const ctx = cliContext(t);
    expect(await main(["audit", "verify", "--data-dir", t.database.dataDir], ctx)).toBe(0);
    const count = await t.db.selectFrom("audit_log").select("seq").execute();
    expect(count).toHaveLength(20);
  });
});
