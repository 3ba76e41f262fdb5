import { getTemplate } from "@kaoping/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe(`schemes (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let admin: string;
  let otherAdmin: string;
  let viewer: string;

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county", name: "示例县" });
    const otherCounty = await buildOrganisation(t.db, { type: "county" });
    const cookieOf = async (organisation: OrganisationRow, role: "assessment_admin" | "viewer") =>
      sessionCookieFor(
        t.app,
        t.db,
        (await buildUser(t.db, { organisation, roles: [{ role }] })).user,
        t.clock.now(),
      );
    admin = await cookieOf(county, "assessment_admin");
    otherAdmin = await cookieOf(otherCounty, "assessment_admin");
    viewer = await cookieOf(county, "viewer");
  });
  afterAll(async () => t.close());

  const call = (cookie: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  async function createFromTemplate(code: string) {
    const response = await call(admin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { template: "township-2022" },
      code,
      title: `乡镇考核 ${code}`,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it("lists the built-in templates and shows a template's document", async () => {
    const list = await call(viewer, "GET", "/api/scheme-templates");
    expect(list.json().map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining(["township-2022", "medical-aid-2021"]),
    );
    const one = await call(viewer, "GET", "/api/scheme-templates/medical-aid-2021");
    expect(one.json().document).toEqual(
      JSON.parse(JSON.stringify(getTemplate("medical-aid-2021"))),
    );
    expect((await call(viewer, "GET", "/api/scheme-templates/nope")).statusCode).toBe(404);
  });

  it("clones a template into a draft, publishes versions and exports the document", async () => {
    const scheme = await createFromTemplate("township-2023");
    expect(scheme).toMatchObject({
      code: "township-2023",
      origin: "template",
      lineage: "township-2022",
      latestVersionNumber: 0,
      hasUnpublishedChanges: true,
      version: 1,
    });
    expect(scheme.draft.title).toBe("乡镇考核 township-2023");

    const published = await call(admin, "POST", `/api/schemes/${scheme.id}/versions`, {
      version: 1,
      note: "首版",
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({
      latestVersionNumber: 1,
      hasUnpublishedChanges: false,
      version: 2,
    });
    const again = await call(admin, "POST", `/api/schemes/${scheme.id}/versions`, { version: 2 });
    expect(again.statusCode).toBe(409);

    const versionId = published.json().versions[0].id as string;
    const exported = await call(viewer, "GET", `/api/scheme-versions/${versionId}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-disposition"]).toContain("township-2023-v1.json");
    expect(JSON.parse(exported.body)).toEqual(scheme.draft);
  });

  it("refuses an invalid draft with the engine's paths as Chinese field errors and keeps the old draft", async () => {
    const scheme = await createFromTemplate("township-bad");
    const broken = structuredClone(scheme.draft);
    broken.items[0].children[0].rule.kind = "no-such-kind";
    const response = await call(admin, "PUT", `/api/schemes/${scheme.id}/draft`, {
      version: scheme.version,
      document: broken,
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; message: string }[];
    expect(fields.some((f) => f.path.startsWith("body.document.items[0].children[0].rule"))).toBe(
      true,
    );
    expect(fields[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    const reread = await call(admin, "GET", `/api/schemes/${scheme.id}`);
    expect(reread.json().draft).toEqual(scheme.draft);
  });

  it.each([
    ["a direction override", "基金\u202e监管"],
    ["a zero-width space", "基金\u200b监管"],
    ["NUL", "基金\u0000监管"],
    ["a line break", "基金\n监管"],
  ])(
    "refuses an item title with %s, naming the item's field, and keeps the old draft (issue 15)",
    async (_what, title) => {
      const scheme = await createFromTemplate(`township-name-${title.codePointAt(2)}`);
      const spoofed = structuredClone(scheme.draft);
      spoofed.items[1].children[0].title = title;
      const response = await call(admin, "PUT", `/api/schemes/${scheme.id}/draft`, {
        version: scheme.version,
        document: spoofed,
      });
      expect(response.statusCode).toBe(400);
      const code = scheme.draft.items[1].children[0].code as string;
      const fields = response.json().error.fields as { path: string; message: string }[];
      expect(fields).toHaveLength(1);
      if (title.includes("\u0000")) {
        // NUL is refused earlier, at the edge, for every string of every request.
        expect(fields[0]?.path).toBe("body.document.items.1.children.0.title");
        expect(fields[0]?.message).toMatch(/空字符/);
      } else {
        expect(fields[0]).toEqual({
          path: "body.document.items[1].children[0].title",
          message: `指标 ${code} 的名称不能包含控制字符、换行、文字方向控制符或零宽字符`,
        });
      }
      const reread = await call(admin, "GET", `/api/schemes/${scheme.id}`);
      expect(reread.json().draft).toEqual(scheme.draft);
      const imported = await call(admin, "POST", "/api/schemes", {
        assessingOrganisationId: county.id,
        from: { document: { ...spoofed, id: `imported-${title.codePointAt(2)}` } },
      });
      expect(imported.statusCode).toBe(400);
      expect(imported.json().error.fields[0].path).toMatch(
        /^body\.from\.document\.items(\[1\]|\.1)\.children(\[0\]|\.0)\.title$/,
      );
    },
  );

  it("saves a valid draft with a version check (stale → 409)", async () => {
    const scheme = await createFromTemplate("township-edit");
    const changed = structuredClone(scheme.draft);
    changed.title = "修改后的方案";
    const ok = await call(admin, "PUT", `/api/schemes/${scheme.id}/draft`, {
      version: 1,
      document: changed,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ title: "修改后的方案", version: 2 });
    const stale = await call(admin, "PUT", `/api/schemes/${scheme.id}/draft`, {
      version: 1,
      document: changed,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
  });

  it("keeps a draft's places (得分保留小数位数) through save, publish and export; refuses 7 naming the field", async () => {
    const scheme = await createFromTemplate("township-places");
    const rounded = { ...structuredClone(scheme.draft), places: 2 };
    const saved = await call(admin, "PUT", `/api/schemes/${scheme.id}/draft`, {
      version: 1,
      document: rounded,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().draft.places).toBe(2);
    const published = await call(admin, "POST", `/api/schemes/${scheme.id}/versions`, {
      version: 2,
    });
    expect(published.statusCode, published.body).toBe(201);
    const versionId = (published.json().versions as { id: string }[])[0]?.id;
    const exported = await call(admin, "GET", `/api/scheme-versions/${versionId}/export`);
    expect(JSON.parse(exported.body).places).toBe(2);

    const wrong = await call(admin, "PUT", `/api/schemes/${scheme.id}/draft`, {
      version: 3,
      document: { ...rounded, places: 7 },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: "body.document.places", message: "得分小数位数应为 0 到 4 之间的整数" },
    ]);
    expect((await call(admin, "GET", `/api/schemes/${scheme.id}`)).json().draft.places).toBe(2);
  });

  it("clones a published version into a new scheme of the same lineage, and imports a document", async () => {
    const scheme = await createFromTemplate("township-src");
    const published = (
      await call(admin, "POST", `/api/schemes/${scheme.id}/versions`, { version: 1 })
    ).json();
    const clone = await call(admin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { schemeVersionId: published.versions[0].id },
      code: "township-clone",
    });
    expect(clone.statusCode, clone.body).toBe(201);
    expect(clone.json()).toMatchObject({
      origin: "version",
      lineage: "township-2022",
      code: "township-clone",
    });

    const imported = await call(admin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { document: { ...scheme.draft, id: "imported-one" } },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().lineage).toBe(imported.json().id);
    // Without a 方案编号 the system picks a free one (issue 14 defect 11: a second import with
    // the code left empty used to fail 方案编号已存在); a typed code that is taken is refused.
    const second = await call(admin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { document: { ...scheme.draft, id: "imported-one" } },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().code).toBe("imported-one-2");
    expect(second.json().draft.id).toBe("imported-one-2");
    const duplicate = await call(admin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { document: { ...scheme.draft, id: "imported-one" } },
      code: "imported-one",
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields[0]).toEqual({
      path: "body.code",
      message: "方案编号已存在",
    });
    const invalid = await call(admin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { document: { id: "x", title: "", items: [] } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields[0].path).toMatch(/^body\.from\.document/);
  });

  it("hides another organisation's schemes (404) and lets only the assessment administrator write", async () => {
    const scheme = await createFromTemplate("township-private");
    expect((await call(otherAdmin, "GET", `/api/schemes/${scheme.id}`)).statusCode).toBe(404);
    const list = await call(otherAdmin, "GET", "/api/schemes");
    expect(list.json().total).toBe(0);
    const foreign = await call(otherAdmin, "POST", "/api/schemes", {
      assessingOrganisationId: county.id,
      from: { template: "township-2022" },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (
        await call(viewer, "PUT", `/api/schemes/${scheme.id}/draft`, {
          version: 1,
          document: scheme.draft,
        })
      ).statusCode,
    ).toBe(403);
  });
});
