/**
 * Issue 15, finding 10: list facts keep only the fields their declaration names, of the declared
 * types; and names people read in rankings and exports (organisation names, display names, round
 * and scheme titles, the system name) refuse direction overrides, zero-width characters, control
 * characters and lone surrogates — one shared check in the contract schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../../src/testing/database.js";
import { buildUser, sessionCookieFor } from "../../src/testing/factories.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, type County } from "./county.js";
import { driveRound } from "./drive.js";

const disguised = [
  ["a right-to-left override", "甲\u202e镇"],
  ["a left-to-right isolate", "甲\u2066镇"],
  ["a zero-width space", "甲\u200b镇"],
  ["a zero-width joiner", "甲\u200d镇"],
  ["a byte-order mark", "甲\ufeff镇"],
  ["a control character", "甲\u0007镇"],
  ["a line break", "甲\n镇"],
] as const;

describe(`hostile text in facts and names (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let call: ReturnType<typeof caller>;
  let sys: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await buildCountyWithPeople(t, 1);
    call = caller(t);
    const admin = await buildUser(t.db, {
      organisation: c.county,
      roles: [{ role: "system_admin" }],
    });
    sys = await sessionCookieFor(t.app, t.db, admin.user, t.clock.now());
  });
  afterAll(async () => t.close());

  it("refuses unknown fields and wrong types inside a list fact, and stores nothing", async () => {
    const { id: rid } = await driveRound(t, c, "self_assessment");
    const url = `/api/rounds/${rid}/units/${c.units[0]!.id}/self-assessment/items/7/facts`;
    for (const [findings, path] of [
      [[{ level: "city", evil: "<script>" }], "body.facts.findings[0].evil"],
      [[{ level: 5 }], "body.facts.findings[0].level"],
      [[{ level: "city" }, { level: "nowhere" }], "body.facts.findings[1].level"],
    ] as const) {
      const response = await call(c.fillers[0]!, "PUT", url, { version: 0, facts: { findings } });
      expect(response.status, response.text).toBe(400);
      expect(response.body?.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    expect(await t.db.selectFrom("facts").select("id").execute()).toEqual([]);
    const fine = await call(c.fillers[0]!, "PUT", url, {
      version: 0,
      facts: { findings: [{ level: "city" }] },
    });
    expect(fine.status, fine.text).toBe(200);
  });

  it.each(disguised)("refuses %s in every name and title", async (_name, text) => {
    const attempts = [
      await call(sys, "POST", "/api/organisations", {
        code: `X${Math.random().toString(36).slice(2, 8)}`,
        name: text,
        type: "township",
        parentId: c.county.id,
      }),
      await call(sys, "POST", "/api/users", {
        username: `u${Math.random().toString(36).slice(2, 8)}`,
        displayName: text,
        organisationId: c.county.id,
      }),
      await call(c.admin, "POST", "/api/schemes", {
        assessingOrganisationId: c.county.id,
        from: { template: "township-2022" },
        code: `s-${Math.random().toString(36).slice(2, 8)}`,
        title: text,
      }),
      await call(sys, "PUT", "/api/system/settings/system", { version: 1, systemName: text }),
    ];
    const { id: rid } = await driveRound(t, c, "draft");
    const round = await call(c.admin, "GET", `/api/rounds/${rid}`);
    attempts.push(
      await call(c.admin, "PATCH", `/api/rounds/${rid}`, {
        version: round.body?.version,
        title: text,
      }),
    );
    for (const [i, response] of attempts.entries()) {
      expect(response.status, `${i}: ${response.text}`).toBe(400);
      expect(response.body?.error.fields[0].message, `${i}`).toMatch(/不能包含/);
    }
  });

  it("still takes ordinary Chinese names with spaces, brackets and digits", async () => {
    const response = await call(sys, "POST", "/api/organisations", {
      code: "OK1",
      name: "湖州市 南浔区（2022）·练市镇",
      type: "township",
      parentId: c.county.id,
    });
    expect(response.status, response.text).toBe(201);
  });
});
