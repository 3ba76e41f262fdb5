/**
 * Structured logs (pino) carry the request id and never a password, a session token or a
 * cookie (docs/spec/security.md row 13: never passwords or session ids).
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../testing/database.js";
import { buildUser, cookieFrom, login } from "../testing/factories.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

describe(`logging (${testDialect})`, () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    t = await createTestApp({ logStream: stream });
  });
  afterAll(async () => t.close());

  it("logs requests as JSON with the request id and without secrets", async () => {
    const user = await buildUser(t.db, {
      roles: [{ role: "viewer" }],
      password: "Log-Secret-Pass-1",
    });
    const session = await login(t.app, user.user.username, "Log-Secret-Pass-1");
    const changed = await t.app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie: session.cookie, authorization: "Bearer abc-should-not-appear" },
      payload: { currentPassword: "Log-Secret-Pass-1", newPassword: "Log-Secret-Pass-2" },
    });
    expect(changed.statusCode).toBe(200);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: cookieFrom(changed) },
    });
    expect(response.statusCode).toBe(200);
    await login(t.app, user.user.username, "Log-Wrong-Pass-3");

    const all = lines.join("");
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(all).toContain(String(response.headers["x-request-id"]));
    for (const secret of [
      "Log-Secret-Pass-1",
      "Log-Secret-Pass-2",
      "Log-Wrong-Pass-3",
      "abc-should-not-appear",
    ]) {
      expect(all).not.toContain(secret);
    }
    for (const cookie of [session.cookie, cookieFrom(changed)])
      expect(all).not.toContain(cookie.split("=")[1]);
  });
});
