/**
 * Passwords through the API (docs/spec/security.md rows 2, 3, 8, 9): the policy, change with the current
 * password, history, expiry with a fake clock, one-time passwords, no plaintext in the database.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { buildUser, cookieFrom, login } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe(`password change, history and expiry (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword, newPassword },
    });

  it("requires the current password", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    const response = await change(cookie, "Not-the-current-1", "Brand-new-2026");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "body.currentPassword", message: "当前密码不正确" },
    ]);
  });

  it("rejects a weak new password with a clear message per problem", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    const response = await change(cookie, user.password, "abc12345");
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("PASSWORD_POLICY");
    expect(error.message).toContain("至少 3 类");
    expect(error.fields[0].path).toBe("body.newPassword");
  });

  it("refuses the last 5 passwords and accepts the 6th-oldest", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }], password: "Vq8#Lx-Rm-0" });
    let { cookie } = await login(t.app, user.user.username, "Vq8#Lx-Rm-0");
    let current = "Vq8#Lx-Rm-0";
    for (let i = 1; i <= 5; i++) {
      const response = await change(cookie, current, `Vq8#Lx-Rm-${i}`);
      expect(response.statusCode, response.body).toBe(200);
      cookie = cookieFrom(response);
      current = `Vq8#Lx-Rm-${i}`;
    }
    // Current is 5; 1–5 are the last five passwords.
    for (const reused of ["Vq8#Lx-Rm-5", "Vq8#Lx-Rm-1"]) {
      const response = await change(cookie, current, reused);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain("最近 5 次");
    }
    const response = await change(cookie, current, "Vq8#Lx-Rm-0");
    expect(response.statusCode).toBe(200);
  });

  it("ends the user's other sessions and continues this one under a new id", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const other = await login(t.app, user.user.username, user.password);
    const mine = await login(t.app, user.user.username, user.password);
    const response = await change(mine.cookie, user.password, "Changed-pass-77");
    expect(response.statusCode).toBe(200);
    const next = cookieFrom(response);
    const get = (cookie: string) =>
      t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect((await get(other.cookie)).statusCode).toBe(401);
    expect((await get(mine.cookie)).statusCode).toBe(401);
    expect((await get(next)).statusCode).toBe(200);
    expect((await login(t.app, user.user.username, "Changed-pass-77")).status).toBe(200);
  });

  it("forces a change after 90 days: then only change-password, the session view and logout work", async () => {
    const user = await buildUser(t.db, {
      roles: [{ role: "system_admin" }],
      passwordChangedAt: t.clock.now(),
    });
    t.clock.advance(90 * 86_400_000);
    const { cookie, body } = await login(t.app, user.user.username, user.password);
    expect(body.stage).toBe("password_change_required");
    const organisations = await t.app.inject({
      method: "GET",
      url: "/api/organisations",
      headers: { cookie },
    });
    expect(organisations.statusCode).toBe(403);
    expect(organisations.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    const response = await change(cookie, user.password, "Renewed-pass-90");
    expect(response.statusCode).toBe(200);
    expect(response.json().stage).toBe("active");
    const after = await t.app.inject({
      method: "GET",
      url: "/api/organisations",
      headers: { cookie: cookieFrom(response) },
    });
    expect(after.statusCode).toBe(200);
  });

  it("does not force a change one minute before the 90 days are up", async () => {
    const user = await buildUser(t.db, {
      roles: [{ role: "viewer" }],
      passwordChangedAt: t.clock.now(),
    });
    t.clock.advance(90 * 86_400_000 - 60_000);
    expect((await login(t.app, user.user.username, user.password)).body.stage).toBe("active");
  });

  it("keeps no plaintext password anywhere in the database", async () => {
    const user = await buildUser(t.db, {
      roles: [{ role: "viewer" }],
      password: "Unique-Plain-Text-93",
    });
    await login(t.app, user.user.username, "Unique-Plain-Text-93");
    await login(t.app, user.user.username, "Wrong-Plain-Text-94");
    const tables = [
      "users",
      "password_history",
      "sessions",
      "audit_log",
      "role_assignments",
      "organisations",
    ];
    for (const table of tables) {
      const rows = (await sql`select * from ${sql.table(table)}`.execute(t.db)).rows;
      const dump = JSON.stringify(rows);
      expect(dump, table).not.toContain("Unique-Plain-Text-93");
      expect(dump, table).not.toContain("Wrong-Plain-Text-94");
    }
    const stored = await t.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.user.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$scrypt\$ln=\d+,r=8,p=1\$/);
  });
});
