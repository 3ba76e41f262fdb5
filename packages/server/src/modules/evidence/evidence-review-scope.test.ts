import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";
import { samplePdf } from "../demo/sample-files.js";

/**
 * A reviewer scoped to some items of a round reaches only the files of those items, by list and
 * by file id (issue #14): a file of another item answers 404 as if it did not exist; the unit's
 * self-assessment (the review page reads it) counts him only the files of his items.
 */
describe(`evidence within a reviewer's item scope (${testDialect})`, () => {
  let t: TestApp;
  let unit: OrganisationRow;
  let roundId: string;
  const cookies: Record<string, string> = {};
  const files: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const built = await buildCounty(t.db, 1);
    unit = built.units[0]!;
    roundId = await buildRound(t.db, {
      assessing: built.county,
      units: built.units,
      schemeVersionId: await buildSchemeVersion(t.db, built.county),
      state: "self_assessment",
    });
    const cookie = async (
      organisation: OrganisationRow,
      role: "unit_filler" | "reviewer" | "assessment_admin",
      itemCodes?: string[],
    ) =>
      sessionCookieFor(
        t.app,
        t.db,
        (
          await buildUser(t.db, {
            organisation,
            roles: [
              itemCodes === undefined
                ? { role }
                : { role, scope: { itemCodes, departmentIds: [] } },
            ],
          })
        ).user,
        t.clock.now(),
      );
    cookies.filler = await cookie(unit, "unit_filler");
    cookies.scoped41 = await cookie(built.county, "reviewer", ["4.1"]);
    cookies.scoped4 = await cookie(built.county, "reviewer", ["4"]);
    cookies.reviewer = await cookie(built.county, "reviewer");
    cookies.admin = await cookie(built.county, "assessment_admin");
    for (const code of ["4.1", "4.2", "5.1"]) {
      const body = multipartBody(`材料${code}.pdf`, samplePdf(`Evidence ${code}`));
      const response = await t.app.inject({
        method: "POST",
        url: `/api/rounds/${roundId}/units/${unit.id}/items/${code}/evidence`,
        headers: { cookie: cookies.filler, ...body.headers },
        payload: body.payload,
      });
      expect(response.statusCode, response.body).toBe(201);
      files[code] = response.json().id as string;
    }
  });
  afterAll(async () => t.close());

  const download = (who: string, code: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/evidence/${files[code]}/download`,
      headers: { cookie: cookies[who]! },
    });
  const listed = async (who: string, itemCode?: string) => {
    const query = itemCode === undefined ? "" : `?itemCode=${itemCode}`;
    const response = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${unit.id}/evidence${query}`,
      headers: { cookie: cookies[who]! },
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { itemCode: string }[]).map((file) => file.itemCode).sort();
  };

  it("a reviewer scoped to 4.1 downloads the file of 4.1 and gets 404 for 4.2 and 5.1", async () => {
    expect((await download("scoped41", "4.1")).statusCode).toBe(200);
    for (const code of ["4.2", "5.1"]) {
      const refused = await download("scoped41", code);
      expect(refused.statusCode, code).toBe(404);
      expect(refused.json().error.message).toContain("佐证材料");
    }
  });

  it("a group in the scope holds its items (4 holds 4.1 and 4.2, not 5.1)", async () => {
    expect((await download("scoped4", "4.1")).statusCode).toBe(200);
    expect((await download("scoped4", "4.2")).statusCode).toBe(200);
    expect((await download("scoped4", "5.1")).statusCode).toBe(404);
  });

  it("the unit's file list shows a scoped reviewer only the files of his items", async () => {
    expect(await listed("scoped41")).toEqual(["4.1"]);
    expect(await listed("scoped41", "4.2")).toEqual([]);
    expect(await listed("scoped4")).toEqual(["4.1", "4.2"]);
  });

  it("an unscoped reviewer, the assessment administrator and the unit itself reach every file", async () => {
    for (const who of ["reviewer", "admin", "filler"]) {
      expect(await listed(who), who).toEqual(["4.1", "4.2", "5.1"]);
      for (const code of ["4.1", "4.2", "5.1"])
        expect((await download(who, code)).statusCode, `${who} ${code}`).toBe(200);
    }
  });

  const counted = async (who: string) => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${unit.id}/self-assessment`,
      headers: { cookie: cookies[who]! },
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { evidenceCounts: Record<string, number> }).evidenceCounts;
  };

  it("the self-assessment counts a scoped reviewer only the files of his items", async () => {
    expect(await counted("scoped41")).toEqual({ "4.1": 1 });
    expect(await counted("scoped4")).toEqual({ "4.1": 1, "4.2": 1 });
    for (const who of ["reviewer", "admin", "filler"])
      expect(await counted(who), who).toEqual({ "4.1": 1, "4.2": 1, "5.1": 1 });
  });
});
