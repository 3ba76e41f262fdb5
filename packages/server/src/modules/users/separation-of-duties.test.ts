/**
 * 三员分立 (docs/spec/security.md row 10; issue 15, finding 2): the system, security and audit
 * administrators never act on the accounts of the other two duties — no password reset, no
 * disabling or renaming, no unlock, no second-factor reset, no role change — and an
 * administrator account is recovered only by `kaoping admin recover` on the server, which
 * leaves an audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type CliContext } from "../../cli/main.js";
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

type Method = "POST" | "PATCH" | "DELETE";

describe(`三员分立 between the administrators (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let admins: Record<"system_admin" | "security_admin" | "audit_admin", BuiltUser>;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county" });
    const build = (role: "system_admin" | "security_admin" | "audit_admin") =>
      buildUser(t.db, { organisation: county, roles: [{ role }] });
    admins = {
      system_admin: await build("system_admin"),
      security_admin: await build("security_admin"),
      audit_admin: await build("audit_admin"),
    };
  });
  afterAll(async () => t.close());

  async function userRow(id: string) {
    return t.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  }

  async function roleOf(id: string) {
    return t.db
      .selectFrom("role_assignments")
      .selectAll()
      .where("user_id", "=", id)
      .executeTakeFirstOrThrow();
  }

  /** The requests an administrator of `actor`'s duty might send against `target`'s account. */
  async function attempts(
    actor: "system_admin" | "security_admin",
    target: BuiltUser,
  ): Promise<{ name: string; method: Method; url: string; payload?: object }[]> {
    const row = await userRow(target.user.id);
    const id = target.user.id;
    const assignment = await roleOf(id);
    return actor === "system_admin"
      ? [
          { name: "password reset", method: "POST", url: `/api/users/${id}/password-reset` },
          {
            name: "disable",
            method: "PATCH",
            url: `/api/users/${id}`,
            payload: { version: row.version, status: "disabled" },
          },
          {
            name: "rename / move",
            method: "PATCH",
            url: `/api/users/${id}`,
            payload: { version: row.version, displayName: "冒名" },
          },
        ]
      : [
          { name: "unlock", method: "POST", url: `/api/users/${id}/unlock` },
          { name: "second-factor reset", method: "POST", url: `/api/users/${id}/totp-reset` },
          {
            name: "role revoke",
            method: "DELETE",
            url: `/api/users/${id}/roles/${assignment.id}`,
          },
          {
            name: "role grant",
            method: "POST",
            url: `/api/users/${id}/roles`,
            payload: { role: "viewer", organisationId: county.id },
          },
        ];
  }

  it.each([
    ["system_admin", "security_admin"],
    ["system_admin", "audit_admin"],
    ["security_admin", "system_admin"],
    ["security_admin", "audit_admin"],
  ] as const)("%s gets 403 on every action against the %s's account", async (actor, target) => {
    const victim = admins[target];
    const before = await userRow(victim.user.id);
    const beforeRole = await roleOf(victim.user.id);
    const cookie = await sessionCookieFor(t.app, t.db, admins[actor].user, t.clock.now());
    for (const attempt of await attempts(actor, victim)) {
      const response = await t.app.inject({
        method: attempt.method,
        url: attempt.url,
        headers: { cookie },
        ...(attempt.payload === undefined ? {} : { payload: attempt.payload }),
      });
      expect(response.statusCode, `${attempt.name}: ${response.body}`).toBe(403);
      expect(response.json().error.message).toContain("三员分立");
    }
    expect(await userRow(victim.user.id)).toEqual(before);
    expect(await roleOf(victim.user.id)).toEqual(beforeRole);
    expect((await login(t.app, victim.user.username, victim.password)).status).toBe(200);
  });

  it("still lets the system administrator reset a business account's password", async () => {
    const clerk = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const response = await t.app.inject({
      method: "POST",
      url: `/api/users/${clerk.user.id}/password-reset`,
      headers: {
        cookie: await sessionCookieFor(t.app, t.db, admins.system_admin.user, t.clock.now()),
      },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe(`recovering an administrator account on the server (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  function cliContext(): CliContext & { out: () => string } {
    let out = "";
    return {
      stdout: { write: (chunk: string) => ((out += chunk), true) },
      stderr: { write: (chunk: string) => ((out += chunk), true) },
      env: { DATABASE_URL: t.database.databaseUrl, DATABASE_SCHEMA: t.database.databaseSchema },
      cwd: process.cwd(),
      out: () => out,
    };
  }

  it("`kaoping admin recover` issues a one-time password, unlocks and re-enables, and audits it", async () => {
    const auditAdmin = await buildUser(t.db, { roles: [{ role: "audit_admin" }] });
    await t.db
      .updateTable("users")
      .set({ status: "disabled", failed_logins: 9, locked_until: "2999-01-01T00:00:00.000Z" })
      .where("id", "=", auditAdmin.user.id)
      .execute();
    const ctx = cliContext();
    const args = ["admin", "recover", auditAdmin.user.username, "--data-dir", t.database.dataDir];
    expect(await main(args, ctx), ctx.out()).toBe(0);
    const password = /一次性密码：(\S+)/.exec(ctx.out())?.[1];
    expect(password).toBeDefined();
    const first = await login(t.app, auditAdmin.user.username, password ?? "");
    expect(first.status).toBe(200);
    expect(first.body.stage).toBe("password_change_required");
    const rows = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "user.recover")
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      object_type: "user",
      object_id: auditAdmin.user.id,
      actor_user_id: null,
      outcome: "success",
    });
    const detail = JSON.parse(rows[0]?.detail ?? "{}");
    expect(detail).toMatchObject({
      via: "kaoping admin recover",
      username: auditAdmin.user.username,
    });
    expect(rows[0]?.detail).not.toContain(password);
    const verify = cliContext();
    expect(await main(["audit", "verify", "--data-dir", t.database.dataDir], verify)).toBe(0);
  });

  it("refuses an unknown user name and a business account (those are the system administrator's)", async () => {
    const viewer = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    for (const name of ["nobody-here", viewer.user.username]) {
      const ctx = cliContext();
      expect(await main(["admin", "recover", name, "--data-dir", t.database.dataDir], ctx)).toBe(1);
      expect(ctx.out()).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
