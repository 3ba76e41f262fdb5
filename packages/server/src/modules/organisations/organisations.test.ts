/**
 * The organisation tree through the API: create, change, move and disable with history,
 * version conflicts, paging/sorting/filtering, and reach — a unit never sees another unit
 * (docs/spec/security.md row 11).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe(`organisations (${testDialect})`, () => {
  let t: TestApp;
  let admin: string;
  let county: OrganisationRow;
  let unitA: OrganisationRow;
  let unitB: OrganisationRow;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county", name: "示例县" });
    unitA = await buildOrganisation(t.db, { parent: county, name: "甲镇" });
    unitB = await buildOrganisation(t.db, { parent: county, name: "乙镇" });
    const sys = await buildUser(t.db, { organisation: county, roles: [{ role: "system_admin" }] });
    admin = await sessionCookieFor(t.app, t.db, sys.user, t.clock.now());
  });
  afterAll(async () => t.close());

  const call = (method: "GET" | "POST" | "PATCH", url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it("creates an organisation under a parent", async () => {
    const response = await call("POST", "/api/organisations", admin, {
      code: "340100",
      name: " 合肥市 ",
      type: "city",
      parentId: null,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      code: "340100",
      name: "合肥市",
      type: "city",
      parentId: null,
      status: "active",
      version: 1,
    });
    expect(response.json()).not.toHaveProperty("path");
  });

  it("refuses a duplicate code with 409 and the field", async () => {
    await call("POST", "/api/organisations", admin, {
      code: "DUP1",
      name: "甲",
      type: "township",
      parentId: county.id,
    });
    const response = await call("POST", "/api/organisations", admin, {
      code: "DUP1",
      name: "乙",
      type: "township",
      parentId: county.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields[0].path).toBe("body.code");
  });

  it("answers 409, not 500, when two administrators create the same code at the same moment", async () => {
    const payload = { code: "RACE1", name: "同时", type: "township", parentId: county.id };
    const responses = await Promise.all(
      [1, 2, 3].map(() => call("POST", "/api/organisations", admin, payload)),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const r of responses.filter((r) => r.statusCode === 409))
      expect(r.json().error.code).toBe("CONFLICT");
  });

  it("validates bounds and rejects unknown fields", async () => {
    const response = await call("POST", "/api/organisations", admin, {
      code: "bad code!",
      name: "x".repeat(101),
      type: "planet",
      parentId: "not-an-id",
      colour: "red",
    });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(["body", "body.code", "body.name", "body.parentId", "body.type"]);
  });

  it("renames with the version read; a stale version answers 409 and changes nothing", async () => {
    const created = (
      await call("POST", "/api/organisations", admin, {
        code: "V1",
        name: "丙镇",
        type: "township",
        parentId: county.id,
      })
    ).json();
    const renamed = await call("PATCH", `/api/organisations/${created.id}`, admin, {
      version: 1,
      name: "丙镇（新）",
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().version).toBe(2);
    const stale = await call("PATCH", `/api/organisations/${created.id}`, admin, {
      version: 1,
      name: "覆盖",
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(stale.json().error.message).toContain("已被他人修改");
    expect((await call("GET", `/api/organisations/${created.id}`, admin)).json().name).toBe(
      "丙镇（新）",
    );
  });

  it("moves a subtree and disables an organisation, keeping every earlier state in its history", async () => {
    const town = (
      await call("POST", "/api/organisations", admin, {
        code: "MOVE1",
        name: "丁镇",
        type: "township",
        parentId: county.id,
      })
    ).json();
    const village = (
      await call("POST", "/api/organisations", admin, {
        code: "MOVE2",
        name: "丁村",
        type: "other",
        parentId: town.id,
      })
    ).json();
    const otherCounty = await buildOrganisation(t.db, { type: "county", name: "邻县" });
    const moved = await call("PATCH", `/api/organisations/${town.id}`, admin, {
      version: 1,
      parentId: otherCounty.id,
    });
    expect(moved.statusCode).toBe(200);
    const disabled = await call("PATCH", `/api/organisations/${town.id}`, admin, {
      version: 2,
      status: "disabled",
    });
    expect(disabled.json().status).toBe("disabled");
    const history = (
      await call("GET", `/api/organisations/${town.id}/history?sort=version`, admin)
    ).json();
    expect(history.items.map((h: { change: string }) => h.change)).toEqual([
      "created",
      "moved",
      "disabled",
    ]);
    expect(history.items[0].parentId).toBe(county.id);
    expect(history.items[1].parentId).toBe(otherCounty.id);
    // The village moved with its town: it is now in the other county's subtree.
    const subtree = (
      await call("GET", `/api/organisations?subtreeOf=${otherCounty.id}&pageSize=100`, admin)
    ).json();
    expect(subtree.items.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining([otherCounty.id, town.id, village.id]),
    );
  });

  it("refuses to move an organisation below itself", async () => {
    const parent = (
      await call("POST", "/api/organisations", admin, {
        code: "CYC1",
        name: "戊镇",
        type: "township",
        parentId: county.id,
      })
    ).json();
    const child = (
      await call("POST", "/api/organisations", admin, {
        code: "CYC2",
        name: "戊村",
        type: "other",
        parentId: parent.id,
      })
    ).json();
    const response = await call("PATCH", `/api/organisations/${parent.id}`, admin, {
      version: 1,
      parentId: child.id,
    });
    expect(response.statusCode).toBe(409);
  });

  it("pages, sorts and filters the list", async () => {
    const parent = await buildOrganisation(t.db, { type: "county" });
    for (const name of ["c-乡", "a-乡", "b-乡", "d-街道"]) {
      await buildOrganisation(t.db, {
        parent,
        name,
        type: name.endsWith("街道") ? "street" : "township",
      });
    }
    const page1 = (
      await call("GET", `/api/organisations?parentId=${parent.id}&sort=-name&pageSize=2`, admin)
    ).json();
    expect(page1).toMatchObject({ page: 1, pageSize: 2, total: 4 });
    expect(page1.items.map((o: { name: string }) => o.name)).toEqual(["d-街道", "c-乡"]);
    const page2 = (
      await call(
        "GET",
        `/api/organisations?parentId=${parent.id}&sort=-name&pageSize=2&page=2`,
        admin,
      )
    ).json();
    expect(page2.items.map((o: { name: string }) => o.name)).toEqual(["b-乡", "a-乡"]);
    const streets = (
      await call("GET", `/api/organisations?parentId=${parent.id}&type=street`, admin)
    ).json();
    expect(streets.total).toBe(1);
    const search = (
      await call(
        "GET",
        `/api/organisations?parentId=${parent.id}&q=${encodeURIComponent("A-")}`,
        admin,
      )
    ).json();
    expect(search.items.map((o: { name: string }) => o.name)).toEqual(["a-乡"]);
    const percent = (
      await call("GET", `/api/organisations?parentId=${parent.id}&q=%25`, admin)
    ).json();
    expect(percent.total).toBe(0);
    const bad = await call("GET", "/api/organisations?sort=password&pageSize=1000", admin);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["query.pageSize", "query.sort"]);
  });

  describe("reach: unit A never reads unit B", () => {
    it("lets a unit filler read only its own unit; another unit answers 404, as a missing one", async () => {
      const filler = await buildUser(t.db, {
        organisation: unitA,
        roles: [{ role: "unit_filler" }],
      });
      const cookie = await sessionCookieFor(t.app, t.db, filler.user, t.clock.now());
      expect((await call("GET", `/api/organisations/${unitA.id}`, cookie)).statusCode).toBe(200);
      const other = await call("GET", `/api/organisations/${unitB.id}`, cookie);
      const missing = await call(
        "GET",
        "/api/organisations/00000000-0000-4000-8000-000000000000",
        cookie,
      );
      expect(other.statusCode).toBe(404);
      expect({ ...other.json().error, requestId: "" }).toEqual({
        ...missing.json().error,
        requestId: "",
      });
      const list = (await call("GET", "/api/organisations?pageSize=100", cookie)).json();
      expect(list.items.map((o: { id: string }) => o.id)).toEqual([unitA.id]);
      expect(
        (await call("GET", `/api/organisations?subtreeOf=${county.id}`, cookie)).statusCode,
      ).toBe(404);
    });

    it("never lets a unit change any organisation, its own or another", async () => {
      const head = await buildUser(t.db, { organisation: unitA, roles: [{ role: "unit_head" }] });
      const cookie = await sessionCookieFor(t.app, t.db, head.user, t.clock.now());
      for (const target of [unitA, unitB]) {
        const response = await call("PATCH", `/api/organisations/${target.id}`, cookie, {
          version: 1,
          name: "改名",
        });
        expect(response.statusCode).toBe(403);
      }
      const after = await t.db
        .selectFrom("organisations")
        .select("name")
        .where("id", "in", [unitA.id, unitB.id])
        .execute();
      expect(after.map((o) => o.name).sort()).toEqual(["乙镇", "甲镇"]);
    });

    it("lets an assessment administrator of the county reach its subtree, not a neighbouring county", async () => {
      const neighbour = await buildOrganisation(t.db, { type: "county" });
      const neighbourUnit = await buildOrganisation(t.db, { parent: neighbour });
      const assessor = await buildUser(t.db, {
        organisation: county,
        roles: [{ role: "assessment_admin" }],
      });
      const cookie = await sessionCookieFor(t.app, t.db, assessor.user, t.clock.now());
      expect((await call("GET", `/api/organisations/${unitB.id}`, cookie)).statusCode).toBe(200);
      expect((await call("GET", `/api/organisations/${neighbourUnit.id}`, cookie)).statusCode).toBe(
        404,
      );
      expect(
        (await call("GET", `/api/organisations/${neighbourUnit.id}/history`, cookie)).statusCode,
      ).toBe(404);
    });
  });
});
