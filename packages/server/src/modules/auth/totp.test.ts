/**
 * The optional TOTP second factor (docs/spec/security.md row 7): required for the three administrator
 * roles when enabled; a code works once (replay refused) and only around its 30-second step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { buildUser, cookieFrom, login } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { expectOneAuditRow } from "../../testing/audit-rows.js";
import { generateTotpSecret, matchTotp, totpCode, totpStep } from "./totp.js";

describe("TOTP codes (RFC 6238)", () => {
  it("matches the RFC 6238 SHA-1 test vector", () => {
    // Secret "12345678901234567890" in base32; T = 59 s → 94287082 (8 digits) → last 6: 287082.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCode(secret, totpStep(new Date(59_000)))).toBe("287082");
    expect(totpCode(secret, totpStep(new Date(1_111_111_109_000)))).toBe("081804");
  });

  // Mutation testing (decision 0298) found no test of the secret itself: an empty secret (the
  // loop never run) or one short of bits (leading zero bits of a byte dropped) passed every test,
  // and with an empty key anyone can compute the codes.
  it("makes each new secret of 160 random bits: 32 base32 characters, never the same twice", () => {
    const secrets = Array.from({ length: 20 }, () => generateTotpSecret());
    for (const secret of secrets) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
    // Every character of the alphabet can occur: bits are not lost or fixed on the way.
    expect(new Set(secrets.join("")).size).toBeGreaterThan(24);
  });

  it("accepts one step of drift, refuses older codes and replays", () => {
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    const now = new Date(1_111_111_109_000);
    const step = totpStep(now);
    expect(matchTotp(secret, totpCode(secret, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step - 2), now, null)).toBeUndefined();
    expect(matchTotp(secret, totpCode(secret, step), now, step)).toBeUndefined();
  });
});

describe(`TOTP second factor through the API (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ configure: (c) => (c.totp.requiredForAdministrators = true) });
  });
  afterAll(async () => t.close());

  const post = (url: string, cookie: string, payload?: object) =>
    t.app.inject({ method: "POST", url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it("makes an administrator enrol before anything else, then asks for a fresh code at every login", async () => {
    const admin = await buildUser(t.db, { roles: [{ role: "security_admin" }] });
    const first = await login(t.app, admin.user.username, admin.password);
    expect(first.body.stage).toBe("mfa_enrollment_required");
    const blocked = await t.app.inject({
      method: "GET",
      url: "/api/users",
      headers: { cookie: first.cookie },
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("MFA_REQUIRED");

    const setup = await post("/api/auth/totp/setup", first.cookie);
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    const enrolCode = totpCode(secret, totpStep(t.clock.now()));
    const enabled = await post("/api/auth/totp/enable", first.cookie, { code: enrolCode });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json().stage).toBe("active");
    await expectOneAuditRow(t.db, enabled, "auth.totp_enable", { objectId: admin.user.id });
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/users",
          headers: { cookie: cookieFrom(enabled) },
        })
      ).statusCode,
    ).toBe(200);

    const second = await login(t.app, admin.user.username, admin.password);
    expect(second.body.stage).toBe("mfa_required");
    // The code used for enrolment is spent: replay refused.
    const replay = await post("/api/auth/totp/verify", second.cookie, { code: enrolCode });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe("TOTP_INVALID");
    await expectOneAuditRow(t.db, replay, "auth.totp_verify", {
      objectId: admin.user.id,
      outcome: "failure",
    });
    // A code from two steps ago has expired.
    t.clock.advance(90_000);
    const stale = await post("/api/auth/totp/verify", second.cookie, {
      code: totpCode(secret, totpStep(t.clock.now()) - 2),
    });
    expect(stale.statusCode).toBe(400);
    const fresh = totpCode(secret, totpStep(t.clock.now()));
    const verified = await post("/api/auth/totp/verify", second.cookie, { code: fresh });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().stage).toBe("active");
    await expectOneAuditRow(t.db, verified, "auth.totp_verify");
    expect(cookieFrom(verified)).not.toBe(second.cookie);
    // The same code cannot open a second session.
    const third = await login(t.app, admin.user.username, admin.password);
    expect((await post("/api/auth/totp/verify", third.cookie, { code: fresh })).statusCode).toBe(
      400,
    );
  });

  it("accepts a code once even when two sessions send it at the same moment", async () => {
    const admin = await buildUser(t.db, { roles: [{ role: "system_admin" }] });
    const { cookie } = await login(t.app, admin.user.username, admin.password);
    const { secret } = (await post("/api/auth/totp/setup", cookie)).json();
    await post("/api/auth/totp/enable", cookie, {
      code: totpCode(secret, totpStep(t.clock.now())),
    });
    t.clock.advance(60_000);
    const a = await login(t.app, admin.user.username, admin.password);
    const b = await login(t.app, admin.user.username, admin.password);
    const code = totpCode(secret, totpStep(t.clock.now()));
    const results = await Promise.all(
      [a, b].map((s) => post("/api/auth/totp/verify", s.cookie, { code })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });

  it("does not require a second factor of business roles unless they enabled one", async () => {
    const filler = await buildUser(t.db, { roles: [{ role: "unit_filler" }] });
    expect((await login(t.app, filler.user.username, filler.password)).body.stage).toBe("active");
  });

  it("locks the account after 5 wrong codes", async () => {
    const admin = await buildUser(t.db, { roles: [{ role: "audit_admin" }] });
    const { cookie } = await login(t.app, admin.user.username, admin.password);
    const { secret } = (await post("/api/auth/totp/setup", cookie)).json();
    const enabled = await post("/api/auth/totp/enable", cookie, {
      code: totpCode(secret, totpStep(t.clock.now())),
    });
    expect(enabled.statusCode).toBe(200);
    t.clock.advance(60_000);
    const again = await login(t.app, admin.user.username, admin.password);
    for (let i = 0; i < 5; i++)
      expect(
        (await post("/api/auth/totp/verify", again.cookie, { code: "000000" })).statusCode,
      ).not.toBe(200);
    expect((await login(t.app, admin.user.username, admin.password)).status).toBe(401);
  });
});
