/** A reviewer's round-wide facts import: differences become review corrections, all or nothing. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureInput } from "../../../test/office/samples.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { factsSheetOf, workbookOf } from "../../testing/documents.js";
import { roleCookie } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";

const liuan = fixtureInput("medical-aid-2021/liuan-self-evaluation-2021.json").units[0]
  ?.facts as Record<string, Record<string, unknown>>;

describe(`reviewer facts import (${testDialect})`, () => {
  let t: TestApp;
  let units: OrganisationRow[];
  let roundId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const county = await buildCounty(t.db, 2);
    units = county.units;
    roundId = await buildRound(t.db, {
      assessing: county.county,
      units,
      schemeVersionId: await buildSchemeVersion(t.db, county.county, "medical-aid-2021"),
      state: "self_assessment",
    });
    cookies.reviewer = await roleCookie(t, county.county, "reviewer");
    cookies.fillerA = await roleCookie(t, units[0] as OrganisationRow, "unit_filler");
    for (const [code, facts] of Object.entries(liuan)) {
      const saved = await t.app.inject({
        method: "PUT",
        url: `/api/rounds/${roundId}/units/${units[0]?.id}/self-assessment/items/${code}/facts`,
        headers: { cookie: cookies.fillerA ?? "" },
        payload: { version: 0, facts },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    // Unit A has submitted and the round is in review (set directly: the workflow routes are tested elsewhere).
    await t.db
      .updateTable("round_units")
      .set({ status: "submitted" })
      .where("round_id", "=", roundId)
      .where("unit_id", "=", units[0]?.id ?? "")
      .execute();
    await t.db.updateTable("rounds").set({ state: "review" }).where("id", "=", roundId).execute();
  });
  afterAll(async () => t.close());

  it("records each changed value as a correction with the file as reason, or nothing when any unit cannot be corrected", async () => {
    const template = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/documents/facts-template`,
      headers: { cookie: cookies.reviewer ?? "" },
    });
    expect(template.statusCode).toBe(200);
    const wb = await workbookOf(template.rawPayload);
    const { ws, col } = factsSheetOf(wb);
    const rowOf = (unit: OrganisationRow | undefined) =>
      (ws.getColumn(1).values as unknown[]).indexOf(unit?.id);
    ws.getCell(rowOf(units[0]), col("4.2.reportBox")).value = "是";
    ws.getCell(rowOf(units[0]), col("1.1.planIssued")).value = "是"; // equal to the unit's own value: no correction
    ws.getCell(rowOf(units[1]), col("1.1.planIssued")).value = "是"; // unit B has not submitted
    const upload = async () => {
      const body = multipartBody("round.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
      return t.app.inject({
        method: "POST",
        url: `/api/rounds/${roundId}/documents/facts-import`,
        headers: { cookie: cookies.reviewer ?? "", ...body.headers },
        payload: body.payload,
      });
    };
    const reviewRows = () =>
      t.db.selectFrom("facts").selectAll().where("source", "=", "review").execute();
    const refused = await upload();
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      {
        path: `body.file.${units[1]?.name}.1.1`,
        message: `${units[1]?.name}：自评尚未提交或已退回，不能修正`,
      },
    ]);
    expect(await reviewRows()).toEqual([]);

    ws.getCell(rowOf(units[1]), col("1.1.planIssued")).value = null;
    const ok = await upload();
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().corrections).toEqual([
      { unitId: units[0]?.id, unitName: units[0]?.name, itemCode: "4.2" },
    ]);
    const rows = await reviewRows();
    expect(rows.map((r) => [r.item_code, JSON.parse(r.value), r.reason])).toEqual([
      ["4.2", { reportBox: true, hotline: true, petitionsHandled: true }, "批量导入：round.xlsx"],
    ]);
    const audits = await t.db
      .selectFrom("audit_log")
      .select("seq")
      .where("action", "=", "review.import_facts")
      .execute();
    expect(audits).toHaveLength(1);
    const results = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${units[0]?.id}/results`,
      headers: { cookie: cookies.reviewer ?? "" },
    });
    expect(results.json()).toMatchObject({ total: "100", selfTotal: "99" });
  });
});
