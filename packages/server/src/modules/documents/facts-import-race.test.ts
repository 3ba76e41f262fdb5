/**
 * The facts import goes through the one facts write path (issue 15 finding 6): a save that lands
 * while an import is under way is never overwritten with what the import read before it, and the
 * import takes the same editability lock as a save (a unit submitted meanwhile refuses it).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { factsSheetOf, workbookOf } from "../../testing/documents.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";

describe(`facts import beside a concurrent save (${testDialect})`, () => {
  let t: TestApp;
  let unit: OrganisationRow;
  let roundId: string;
  let cookie = "";

  beforeAll(async () => {
    t = await createTestApp();
    const built = await buildCounty(t.db, 1);
    unit = built.units[0] as OrganisationRow;
    roundId = await buildRound(t.db, {
      assessing: built.county,
      units: built.units,
      schemeVersionId: await buildSchemeVersion(t.db, built.county, "medical-aid-2021"),
      state: "self_assessment",
    });
    const { user } = await buildUser(t.db, {
      organisation: unit,
      roles: [{ role: "unit_filler" }],
    });
    cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
  });
  afterAll(async () => t.close());

  const items = () => `/api/rounds/${roundId}/units/${unit.id}/self-assessment`;
  const save = (facts: Record<string, unknown>, version: number) =>
    t.app.inject({
      method: "PUT",
      url: `${items()}/items/1.1/facts`,
      headers: { cookie },
      payload: { version, facts },
    });
  const stored = async () => {
    const body = (await t.app.inject({ method: "GET", url: items(), headers: { cookie } })).json();
    return (body.facts as { itemCode: string; facts: unknown; version: number }[]).find(
      (f) => f.itemCode === "1.1",
    );
  };

  /** A template with 1.1.planIssued set and 1.1.oneStop left blank (blank keeps the stored value). */
  async function filledTemplate(planIssued: "是" | "否"): Promise<Buffer> {
    const template = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${unit.id}/documents/facts-template`,
      headers: { cookie },
    });
    expect(template.statusCode, template.body).toBe(200);
    const wb = await workbookOf(template.rawPayload);
    const { ws, col } = factsSheetOf(wb);
    ws.getCell(3, col("1.1.planIssued")).value = planIssued;
    ws.getCell(3, col("1.1.oneStop")).value = null;
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const upload = (file: Buffer) => {
    const body = multipartBody("facts.xlsx", file);
    return t.app.inject({
      method: "POST",
      url: `/api/rounds/${roundId}/units/${unit.id}/documents/facts-import`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  };

  /** Runs `during` just before the next write transaction of the server begins. */
  function beforeNextTransaction(during: () => Promise<void>) {
    const real = t.db.transaction.bind(t.db);
    const spy = vi.spyOn(t.db, "transaction").mockImplementationOnce(() => {
      const builder = real();
      return {
        execute: async (work: Parameters<typeof builder.execute>[0]) => {
          spy.mockRestore();
          await during();
          return builder.execute(work);
        },
      } as unknown as ReturnType<typeof real>;
    });
  }

  it("keeps a save that lands while the import is under way (the import merges onto it)", async () => {
    const first = await save({ planIssued: true, oneStop: true }, 0);
    expect(first.statusCode, first.body).toBe(200);
    const file = await filledTemplate("否");
    beforeNextTransaction(async () => {
      const concurrent = await save({ planIssued: true, oneStop: false }, 1);
      expect(concurrent.statusCode, concurrent.body).toBe(200);
    });
    const imported = await upload(file);
    expect(imported.statusCode, imported.body).toBe(200);
    // The import changed planIssued only; oneStop is the concurrent save's false, not the
    // true the import could have read before that save.
    expect((await stored())?.facts).toEqual({ planIssued: false, oneStop: false });
    expect((await stored())?.version).toBe(3);
  });

  it("takes the editability lock: a submission that lands first refuses the import (409), nothing saved", async () => {
    const before = await stored();
    const file = await filledTemplate("是");
    beforeNextTransaction(async () => {
      // The unit is submitted by another request just before the import writes.
      await t.db
        .updateTable("round_units")
        .set({ status: "submitted" })
        .where("round_id", "=", roundId)
        .where("unit_id", "=", unit.id)
        .execute();
    });
    const imported = await upload(file);
    expect(imported.statusCode, imported.body).toBe(409);
    expect(imported.json().error.message).toContain("自评已提交");
    expect(await stored()).toEqual(before);
  });
});
