/**
 * What the credentials routes refuse (issue 15, mutants that no test ran): a session of an account
 * locked meanwhile cannot change the password even with the right current one, a wrong first code
 * does not enable the second factor, and an enabled factor is neither set up nor enabled again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { buildUser, cookieFrom, login } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { auditRowsOf, expectOneAuditRow } from "../../testing/audit-rows.js";
import { findUserById } from "../users/index.js";
import { totpCode, totpStep } from "./totp.js";

describe(`credentials refusals (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ configure: (config) => (config.loginRateLimit.max = 50) });
  });
  afterAll(async () => t.close());

  const post = (url: string, cookie: string, payload?: object) =>
    t.app.inject({ method: "POST", url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it("refuses a password change from a session of an account locked meanwhile, even with the right current password", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    for (let i = 0; i < 5; i++) await login(t.app, user.user.username, `Wrong-login-${i}`);
    const refused = await post("/api/auth/password", cookie, {
      currentPassword: user.password,
      newPassword: "Brand-new-2026",
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("RATE_LIMITED");
    expect(refused.json().error.message).toContain("账户已临时锁定");
    const row = await expectOneAuditRow(t.db, refused, "auth.password_change", {
      objectId: user.user.id,
      outcome: "failure",
    });
    expect(JSON.parse(String(row.detail))).toEqual({ reason: "locked" });
    // The password is unchanged: after the lock the old one logs in, the new one does not.
    t.clock.advanceMinutes(16);
    expect((await login(t.app, user.user.username, "Brand-new-2026")).status).toBe(401);
    expect((await login(t.app, user.user.username, user.password)).status).toBe(200);
  });

  it("does not enable the second factor with a wrong first code, and records the failure", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    const { secret } = (await post("/api/auth/totp/setup", cookie)).json();
    const right = totpCode(secret, totpStep(t.clock.now()));
    const wrong = right === "000000" ? "111111" : "000000";
    const refused = await post("/api/auth/totp/enable", cookie, { code: wrong });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe("TOTP_INVALID");
    await expectOneAuditRow(t.db, refused, "auth.totp_enable", {
      objectId: user.user.id,
      outcome: "failure",
    });
    expect((await findUserById(t.db, user.user.id))?.totp_enabled).toBe(0);
    // The next login needs no code.
    expect((await login(t.app, user.user.username, user.password)).body.stage).toBe("active");
  });

  it("neither sets up nor enables a second factor that is already enabled (409), keeping its secret", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    const { secret } = (await post("/api/auth/totp/setup", cookie)).json();
    const enabled = await post("/api/auth/totp/enable", cookie, {
      code: totpCode(secret, totpStep(t.clock.now())),
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    const session = cookieFrom(enabled);
    t.clock.advance(60_000);

    const setupAgain = await post("/api/auth/totp/setup", session);
    expect(setupAgain.statusCode).toBe(409);
    expect(setupAgain.json().error.message).toContain("已启用动态验证码");
    expect(await auditRowsOf(t.db, setupAgain)).toEqual([]);
    const enableAgain = await post("/api/auth/totp/enable", session, {
      code: totpCode(secret, totpStep(t.clock.now())),
    });
    expect(enableAgain.statusCode).toBe(409);
    expect(enableAgain.json().error.message).toBe("已启用动态验证码。");
    expect((await findUserById(t.db, user.user.id))?.totp_secret).toBe(secret);
  });

  it("asks for a secret before the first code when none was set up (409)", async () => {
    const user = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, user.user.username, user.password);
    const refused = await post("/api/auth/totp/enable", cookie, { code: "123456" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe("请先获取动态验证码密钥。");
    expect((await findUserById(t.db, user.user.id))?.totp_enabled).toBe(0);
  });
});
