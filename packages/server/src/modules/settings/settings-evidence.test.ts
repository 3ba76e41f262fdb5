/**
 * 系统参数 that limit evidence uploads take effect at once: a saved maximum file size answers
 * 413 at the new size and a saved number per item 409, and restoring the default lifts them
 * (settings.test.ts covers the settings API itself).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../contract/roles.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";
import { samplePdf } from "../demo/sample-files.js";

describe(`settings that limit evidence (${testDialect})`, () => {
  let t: TestApp;
  let unit: OrganisationRow;
  let roundId: string;
  let filler: string;
  let admin: string;

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
    const cookieOf = async (organisation: OrganisationRow, role: Role) =>
      sessionCookieFor(
        t.app,
        t.db,
        (await buildUser(t.db, { organisation, roles: [{ role }] })).user,
        t.clock.now(),
      );
    filler = await cookieOf(unit, "unit_filler");
    admin = await cookieOf(built.county, "system_admin");
  });
  afterAll(async () => t.close());

  const upload = (itemCode: string, data: Buffer) => {
    const body = multipartBody("统计表.pdf", data);
    return t.app.inject({
      method: "POST",
      url: `/api/rounds/${roundId}/units/${unit.id}/items/${itemCode}/evidence`,
      headers: { cookie: filler, ...body.headers },
      payload: body.payload,
    });
  };
  const saveSystem = async (values: Record<string, unknown>) => {
    const read = await t.app.inject({
      method: "GET",
      url: "/api/system/settings",
      headers: { cookie: admin },
    });
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/system/settings/system",
      headers: { cookie: admin },
      payload: { version: read.json().system.version, ...values },
    });
    expect(response.statusCode, response.body).toBe(200);
  };

  it("refuses a file over the saved size with 413 at once, and accepts it again when restored", async () => {
    const file = Buffer.concat([samplePdf("x"), Buffer.alloc(1536 * 1024, 0x20)]);
    expect((await upload("1.1", file)).statusCode, "1.5 MB under the default 20 MB").toBe(201);
    await saveSystem({ evidenceMaxFileMb: 1 });
    const refused = await upload("1.2", file);
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.message).toContain("1 MB");
    await saveSystem({ evidenceMaxFileMb: null });
    expect((await upload("1.2", file)).statusCode).toBe(201);
  });

  it("refuses a file over the saved number per item", async () => {
    await saveSystem({ evidenceMaxFilesPerItem: 1 });
    const small = samplePdf("y");
    expect((await upload("2.1", small)).statusCode).toBe(201);
    const second = await upload("2.1", small);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain("最多上传 1 个文件");
  });
});
