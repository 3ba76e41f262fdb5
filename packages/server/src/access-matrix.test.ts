/**
 * The authorization matrix drives these tests (docs/spec/security.md rows 1, 3 and 10): every registered
 * route must be classified; without a session every non-public route answers 401; every role ×
 * route pair answers as the matrix says; an initial or expired password leaves only the routes
 * of the password-change stage.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAdministratorRole, roles, type Role } from "./contract/roles.js";
import type { OrganisationRow } from "./db/schema.js";
import { testDialect } from "./testing/database.js";
import {
  buildOrganisation,
  buildUser,
  sessionCookieFor,
  type BuiltUser,
} from "./testing/factories.js";
import { createTestApp, type TestApp } from "./testing/test-app.js";
import { authorizationMatrix } from "./access-matrix.js";
import { allowedStages, type RouteAccess, type RouteKey } from "./authz/types.js";

const entries = Object.entries(authorizationMatrix) as [RouteKey, RouteAccess][];
const protectedEntries = entries.filter(([, entry]) => entry.access !== "public");

/** A request for a route key: params filled with fresh ids, an empty JSON body for writes. */
function requestFor(key: RouteKey, cookie?: string) {
  const [method, url] = key.split(" ") as [string, string];
  const path = url.replace(/:[A-Za-z]+/g, () => randomUUID()).replace("*", "x");
  const hasBody = method === "POST" || method === "PUT" || method === "PATCH";
  return {
    method: method as "GET",
    url: path,
    ...(hasBody ? { payload: {} } : {}),
    ...(cookie ? { headers: { cookie } } : {}),
  };
}

/** Whether a role's fully logged-in (`active` stage) session may use a route. */
function isAllowed(entry: RouteAccess, role: Role | null): boolean {
  if (entry.access === "public") return true;
  if (!allowedStages(entry).includes("active")) return false;
  if (entry.access === "authenticated") return true;
  return role !== null && entry.roles.includes(role);
}

describe(`authorization matrix (${testDialect})`, () => {
  let t: TestApp;
  let org: OrganisationRow;
  const usersByRole = new Map<Role | null, BuiltUser>();

  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganisation(t.db, { type: "county" });
    for (const role of roles)
      usersByRole.set(role, await buildUser(t.db, { organisation: org, roles: [{ role }] }));
    usersByRole.set(null, await buildUser(t.db, { organisation: org }));
  });
  afterAll(async () => t.close());

  it("classifies every registered route, and lists no route that does not exist", () => {
    const registered = new Set(t.app.routeKeys);
    const unclassified = [...registered].filter((key) => !(key in authorizationMatrix));
    const stale = entries.map(([key]) => key).filter((key) => !registered.has(key));
    expect(unclassified, "routes missing from access-matrix.ts").toEqual([]);
    expect(stale, "matrix entries for routes that are not registered").toEqual([]);
  });

  it("keeps the public allow-list to login, health probes, API docs, the system name and the web app's static files", () => {
    const publicKeys = entries.filter(([, entry]) => entry.access === "public").map(([key]) => key);
    for (const key of publicKeys) {
      expect(key).toMatch(
        /^(POST \/api\/auth\/login|GET \/api\/system\/name|GET \/healthz|GET \/readyz|(GET|HEAD) \/api\/docs.*|GET \/|GET \/assets\/\*|GET \/\*)$/,
      );
    }
  });

  it("gives the three administrator roles no route outside administration (三员分立: they never score)", () => {
    const administration =
      /^(GET|POST|PUT|PATCH|DELETE) \/api\/(organisations|users|audit|system)(\/|$)/;
    const leaks = entries.filter(
      ([key, entry]) =>
        entry.access === "roles" &&
        entry.roles.some((role) => isAdministratorRole(role)) &&
        !administration.test(key),
    );
    expect(leaks.map(([key]) => key)).toEqual([]);
  });

  it("refuses a route that is missing from the matrix (fail closed)", async () => {
    const partial = await createTestApp({ matrix: { "GET /healthz": { access: "public" } } });
    const response = await partial.app.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("ROUTE_NOT_CLASSIFIED");
    await partial.close();
  });

  it.concurrent.each(protectedEntries.map(([key]) => [key]))(
    "%s without a session → 401",
    async (key) => {
      const response = await t.app.inject(requestFor(key));
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("UNAUTHENTICATED");
    },
  );

  it.concurrent.each(protectedEntries.map(([key]) => [key]))(
    "%s with a forged session cookie → 401",
    async (key) => {
      const response = await t.app.inject(requestFor(key, `kaoping_sid=${randomUUID()}`));
      expect(response.statusCode).toBe(401);
    },
  );

  const cases = protectedEntries.flatMap(([key, entry]) =>
    [...roles, null].map((role) => [key, role ?? "(无角色)", isAllowed(entry, role)] as const),
  );
  it.concurrent.each(cases)("%s as %s → allowed: %s", async (key, roleName, allowed) => {
    const role = roleName === "(无角色)" ? null : (roleName as Role);
    const user = usersByRole.get(role);
    if (user === undefined) throw new Error(`no user for ${roleName}`);
    const cookie = await sessionCookieFor(t.app, t.db, user.user, t.clock.now());
    const response = await t.app.inject(requestFor(key, cookie));
    if (allowed) {
      expect([401, 403], `${key} as ${roleName}: ${response.body}`).not.toContain(
        response.statusCode,
      );
      expect(response.statusCode).toBeLessThan(500);
    } else {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe("FORBIDDEN");
    }
  });

  it.concurrent.each(
    protectedEntries.map(
      ([key, entry]) => [key, allowedStages(entry).includes("password_change_required")] as const,
    ),
  )("%s while the password must be changed → usable: %s", async (key, usable) => {
    const user = await buildUser(t.db, {
      organisation: org,
      roles: [{ role: "system_admin" }],
      mustChangePassword: true,
    });
    const cookie = await sessionCookieFor(t.app, t.db, user.user, t.clock.now());
    const response = await t.app.inject(requestFor(key, cookie));
    if (usable) {
      expect([401, 403]).not.toContain(response.statusCode);
    } else {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    }
  });
});
