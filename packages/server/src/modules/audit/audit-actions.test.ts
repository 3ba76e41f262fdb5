/**
 * docs/spec/security.md row 13: each action through the API yields exactly one matching audit row — a
 * table over every write of the foundation's modules, with the object acted on and no secrets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, login, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

interface Case {
  name: string;
  action: string;
  /** Performs the action; returns the response and the id of the object acted on. */
  run: () => Promise<{
    response: Awaited<ReturnType<TestApp["app"]["inject"]>>;
    objectId: string | null;
  }>;
}

describe(`one audit row per action (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let sys: string;
  let sec: string;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county" });
    const sysadmin = await buildUser(t.db, {
      organisation: county,
      roles: [{ role: "system_admin" }],
    });
    const secadmin = await buildUser(t.db, {
      organisation: county,
      roles: [{ role: "security_admin" }],
    });
    sys = await sessionCookieFor(t.app, t.db, sysadmin.user, t.clock.now());
    sec = await sessionCookieFor(t.app, t.db, secadmin.user, t.clock.now());
  });
  afterAll(async () => t.close());

  const call = (
    method: "POST" | "PATCH" | "DELETE" | "PUT",
    url: string,
    cookie: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  const cases: Case[] = [
    {
      name: "create an organisation",
      action: "organisation.create",
      run: async () => {
        const response = await call("POST", "/api/organisations", sys, {
          code: "AUDITNEW",
          name: "新镇",
          type: "township",
          parentId: county.id,
        });
        return { response, objectId: response.json().id };
      },
    },
    {
      name: "rename an organisation",
      action: "organisation.update",
      run: async () => {
        const org = await buildOrganisation(t.db, { parent: county });
        return {
          response: await call("PATCH", `/api/organisations/${org.id}`, sys, {
            version: 1,
            name: "更名镇",
          }),
          objectId: org.id,
        };
      },
    },
    {
      name: "move an organisation",
      action: "organisation.move",
      run: async () => {
        const org = await buildOrganisation(t.db, { parent: county });
        const target = await buildOrganisation(t.db, { type: "county" });
        return {
          response: await call("PATCH", `/api/organisations/${org.id}`, sys, {
            version: 1,
            parentId: target.id,
          }),
          objectId: org.id,
        };
      },
    },
    {
      name: "disable an organisation",
      action: "organisation.disable",
      run: async () => {
        const org = await buildOrganisation(t.db, { parent: county });
        return {
          response: await call("PATCH", `/api/organisations/${org.id}`, sys, {
            version: 1,
            status: "disabled",
          }),
          objectId: org.id,
        };
      },
    },
    {
      name: "enable an organisation again",
      action: "organisation.enable",
      run: async () => {
        const org = await buildOrganisation(t.db, { parent: county });
        await call("PATCH", `/api/organisations/${org.id}`, sys, {
          version: 1,
          status: "disabled",
        });
        return {
          response: await call("PATCH", `/api/organisations/${org.id}`, sys, {
            version: 2,
            status: "active",
          }),
          objectId: org.id,
        };
      },
    },
    {
      name: "create an account",
      action: "user.create",
      run: async () => {
        const response = await call("POST", "/api/users", sys, {
          username: "audited-new-user",
          displayName: "新用户",
          organisationId: county.id,
        });
        return { response, objectId: response.json().user.id };
      },
    },
    {
      name: "change an account",
      action: "user.update",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county });
        return {
          response: await call("PATCH", `/api/users/${user.user.id}`, sys, {
            version: 1,
            displayName: "改名",
          }),
          objectId: user.user.id,
        };
      },
    },
    {
      name: "reset a password",
      action: "user.password_reset",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county });
        return {
          response: await call("POST", `/api/users/${user.user.id}/password-reset`, sys),
          objectId: user.user.id,
        };
      },
    },
    {
      name: "unlock an account",
      action: "user.unlock",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county });
        return {
          response: await call("POST", `/api/users/${user.user.id}/unlock`, sec),
          objectId: user.user.id,
        };
      },
    },
    {
      name: "reset a second factor",
      action: "user.totp_reset",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county });
        return {
          response: await call("POST", `/api/users/${user.user.id}/totp-reset`, sec),
          objectId: user.user.id,
        };
      },
    },
    {
      name: "grant a role",
      action: "user.role_grant",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county });
        return {
          response: await call("POST", `/api/users/${user.user.id}/roles`, sec, {
            role: "rater",
            organisationId: county.id,
          }),
          objectId: user.user.id,
        };
      },
    },
    {
      name: "revoke a role",
      action: "user.role_revoke",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
        return {
          response: await call(
            "DELETE",
            `/api/users/${user.user.id}/roles/${user.assignmentIds[0]}`,
            sec,
          ),
          objectId: user.user.id,
        };
      },
    },
    {
      name: "switch the active role",
      action: "auth.role_switch",
      run: async () => {
        const user = await buildUser(t.db, {
          organisation: county,
          roles: [{ role: "viewer" }, { role: "rater" }],
        });
        const { cookie } = await login(t.app, user.user.username, user.password);
        return {
          response: await call("PUT", "/api/auth/session/role", cookie, {
            roleAssignmentId: user.assignmentIds[1],
          }),
          objectId: user.assignmentIds[1] ?? null,
        };
      },
    },
    {
      name: "set up a second factor",
      action: "auth.totp_setup",
      run: async () => {
        const user = await buildUser(t.db, { organisation: county, roles: [{ role: "viewer" }] });
        const { cookie } = await login(t.app, user.user.username, user.password);
        return {
          response: await call("POST", "/api/auth/totp/setup", cookie),
          objectId: user.user.id,
        };
      },
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
    const { response, objectId } = await testCase.run();
    expect(response.statusCode, response.body).toBeLessThan(300);
    const rows = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("request_id", "=", String(response.headers["x-request-id"]))
      .execute();
    expect(rows.map((row) => row.action)).toEqual([testCase.action]);
    expect(rows[0]?.object_id).toBe(objectId);
    expect(rows[0]?.outcome).toBe("success");
    expect(rows[0]?.actor_user_id).not.toBeNull();
    const detail = rows[0]?.detail ?? "";
    expect(detail).not.toMatch(/\$scrypt\$/);
    if (response.json().initialPassword)
      expect(detail).not.toContain(response.json().initialPassword);
  });
});
