/**
 * Login, sessions and lockout through the API (docs/spec/security.md rows 4, 5, 6): cookie attributes,
 * a new session id at login and role switch, logout and timeouts deleting the session,
 * lockout after consecutive failures with one answer for every refusal, rate limit per IP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionIdOf } from "./session-token.js";
import { findSession } from "./repository.js";
import { testDialect } from "../../testing/database.js";
import {
  buildOrganisation,
  buildUser,
  cookieFrom,
  login,
  type BuiltUser,
} from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { expectOneAuditRow } from "../../testing/audit-rows.js";

describe(`login and sessions (${testDialect})`, () => {
  let t: TestApp;
  let filler: BuiltUser;

  beforeAll(async () => {
    t = await createTestApp();
    const unit = await buildOrganisation(t.db);
    const other = await buildOrganisation(t.db);
    filler = await buildUser(t.db, {
      username: "filler-a",
      organisation: unit,
      roles: [{ role: "unit_filler" }, { role: "viewer", organisation: other }],
    });
  });
  afterAll(async () => t.close());

  const get = (url: string, cookie: string) =>
    t.app.inject({ method: "GET", url, headers: { cookie } });

  it("logs in and sets a HttpOnly, SameSite=Strict, Path=/ session cookie without Secure over plain HTTP", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "filler-a", password: filler.password },
    });
    expect(response.statusCode).toBe(200);
    const [session, csrf] = response.headers["set-cookie"] as string[];
    expect(session).toMatch(/^kaoping_sid=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    // Beside it, the readable CSRF cookie (csrf.test.ts), never HttpOnly, never the session token.
    expect(csrf).toMatch(/^kaoping_csrf=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Strict$/);
    const body = response.json();
    expect(body.stage).toBe("active");
    expect(body.user.username).toBe("filler-a");
    expect(body.activeRole.role).toBe("unit_filler");
    expect(body.roles).toHaveLength(2);
  });

  it("marks the cookie Secure when the request came over TLS (behind a trusted proxy)", async () => {
    const proxied = await createTestApp({ configure: (c) => (c.trustProxy = true) });
    const user = await buildUser(proxied.db, { roles: [{ role: "viewer" }] });
    const response = await proxied.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-forwarded-proto": "https" },
      payload: { username: user.user.username, password: user.password },
    });
    expect(String(response.headers["set-cookie"])).toMatch(/; Secure/);
    await proxied.close();
  });

  it("stores only the token's hash and gives a new session id at every login", async () => {
    const first = await login(t.app, "filler-a", filler.password);
    const second = await login(t.app, "filler-a", filler.password);
    expect(first.cookie).not.toBe(second.cookie);
    const token = first.cookie.split("=")[1] ?? "";
    expect(await findSession(t.db, token)).toBeUndefined();
    expect(await findSession(t.db, sessionIdOf(token))).toBeDefined();
  });

  it("refuses a replayed cookie after logout", async () => {
    const { cookie } = await login(t.app, "filler-a", filler.password);
    expect((await get("/api/auth/session", cookie)).statusCode).toBe(200);
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie },
    });
    expect(logout.statusCode).toBe(200);
    expect(String(logout.headers["set-cookie"])).toMatch(/kaoping_sid=;.*Expires=Thu, 01 Jan 1970/);
    const replay = await get("/api/auth/session", cookie);
    expect(replay.statusCode).toBe(401);
  });

  it("switches the active role under a new session id; the old id stops working", async () => {
    const { cookie, body } = await login(t.app, "filler-a", filler.password);
    const roles = body.roles as { id: string; role: string }[];
    const viewer = roles.find((r) => r.role === "viewer");
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/auth/session/role",
      headers: { cookie },
      payload: { roleAssignmentId: viewer?.id },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().activeRole.role).toBe("viewer");
    const next = cookieFrom(response);
    expect(next).not.toBe(cookie);
    expect((await get("/api/auth/session", cookie)).statusCode).toBe(401);
    expect((await get("/api/auth/session", next)).json().activeRole.role).toBe("viewer");
  });

  it("refuses switching to a role assignment of someone else (404)", async () => {
    const other = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, "filler-a", filler.password);
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/auth/session/role",
      headers: { cookie },
      payload: { roleAssignmentId: other.assignmentIds[0] },
    });
    expect(response.statusCode).toBe(404);
  });

  it("ends a session after 30 idle minutes, and keeps one that is used", async () => {
    const { cookie } = await login(t.app, "filler-a", filler.password);
    t.clock.advanceMinutes(29);
    expect((await get("/api/auth/session", cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await get("/api/auth/session", cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(30);
    const expired = await get("/api/auth/session", cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe("SESSION_EXPIRED");
    const ended = await expectOneAuditRow(t.db, expired, "auth.session_end");
    expect(JSON.parse(ended.detail)).toMatchObject({ reason: "idle_timeout" });
    // The session is gone, not just refused: a later request is simply unauthenticated.
    expect((await get("/api/auth/session", cookie)).json().error.code).toBe("UNAUTHENTICATED");
  });

  it("deletes abandoned sessions past their idle limit (swept at the next login)", async () => {
    const abandoned = await login(t.app, "filler-a", filler.password);
    const id = sessionIdOf(abandoned.cookie.split("=")[1] ?? "");
    expect(await findSession(t.db, id)).toBeDefined();
    t.clock.advanceMinutes(31);
    await login(t.app, "filler-a", filler.password);
    expect(await findSession(t.db, id)).toBeUndefined();
  });

  it("marks authenticated responses and the login answer no-store", async () => {
    const loginResponse = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "filler-a", password: filler.password },
    });
    expect(loginResponse.headers["cache-control"]).toBe("no-store");
    const response = await get("/api/auth/session", cookieFrom(loginResponse));
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("ends a session 12 hours after login however active it is", async () => {
    const { cookie } = await login(t.app, "filler-a", filler.password);
    for (let i = 0; i < 24; i++) {
      t.clock.advanceMinutes(29);
      expect((await get("/api/auth/session", cookie)).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(29);
    const response = await get("/api/auth/session", cookie);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("SESSION_EXPIRED");
  });

  it("gives the same answer for an unknown user, a wrong password and a locked account", async () => {
    const victim = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const attempt = (username: string, password: string) =>
      t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
    const unknown = await attempt("no-such-user", "Whatever-123");
    const wrong = await attempt(victim.user.username, "Wrong-password-1");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (body: string) => ({ ...JSON.parse(body).error, requestId: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    for (let i = 0; i < 4; i++) await attempt(victim.user.username, "Wrong-password-1");
    const locked = await attempt(victim.user.username, victim.password);
    expect(strip(locked.body)).toEqual(strip(wrong.body));
  });

  it("locks after 5 consecutive failures for 15 minutes: the 6th attempt with the right password is refused", async () => {
    const victim = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const name = victim.user.username;
    for (let i = 0; i < 5; i++)
      expect((await login(t.app, name, "Wrong-password-1")).status).toBe(401);
    expect((await login(t.app, name, victim.password)).status).toBe(401);
    t.clock.advanceMinutes(14);
    expect((await login(t.app, name, victim.password)).status).toBe(401);
    t.clock.advanceMinutes(1);
    expect((await login(t.app, name, victim.password)).status).toBe(200);
  });

  it("counts only consecutive failures: a success resets the count", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const name = user.user.username;
    for (let i = 0; i < 4; i++) await login(t.app, name, "Wrong-password-1");
    expect((await login(t.app, name, user.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) await login(t.app, name, "Wrong-password-1");
    expect((await login(t.app, name, user.password)).status).toBe(200);
  });

  it("refuses a disabled account with the same answer", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    await t.db
      .updateTable("users")
      .set({ status: "disabled" })
      .where("id", "=", user.user.id)
      .execute();
    const response = await login(t.app, user.user.username, user.password);
    expect(response.status).toBe(401);
    expect((response.body.error as { code: string }).code).toBe("LOGIN_FAILED");
  });

  it("rate-limits login attempts per client IP", async () => {
    const limited = await createTestApp({
      configure: (c) => (c.loginRateLimit = { max: 3, windowSeconds: 60 }),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await limited.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "x-user", password: "y" },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().error.code).toBe("RATE_LIMITED");
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    await limited.close();
  });

  it("validates the login body with field paths and Chinese messages", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "", extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    const paths = error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["body.username", "body.password", "body"]));
    expect(error.fields.find((f: { path: string }) => f.path === "body.username").message).toBe(
      "请输入用户名",
    );
    expect(error.fields.find((f: { path: string }) => f.path === "body.password").message).toBe(
      "必填",
    );
  });
});
