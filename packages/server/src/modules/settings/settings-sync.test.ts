/**
 * Two server processes over one database (issue 17, decision 0180): a setting saved through one
 * app is in force in the other within a second — NOTIFY on PostgreSQL, the version check on a
 * request otherwise — without a restart.
 */
import { performance } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import type { Db } from "../../db/database.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, testConfig, type TestApp } from "../../testing/test-app.js";

describe(`settings across two apps on one database (${testDialect})`, () => {
  let a: TestApp;
  let b: FastifyInstance;
  let bDb: Db;

  beforeAll(async () => {
    a = await createTestApp();
    bDb = a.database.reopen();
    b = await buildApp(testConfig(a.database.dataDir, a.clock, a.database), { db: bDb });
    await b.ready();
  });
  afterAll(async () => {
    await b.close();
    await bDb.destroy();
    await a.close();
  });

  const nameOn = async (app: FastifyInstance) =>
    (await app.inject({ method: "GET", url: "/api/system/name" })).json().systemName as string;

  it("puts a saved system name in force on the other app within a second", async () => {
    const org = await buildOrganisation(a.db, { type: "county" });
    const { user } = await buildUser(a.db, {
      organisation: org,
      roles: [{ role: "system_admin" }],
    });
    const before = await nameOn(b);
    const saved = await a.app.inject({
      method: "PUT",
      url: "/api/system/settings/system",
      headers: { cookie: await sessionCookieFor(a.app, a.db, user, a.clock.now()) },
      payload: { version: 1, systemName: "甲市医保考评系统" },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await nameOn(a.app)).toBe("甲市医保考评系统");
    const savedAt = performance.now();
    // NOTIFY reaches the other process at once; without it the version check runs each second.
    const deadline = testDialect === "postgres" ? 1_000 : 2_000;
    let seen = before;
    while (seen !== "甲市医保考评系统" && performance.now() - savedAt < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = await nameOn(b);
    }
    expect(seen).toBe("甲市医保考评系统");
  });
});
