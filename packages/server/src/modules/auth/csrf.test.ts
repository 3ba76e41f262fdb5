/**
 * CSRF protection (docs/spec/security.md row 17): every state-changing request with a session needs the
 * session's token in `x-csrf-token`; nothing state-changing is accepted from another site;
 * GET never needs it. These tests use the app's raw `inject`, which adds no token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationMatrix } from "../../access-matrix.js";
import { testDialect } from "../../testing/database.js";
import {
  buildOrganisation,
  buildUser,
  cookieFrom,
  type BuiltUser,
} from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { CSRF_COOKIE, csrfTokenOf, isSafeMethod } from "./csrf.js";

describe(`CSRF protection (${testDialect})`, () => {
  let t: TestApp;
  let admin: BuiltUser;
  let viewer: BuiltUser;

  beforeAll(async () => {
    t = await createTestApp();
    const unit = await buildOrganisation(t.db);
    admin = await buildUser(t.db, { username: "csrf-admin", roles: [{ role: "system_admin" }] });
    viewer = await buildUser(t.db, {
      username: "csrf-viewer",
      organisation: unit,
      roles: [{ role: "viewer" }, { role: "unit_filler" }],
    });
  });
  afterAll(async () => t.close());

  const loginAs = async (user: BuiltUser) => {
    const response = await t.rawInject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: user.user.username, password: user.password },
    });
    expect(response.statusCode, response.body).toBe(200);
    const csrf = response.cookies.find((c) => c.name === CSRF_COOKIE);
    return { cookie: cookieFrom(response), csrf, response };
  };
  const tokenIn = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);
  const sessionOk = async (cookie: string) =>
    (await t.rawInject({ method: "GET", url: "/api/auth/session", headers: { cookie } }))
      .statusCode === 200;

  it("hands the page the session's token in a readable SameSite=Strict cookie at login", async () => {
    const { cookie, csrf } = await loginAs(viewer);
    expect(csrf).toBeDefined();
    expect(csrf!.value).toBe(csrfTokenOf(tokenIn(cookie)));
    expect(csrf!.httpOnly).toBeFalsy();
    expect(csrf!.sameSite).toBe("Strict");
    expect(csrf!.path).toBe("/");
    // The token is not the session token, nor does it contain it.
    expect(csrf!.value).not.toContain(tokenIn(cookie));
  });

  it("refuses a state change without the token, with a wrong one, or with another session's, and changes nothing", async () => {
    const { cookie } = await loginAs(viewer);
    const other = await loginAs(admin);
    for (const token of [undefined, "", "x".repeat(43), csrfTokenOf(tokenIn(other.cookie))]) {
      const response = await t.rawInject({
        method: "POST",
        url: "/api/auth/logout",
        headers: { cookie, ...(token === undefined ? {} : { "x-csrf-token": token }) },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("CSRF_REJECTED");
      expect(response.json().error.message).toMatch(/防跨站令牌/);
      expect(await sessionOk(cookie)).toBe(true);
    }
  });

  it("accepts the state change with the right token", async () => {
    const { cookie } = await loginAs(viewer);
    const response = await t.rawInject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, "x-csrf-token": csrfTokenOf(tokenIn(cookie)) },
    });
    expect(response.statusCode).toBe(200);
    expect(await sessionOk(cookie)).toBe(false);
  });

  it("never asks for the token on GET, and gives the cookie back to a session that lost it", async () => {
    const { cookie } = await loginAs(viewer);
    const response = await t.rawInject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const given = response.cookies.find((c) => c.name === CSRF_COOKIE);
    expect(given?.value).toBe(csrfTokenOf(tokenIn(cookie)));
    const withCookie = await t.rawInject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: `${cookie}; ${CSRF_COOKIE}=${csrfTokenOf(tokenIn(cookie))}` },
    });
    expect(withCookie.cookies.find((c) => c.name === CSRF_COOKIE)).toBeUndefined();
  });

  it("gives a new token with the new session id at a role switch", async () => {
    const { cookie } = await loginAs(viewer);
    const session = (
      await t.rawInject({ method: "GET", url: "/api/auth/session", headers: { cookie } })
    ).json();
    const other = session.roles.find((r: { id: string }) => r.id !== session.activeRole.id) as {
      id: string;
    };
    const switched = await t.rawInject({
      method: "PUT",
      url: "/api/auth/session/role",
      headers: { cookie, "x-csrf-token": csrfTokenOf(tokenIn(cookie)) },
      payload: { roleAssignmentId: other.id },
    });
    expect(switched.statusCode).toBe(200);
    const next = cookieFrom(switched);
    const csrf = switched.cookies.find((c) => c.name === CSRF_COOKIE);
    expect(csrf?.value).toBe(csrfTokenOf(tokenIn(next)));
    expect(csrf?.value).not.toBe(csrfTokenOf(tokenIn(cookie)));
  });

  it("refuses a login or any state change the browser marks as started by another site", async () => {
    for (const site of ["cross-site", "same-site"]) {
      const response = await t.rawInject({
        method: "POST",
        url: "/api/auth/login",
        headers: { "sec-fetch-site": site },
        payload: { username: viewer.user.username, password: viewer.password },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("CSRF_REJECTED");
      expect(response.cookies).toHaveLength(0);
    }
    const { cookie } = await loginAs(viewer);
    const forged = await t.rawInject({
      method: "POST",
      url: "/api/auth/logout",
      headers: {
        cookie,
        "x-csrf-token": csrfTokenOf(tokenIn(cookie)),
        "sec-fetch-site": "cross-site",
      },
    });
    expect(forged.statusCode).toBe(403);
    expect(await sessionOk(cookie)).toBe(true);
    const own = await t.rawInject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "sec-fetch-site": "same-origin" },
      payload: { username: viewer.user.username, password: viewer.password },
    });
    expect(own.statusCode).toBe(200);
  });

  it("guards every state-changing route of the matrix that needs a session", async () => {
    const { cookie } = await loginAs(admin);
    const routes = Object.entries(authorizationMatrix).filter(
      ([key, entry]) => entry?.access !== "public" && !isSafeMethod(key.split(" ")[0]!),
    );
    expect(routes.length).toBeGreaterThan(20);
    for (const [key] of routes) {
      const [method, path] = key.split(" ") as [string, string];
      const url = path.replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000");
      const response = await t.rawInject({
        method: method as "POST",
        url,
        headers: { cookie },
        payload: {},
      });
      expect({ key, status: response.statusCode }).toEqual({ key, status: 403 });
      expect(response.json().error.code).toBe("CSRF_REJECTED");
    }
    expect(await sessionOk(cookie)).toBe(true);
  });
});
