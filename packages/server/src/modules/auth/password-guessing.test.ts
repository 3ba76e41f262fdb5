/**
 * Issue 15 finding 7: a session guessing the current password at POST /api/auth/password is
 * counted like failed logins — the account locks at the fifth wrong guess (429), the guessing
 * session ends, the right password does not log in while locked, and the route has the same
 * per-address rate limit as the login.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { buildUser, login, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe(`guessing the current password (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ configure: (config) => (config.loginRateLimit.max = 8) });
  });
  afterAll(async () => t.close());

  const change = (cookie: string, currentPassword: string, ip = "127.0.0.1") =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword, newPassword: "Brand-new-2026" },
      remoteAddress: ip,
    });

  it("locks the account at the fifth wrong guess and ends the guessing session", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await change(cookie, `Wrong-guess-${i}`)).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    // The session that guessed is gone; the right password does not log in while locked.
    expect((await change(cookie, user.password)).statusCode).toBe(401);
    expect((await login(t.app, user.user.username, user.password)).status).toBe(401);
    const lockouts = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "auth.lockout")
      .where("object_id", "=", user.user.id)
      .execute();
    expect(lockouts).toHaveLength(1);
    t.clock.advanceMinutes(16);
    expect((await login(t.app, user.user.username, user.password)).status).toBe(200);
  });

  it("counts wrong guesses and wrong logins together", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    for (let i = 0; i < 3; i++) await login(t.app, user.user.username, `Wrong-login-${i}`);
    expect((await change(cookie, "Wrong-guess-a")).statusCode).toBe(400);
    expect((await change(cookie, "Wrong-guess-b")).statusCode).toBe(429);
  });

  it("answers 429 from one address past the rate limit, whatever the accounts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const { user } = await buildUser(t.db, { roles: [{ role: "viewer" }] });
      const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
      statuses.push((await change(cookie, "Wrong-guess", "10.9.9.9")).statusCode);
    }
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(400));
    expect(statuses[8]).toBe(429);
  });
});
