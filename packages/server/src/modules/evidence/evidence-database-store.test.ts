/**
 * Evidence kept in the database (KAOPING_EVIDENCE_STORE=database, decision 0180): the bytes are
 * written with the evidence row, served back and verified like files, nothing lands in the data
 * directory, and an upload refused inside the transaction leaves no bytes behind.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildUser, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";
import { samplePdf } from "../demo/sample-files.js";
import { createAuditWriter } from "../audit/writer.js";
import { createDatabaseEvidenceStore } from "./database-store.js";
import { verifyEvidenceFiles } from "./verify.js";

describe(`evidence in the database (${testDialect})`, () => {
  let t: TestApp;
  let unit: OrganisationRow;
  let roundId: string;
  let cookie: string;
  let failAudit = false;

  beforeAll(async () => {
    const audit = createAuditWriter(() => new Date());
    t = await createTestApp({
      configure: (config) => {
        config.evidenceStore = "database";
      },
      // Fails the upload's audit record on demand: the transaction, bytes included, rolls back.
      auditWriter: async (trx, entry) => {
        if (failAudit && entry.action === "evidence.upload") throw new Error("audit down");
        await audit(trx, entry);
      },
    });
    const built = await buildCounty(t.db, 1);
    unit = built.units[0]!;
    roundId = await buildRound(t.db, {
      assessing: built.county,
      units: built.units,
      schemeVersionId: await buildSchemeVersion(t.db, built.county),
      state: "self_assessment",
    });
    const { user } = await buildUser(t.db, {
      organisation: unit,
      roles: [{ role: "unit_filler" }],
    });
    cookie = await sessionCookieFor(t.app, t.db, user, t.clock.now());
  });
  afterAll(async () => t.close());

  const upload = (data: Buffer, itemCode = "4.1") => {
    const body = multipartBody("统计表.pdf", data);
    return t.app.inject({
      method: "POST",
      url: `/api/rounds/${roundId}/units/${unit.id}/items/${itemCode}/evidence`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  };
  const blobs = () => t.db.selectFrom("evidence_blobs").select(["sha256", "size"]).execute();
  const filesUnder = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
      : [];

  it("stores the bytes with the row and serves them back, with no file on disk", async () => {
    const pdf = samplePdf("参保率 99.65%");
    const response = await upload(pdf);
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json();
    expect(await blobs()).toEqual([{ sha256: file.sha256, size: pdf.length }]);
    expect(filesUnder(path.join(t.config.dataDir, "evidence"))).toEqual([]);
    const download = await t.app.inject({
      method: "GET",
      url: `/api/evidence/${file.id}/download`,
      headers: { cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const store = createDatabaseEvidenceStore(t.db, t.config.dataDir);
    const verified = await verifyEvidenceFiles(t.db, store, async () => undefined);
    expect([verified.files, verified.problems]).toEqual([1, []]);
  });

  it("keeps no bytes of an upload whose transaction rolls back", async () => {
    const before = await blobs();
    failAudit = true;
    const refused = await upload(samplePdf("另一份材料"), "4.2");
    failAudit = false;
    expect(refused.statusCode).toBe(500);
    expect(await blobs()).toEqual(before);
    expect(filesUnder(path.join(t.config.dataDir, "evidence"))).toEqual([]);
  });
});
