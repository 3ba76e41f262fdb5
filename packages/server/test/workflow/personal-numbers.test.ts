/**
 * docs/spec/security.md row 22 (issue 15, finding 12): an ID-card number and a mobile number typed
 * into a text fact appear masked in the audit log, the server log and the Excel export.
 */
import { Writable } from "node:stream";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idCardNumber } from "../../src/testing/personal-numbers.js";
import { testDialect } from "../../src/testing/database.js";
import { createTestApp, type TestApp } from "../../src/testing/test-app.js";
import { buildCountyWithPeople, caller, type County } from "./county.js";
import { driveRound } from "./drive.js";

describe(`personal numbers masked (${testDialect})`, () => {
  let t: TestApp;
  let c: County;
  let log = "";
  const id = idCardNumber("330502", "19851231", "042");
  const mobile = "13912345678";
  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    t = await createTestApp({ logStream });
    c = await buildCountyWithPeople(t, 1);
  });
  afterAll(async () => t.close());

  it("masks them in the audit log, the server log and the exported workbook", async () => {
    const call = caller(t);
    const { id: rid } = await driveRound(t, c, "self_assessment");
    const unit = c.units[0]!.id;
    const saved = await call(
      c.fillers[0]!,
      "PUT",
      `/api/rounds/${rid}/units/${unit}/self-assessment/items/9.6/facts`,
      {
        version: 0,
        facts: { endorsements: [{ work: `经办人身份证${id}，电话${mobile}`, level: "city" }] },
      },
    );
    expect(saved.status, saved.text).toBe(200);
    await call(c.admin, "GET", `/api/organisations?q=${mobile}`);

    const audit = await t.db.selectFrom("audit_log").select("detail").execute();
    const auditText = audit.map((row) => row.detail).join("\n");
    expect(auditText).toContain("330502********");
    expect(auditText).toContain("139****5678");

    const template = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${rid}/units/${unit}/documents/facts-template`,
      headers: { cookie: c.fillers[0]! },
    });
    expect(template.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(template.rawPayload);
    let workbook = "";
    for (const file of Object.values(zip.files)) workbook += await file.async("string");
    expect(workbook).toContain("139****5678");

    for (const [where, text] of [
      ["audit log", auditText],
      ["server log", log],
      ["workbook", workbook],
    ] as const) {
      expect(text, where).not.toContain(id);
      expect(text, where).not.toContain(mobile);
    }
  });
});
