/**
 * Accounts and roles through the API: one-time passwords, 三员分立 (docs/spec/security.md row 10), role
 * grants and revocations, resets, unlock, disabling, version conflicts, paged lists.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe(`accounts and roles (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let sysadmin: BuiltUser;
  let secadmin: BuiltUser;
  let sys: string;
  let sec: string;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county" });
    sysadmin = await buildUser(t.db, { organisation: county, roles: [{ role: "system_admin" }] });
    secadmin = await buildUser(t.db, { organisation: county, roles: [{ role: "security_admin" }] });
    sys = await sessionCookieFor(t.app, t.db, sysadmin.user, t.clock.now());
    sec = await sessionCookieFor(t.app, t.db, secadmin.user, t.clock.now());
  });
  afterAll(async () => t.close());

  const call = (
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    cookie: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  async function createAccount(username: string) {
    const response = await call("POST", "/api/users", sys, {
      username,
      displayName: "张三",
      organisationId: county.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { user: { id: string; version: number }; initialPassword: string };
  }

  it("creates an account with a one-time password that must be changed at first login", async () => {
    const { user, initialPassword } = await createAccount("zhang.san");
    expect(user).toMatchObject({
      username: "zhang.san",
      mustChangePassword: true,
      roles: [],
      status: "active",
    });
    expect(user).not.toHaveProperty("passwordHash");
    expect(initialPassword).toHaveLength(16);
    // Login matches the name case-insensitively (decision 0256).
    const first = await login(t.app, "Zhang.San", initialPassword);
    expect(first.body.stage).toBe("password_change_required");
  });

  it("refuses an upper-case user name with a Chinese message instead of lowering it (decision 0256)", async () => {
    const response = await call("POST", "/api/users", sys, {
      username: "Li.Si",
      displayName: "李四",
      organisationId: county.id,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "body.username", message: "用户名不能含大写字母，请改用小写字母" },
    ]);
    const stored = await t.db
      .selectFrom("users")
      .select("username")
      .where("username", "in", ["Li.Si", "li.si"])
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses a duplicate user name", async () => {
    await createAccount("dup-user");
    const response = await call("POST", "/api/users", sys, {
      username: "dup-user",
      displayName: "李四",
      organisationId: county.id,
    });
    expect(response.statusCode).toBe(409);
  });

  it("lets the security administrator grant roles, reviewers with their scope", async () => {
    const { user } = await createAccount("reviewer-1");
    const dept = await buildOrganisation(t.db, { parent: county, type: "department" });
    const response = await call("POST", `/api/users/${user.id}/roles`, sec, {
      role: "reviewer",
      organisationId: county.id,
      scope: { itemCodes: ["1.1", "2.3"], departmentIds: [dept.id] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().roles).toEqual([
      expect.objectContaining({
        role: "reviewer",
        organisationId: county.id,
        scope: { itemCodes: ["1.1", "2.3"], departmentIds: [dept.id] },
      }),
    ]);
    const scoped = await call("POST", `/api/users/${user.id}/roles`, sec, {
      role: "viewer",
      organisationId: county.id,
      scope: { itemCodes: ["1"] },
    });
    expect(scoped.statusCode).toBe(400);
  });

  it.each([
    ["an administrator role to a business user", ["unit_filler"], "audit_admin"],
    ["a business role to an administrator", ["security_admin"], "assessment_admin"],
    ["a second administrator role", ["security_admin"], "audit_admin"],
  ] as const)("refuses %s (三员分立)", async (_name, held, extra) => {
    const holder = await buildUser(t.db, {
      organisation: county,
      roles: held.map((role) => ({ role })),
    });
    const response = await call("POST", `/api/users/${holder.user.id}/roles`, sec, {
      role: extra,
      organisationId: county.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("ROLE_CONFLICT");
  });

  it("does not let the security administrator change their own roles", async () => {
    const response = await call("POST", `/api/users/${secadmin.user.id}/roles`, sec, {
      role: "viewer",
      organisationId: county.id,
    });
    expect(response.statusCode).toBe(403);
  });

  it("revokes a role and ends the account's sessions", async () => {
    const holder = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, holder.user.username, holder.password);
    const response = await call(
      "DELETE",
      `/api/users/${holder.user.id}/roles/${holder.assignmentIds[0]}`,
      sec,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().roles).toEqual([]);
    expect((await call("GET", "/api/auth/session", cookie)).statusCode).toBe(401);
    expect(
      (await call("DELETE", `/api/users/${holder.user.id}/roles/${holder.assignmentIds[0]}`, sec))
        .statusCode,
    ).toBe(404);
  });

  it("resets a password to a one-time one: the old one stops working, sessions end", async () => {
    const holder = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, holder.user.username, holder.password);
    const response = await call("POST", `/api/users/${holder.user.id}/password-reset`, sys);
    expect(response.statusCode).toBe(200);
    const { initialPassword } = response.json();
    expect((await call("GET", "/api/auth/session", cookie)).statusCode).toBe(401);
    expect((await login(t.app, holder.user.username, holder.password)).status).toBe(401);
    expect((await login(t.app, holder.user.username, initialPassword)).body.stage).toBe(
      "password_change_required",
    );
  });

  it("lets the security administrator lift a lockout", async () => {
    const holder = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
    for (let i = 0; i < 5; i++) await login(t.app, holder.user.username, "Wrong-pass-111");
    expect((await login(t.app, holder.user.username, holder.password)).status).toBe(401);
    const response = await call("POST", `/api/users/${holder.user.id}/unlock`, sec);
    expect(response.statusCode).toBe(200);
    expect(response.json().lockedUntil).toBeNull();
    expect((await login(t.app, holder.user.username, holder.password)).status).toBe(200);
  });

  it("disables an account with the version read; its sessions end and a stale version answers 409", async () => {
    const holder = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
    const { cookie } = await login(t.app, holder.user.username, holder.password);
    const current = (await call("GET", `/api/users/${holder.user.id}`, sys)).json();
    const response = await call("PATCH", `/api/users/${holder.user.id}`, sys, {
      version: current.version,
      status: "disabled",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe("disabled");
    expect((await call("GET", "/api/auth/session", cookie)).statusCode).toBe(401);
    const stale = await call("PATCH", `/api/users/${holder.user.id}`, sys, {
      version: current.version,
      displayName: "旧",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
  });

  it("lists accounts with filters by role and text, sorted and paged", async () => {
    const unit = await buildOrganisation(t.db, { parent: county });
    for (const name of ["wang-b", "wang-a", "li-c"]) {
      await buildUser(t.db, {
        username: name,
        organisation: unit,
        roles: [{ role: name.startsWith("wang") ? "rater" : "viewer" }],
      });
    }
    const raters = (
      await call("GET", `/api/users?organisationId=${unit.id}&role=rater&sort=username`, sec)
    ).json();
    expect(raters.items.map((u: { username: string }) => u.username)).toEqual(["wang-a", "wang-b"]);
    expect(raters.total).toBe(2);
    const search = (
      await call("GET", `/api/users?organisationId=${unit.id}&q=LI-&sort=-username`, sys)
    ).json();
    expect(search.items.map((u: { username: string }) => u.username)).toEqual(["li-c"]);
  });
});
