/**
 * The session lookup every authenticated request makes (findSessionWithUser: session, user and
 * role assignments in one query, docs/decisions/0055) reads the database fresh each time, so a
 * disabled account, a revoked role, a new grant and an ended session take effect on the very
 * next request — there is no copy to go stale.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { grantRoleRecord } from "../users/service.js";
import { findSessionWithUser } from "./repository.js";
import { sessionIdOf } from "./session-token.js";

describe(`session lookup (${testDialect})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const get = (url: string, cookie: string) =>
    t.app.inject({ method: "GET", url, headers: { cookie } });
  const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);

  it("reads the user and every role assignment with its organisation, oldest grant first", async () => {
    const unit = await buildOrganisation(t.db);
    const other = await buildOrganisation(t.db);
    const { user, assignmentIds } = await buildUser(t.db, {
      organisation: unit,
      roles: [{ role: "unit_filler" }, { role: "viewer", organisation: other }],
    });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    const found = await findSessionWithUser(t.db, sessionIdOf(tokenOf(cookie)));
    expect(found?.user).toMatchObject({ id: user.id, username: user.username, status: "active" });
    expect(found?.session).toMatchObject({
      user_id: user.id,
      active_role_assignment_id: assignmentIds[0],
    });
    expect(found?.assignments.map((a) => [a.id, a.role, a.organisation_path])).toEqual([
      [assignmentIds[0], "unit_filler", unit.path],
      [assignmentIds[1], "viewer", other.path],
    ]);
    expect(await findSessionWithUser(t.db, sessionIdOf("no-such-token"))).toBeUndefined();
  });

  it("resolves a user without any role (no active role: every role route answers 403)", async () => {
    const { user } = await buildUser(t.db, { roles: [] });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    const session = await get("/api/auth/session", cookie);
    expect(session.statusCode).toBe(200);
    expect(session.json().activeRole).toBeNull();
    expect((await get("/api/rounds", cookie)).statusCode).toBe(403);
  });

  it("refuses a disabled account on the next request", async () => {
    const { user } = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    expect((await get("/api/rounds", cookie)).statusCode).toBe(200);
    await t.db.updateTable("users").set({ status: "disabled" }).where("id", "=", user.id).execute();
    const refused = await get("/api/rounds", cookie);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe("SESSION_EXPIRED");
  });

  it("follows a revoked role and a new grant on the next request", async () => {
    const unit = await buildOrganisation(t.db);
    const { user, assignmentIds } = await buildUser(t.db, {
      organisation: unit,
      roles: [{ role: "viewer" }],
    });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    expect((await get("/api/rounds", cookie)).statusCode).toBe(200);
    await t.db.deleteFrom("role_assignments").where("id", "=", assignmentIds[0]!).execute();
    expect((await get("/api/rounds", cookie)).statusCode).toBe(403);
    expect((await get("/api/auth/session", cookie)).json().roles).toEqual([]);
    await grantRoleRecord(
      t.db,
      user.id,
      { role: "assessment_admin", organisationId: unit.id },
      t.clock.now(),
    );
    const roles = (await get("/api/auth/session", cookie)).json().roles;
    expect(roles.map((r: { role: string }) => r.role)).toEqual(["assessment_admin"]);
  });

  it("refuses an ended session on the next request", async () => {
    const { user } = await buildUser(t.db, { roles: [{ role: "viewer" }] });
    const cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
    expect((await get("/api/rounds", cookie)).statusCode).toBe(200);
    await t.db
      .deleteFrom("sessions")
      .where("id", "=", sessionIdOf(tokenOf(cookie)))
      .execute();
    const refused = await get("/api/rounds", cookie);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe("UNAUTHENTICATED");
  });
});
