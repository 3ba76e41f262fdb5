/**
 * Evidence reuse (issue 18, 从已有材料选择): a unit attaches a file it uploaded earlier — in this
 * round or an earlier one — to another item without uploading it again. One stored file, one
 * attachment and one audit row per use, and the unit's library is its own.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildEvidenceWorld, uploadEvidence } from "../../testing/evidence-setup.js";
import type { TestApp } from "../../testing/test-app.js";
import { buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { samplePdf } from "../demo/sample-files.js";

describe(`evidence library and reuse (${testDialect})`, () => {
  let t: TestApp;
  let units: OrganisationRow[];
  let lastYear: string;
  let thisYear: string;
  let closed: string;
  const cookies: Record<string, string> = {};
  const minutes = samplePdf("2021 meeting minutes");
  let minutesId: string;

  beforeAll(async () => {
    const world = await buildEvidenceWorld(2);
    ({ t, units } = world);
    Object.assign(cookies, world.cookies);
    const schemeVersionId = await buildSchemeVersion(t.db, world.county);
    const round = (year: number, title: string, state: "self_assessment" | "review") =>
      buildRound(t.db, { assessing: world.county, units, schemeVersionId, state, year, title });
    lastYear = await round(2021, "2021年度考核", "self_assessment");
    thisYear = await round(2022, "2022年度考核", "self_assessment");
    closed = await round(2023, "2023年度考核", "review");
    const uploaded = await uploadEvidence(
      t,
      { cookie: cookies.fillerA!, roundId: lastYear, unitId: units[0]!.id, itemCode: "1.2" },
      "2021年医保工作专题会议纪要.pdf",
      minutes,
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    minutesId = uploaded.json().id;
  });
  afterAll(async () => t.close());

  const library = (who: string, roundId: string, unit: OrganisationRow, query = "") =>
    t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${unit.id}/evidence-library${query}`,
      headers: { cookie: cookies[who]! },
    });
  const attach = (
    who: string,
    roundId: string,
    unit: OrganisationRow,
    itemCode: string,
    evidenceId: string,
  ) =>
    t.app.inject({
      method: "POST",
      url: `/api/rounds/${roundId}/units/${unit.id}/items/${itemCode}/evidence/from-library`,
      headers: { cookie: cookies[who]! },
      payload: { evidenceId },
    });

  it("lists last year's file in this year's library with where it is used", async () => {
    const response = await library("fillerA", thisYear, units[0]!);
    expect(response.statusCode, response.body).toBe(200);
    const { entries, truncated } = response.json();
    expect(truncated).toBe(false);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      evidenceId: minutesId,
      originalName: "2021年医保工作专题会议纪要.pdf",
      size: minutes.length,
      uses: [{ roundId: lastYear, roundTitle: "2021年度考核", year: 2021, itemCode: "1.2" }],
    });
    expect(entries[0].uses[0].itemTitle).toContain("专题研究");
  });

  it("attaches it to an item of this year without a second stored file, audited with its source", async () => {
    const response = await attach("fillerA", thisYear, units[0]!, "1.1", minutesId);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ roundId: thisYear, itemCode: "1.1", size: minutes.length });
    const rows = await t.db
      .selectFrom("evidence_files")
      .select(["id", "stored_name", "sha256"])
      .where("deleted_at", "is", null)
      .execute();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.stored_name)).size).toBe(1);
    const stored = path.join(t.config.dataDir, "evidence", rows[0]!.stored_name);
    expect(fs.existsSync(stored)).toBe(true);

    const download = await t.app.inject({
      method: "GET",
      url: `/api/evidence/${created.id}/download`,
      headers: { cookie: cookies.fillerA! },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(minutes)).toBe(true);

    const auditRows = await t.db
      .selectFrom("audit_log")
      .select(["action", "object_id", "detail"])
      .where("action", "=", "evidence.attach")
      .execute();
    expect(auditRows).toHaveLength(1);
    expect(auditRows[0]!.object_id).toBe(created.id);
    expect(JSON.parse(auditRows[0]!.detail)).toMatchObject({
      fromEvidenceId: minutesId,
      fromRoundId: lastYear,
      fromItemCode: "1.2",
    });

    // The library now shows one content used twice, this year's use first.
    const entries = (await library("fillerA", thisYear, units[0]!)).json().entries;
    expect(entries).toHaveLength(1);
    expect(entries[0].uses.map((use: { year: number }) => use.year)).toEqual([2022, 2021]);
  });

  it("refuses the same content on the same item twice, naming the field", async () => {
    const response = await attach("fillerA", thisYear, units[0]!, "1.1", minutesId);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain("已有这份材料");
    expect(response.json().error.fields[0].path).toBe("body.evidenceId");
  });

  it("keeps the per-item file limit for attachments as for uploads", async () => {
    const to = {
      cookie: cookies.fillerA!,
      roundId: thisYear,
      unitId: units[0]!.id,
      itemCode: "4.2",
    };
    const second = await uploadEvidence(t, to, "制度汇编.pdf", samplePdf("rules"));
    expect(second.statusCode, second.body).toBe(201);
    expect((await uploadEvidence(t, to, "照片.pdf", samplePdf("photo"))).statusCode).toBe(201);
    const full = await attach("fillerA", thisYear, units[0]!, "4.2", minutesId);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toContain("最多上传 2 个文件");
  });

  it("finds files by name, by item code or title, and by year", async () => {
    const names = async (query: string) =>
      (await library("fillerA", thisYear, units[0]!, query))
        .json()
        .entries.map((entry: { originalName: string }) => entry.originalName)
        .sort();
    expect(await names("?q=纪要")).toEqual(["2021年医保工作专题会议纪要.pdf"]);
    expect(await names("?q=制度")).toEqual(["制度汇编.pdf"]);
    expect(await names("?itemCode=4.2")).toEqual(["制度汇编.pdf", "照片.pdf"]);
    expect(await names("?q=专题研究")).toEqual(["2021年医保工作专题会议纪要.pdf"]);
    expect(await names("?year=2021")).toEqual(["2021年医保工作专题会议纪要.pdf"]);
    expect(await names("?year=2020")).toEqual([]);
    const bad = await library("fillerA", thisYear, units[0]!, "?year=abc");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("年度");
  });

  it("keeps every unit to its own library: another unit's file is not found", async () => {
    expect((await library("fillerB", thisYear, units[0]!)).statusCode).toBe(404);
    expect((await library("fillerB", thisYear, units[1]!)).json().entries).toEqual([]);
    const stolen = await attach("fillerB", thisYear, units[1]!, "1.1", minutesId);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().error.fields[0].path).toBe("body.evidenceId");
    expect((await library("reviewer", thisYear, units[0]!)).statusCode).toBe(403);
    expect((await attach("reviewer", thisYear, units[0]!, "1.1", minutesId)).statusCode).toBe(403);
  });

  it("attaches nothing to a round whose self-assessment is closed, or to an unknown or rating item", async () => {
    expect((await attach("fillerA", closed, units[0]!, "1.1", minutesId)).statusCode).toBe(409);
    const unknown = await attach("fillerA", thisYear, units[0]!, "99.9", minutesId);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe("params.itemCode");
    expect((await attach("fillerA", thisYear, units[0]!, "8", minutesId)).statusCode).toBe(400);
  });

  it("does not offer a deleted attachment, and deleting a reuse leaves the original", async () => {
    const reuse = await attach("fillerA", thisYear, units[0]!, "1.3", minutesId);
    expect(reuse.statusCode, reuse.body).toBe(201);
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/evidence/${reuse.json().id}`,
      headers: { cookie: cookies.fillerA! },
    });
    expect(removed.statusCode).toBe(204);
    const download = await t.app.inject({
      method: "GET",
      url: `/api/evidence/${minutesId}/download`,
      headers: { cookie: cookies.fillerA! },
    });
    expect(download.statusCode).toBe(200);
    const deletedSource = await attach("fillerA", thisYear, units[0]!, "1.4", reuse.json().id);
    expect(deletedSource.statusCode).toBe(404);
  });
});
