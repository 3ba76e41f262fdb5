/**
 * Evidence files (佐证材料): stored by SHA-256 and served back with safe headers; oversize,
 * disguised and zip-bomb uploads refused; a per-item limit; another unit's files answer 404; a
 * changed file on disk is detected (download and `kaoping evidence verify`); deletion only before
 * submission. Appeal attachments: evidence-appeals.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import {
  buildEvidenceWorld,
  uploadEvidence,
  type EvidenceWorld,
} from "../../testing/evidence-setup.js";
import type { TestApp } from "../../testing/test-app.js";
import { buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { buildZip, sampleDocx } from "../../testing/zip.js";
import { samplePdf, samplePng } from "../demo/sample-files.js";

describe(`evidence (${testDialect})`, () => {
  let t: TestApp;
  let units: OrganisationRow[];
  let roundId: string;
  let cookies: EvidenceWorld["cookies"];

  beforeAll(async () => {
    const world = await buildEvidenceWorld(3);
    ({ t, units, cookies } = world);
    roundId = await buildRound(t.db, {
      assessing: world.county,
      units,
      schemeVersionId: await buildSchemeVersion(t.db, world.county),
      state: "self_assessment",
    });
  });
  afterAll(async () => t.close());

  const upload = (
    who: keyof EvidenceWorld["cookies"],
    fileName: string,
    data: Buffer,
    itemCode = "4.1",
    unit = units[0]!,
  ) =>
    uploadEvidence(t, { cookie: cookies[who], roundId, unitId: unit.id, itemCode }, fileName, data);
  const download = (who: keyof EvidenceWorld["cookies"], id: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/evidence/${id}/download`,
      headers: { cookie: cookies[who] },
    });

  it("stores a PDF by its SHA-256 under the data directory and serves it back as an attachment with safe headers", async () => {
    const pdf = samplePdf("Evidence 4.1");
    const response = await upload("fillerA", "参保率统计表（2022）.pdf", pdf);
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json();
    expect(file).toMatchObject({
      originalName: "参保率统计表（2022）.pdf",
      size: pdf.length,
      contentType: "application/pdf",
      itemCode: "4.1",
    });
    const row = await t.db
      .selectFrom("evidence_files")
      .selectAll()
      .where("id", "=", file.id)
      .executeTakeFirstOrThrow();
    expect(row.stored_name).toBe(
      `${row.sha256.slice(0, 2)}/${row.sha256.slice(2, 4)}/${row.sha256}`,
    );
    expect(
      fs.readFileSync(path.join(t.config.dataDir, "evidence", row.stored_name)).equals(pdf),
    ).toBe(true);

    const got = await download("reviewer", file.id);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect(got.headers["content-type"]).toBe("application/pdf");
    expect(got.headers["content-disposition"]).toBe(
      `attachment; filename="_______2022_.pdf"; filename*=UTF-8''${encodeURIComponent("参保率统计表（2022）.pdf")}`,
    );
    expect(got.headers["x-content-type-options"]).toBe("nosniff");
    expect(got.headers["content-security-policy"]).toContain("sandbox");
    const list = await t.app.inject({
      method: "GET",
      url: `/api/rounds/${roundId}/units/${units[0]!.id}/evidence?itemCode=4.1`,
      headers: { cookie: cookies.fillerA },
    });
    expect(list.json().map((f: { id: string }) => f.id)).toContain(file.id);
  });

  it("refuses an oversize file with 413 and keeps nothing", async () => {
    const big = Buffer.concat([samplePdf("x"), Buffer.alloc(70 * 1024, 0x20)]);
    const response = await upload("fillerA", "big.pdf", big, "1.1");
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(
      await t.db.selectFrom("evidence_files").select("id").where("item_code", "=", "1.1").execute(),
    ).toEqual([]);
    expect(fs.readdirSync(path.join(t.config.dataDir, "evidence", "tmp"))).toEqual([]);
  });

  it("refuses a renamed .exe, an unknown extension and a fake docx with 415", async () => {
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]);
    const renamed = await upload("fillerA", "报告.pdf", exe, "1.2");
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error.message).toContain("不符");
    expect((await upload("fillerA", "tool.exe", exe, "1.2")).statusCode).toBe(415);
    expect(
      (
        await upload(
          "fillerA",
          "fake.docx",
          buildZip([{ name: "a.txt", data: Buffer.from("hi") }]),
          "1.2",
        )
      ).statusCode,
    ).toBe(415);
    expect((await upload("fillerA", "real.docx", sampleDocx(), "1.2")).statusCode).toBe(201);
  });

  it("stores a `../../x` name safely: only its last segment is kept and nothing is written outside the evidence folder", async () => {
    const response = await upload("fillerA", "../../x.png", samplePng(4, 4, [200, 0, 0]), "1.3");
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().originalName).toBe("x.png");
    expect(fs.existsSync(path.join(t.config.dataDir, "..", "x.png"))).toBe(false);
    expect(fs.existsSync(path.join(t.config.dataDir, "x.png"))).toBe(false);
  });

  it("refuses zip bombs, whether the headers tell the truth or lie", async () => {
    const zeros = Buffer.alloc(1024 * 1024);
    const honest = await upload(
      "fillerA",
      "bomb.zip",
      buildZip([{ name: "zeros.bin", data: zeros }]),
      "1.4",
    );
    expect(honest.statusCode).toBe(415);
    expect(honest.json().error.message).toContain("压缩炸弹");
    const liar = await upload(
      "fillerA",
      "liar.xlsx",
      buildZip([{ name: "xl/workbook.xml", data: zeros, declaredSize: 10 }]),
      "1.4",
    );
    expect(liar.statusCode).toBe(415);
    expect(
      (
        await upload(
          "fillerA",
          "ok.zip",
          buildZip([{ name: "a.txt", data: Buffer.from("ok") }]),
          "1.4",
        )
      ).statusCode,
    ).toBe(201);
  });

  it("limits the number of files per item", async () => {
    for (let i = 0; i < 3; i++)
      expect(
        (await upload("fillerA", `p${i}.png`, samplePng(2, 2, [0, i, 0]), "2.1")).statusCode,
      ).toBe(201);
    expect((await upload("fillerA", "p4.png", samplePng(2, 2, [0, 9, 0]), "2.1")).statusCode).toBe(
      409,
    );
  });

  it("answers 404 for another unit's files, on list, download, upload and delete", async () => {
    const own = (await upload("fillerA", "a.pdf", samplePdf("A"), "2.2")).json();
    expect((await download("fillerB", own.id)).statusCode).toBe(404);
    expect(
      (
        await t.app.inject({
          method: "DELETE",
          url: `/api/evidence/${own.id}`,
          headers: { cookie: cookies.fillerB },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: `/api/rounds/${roundId}/units/${units[0]!.id}/evidence`,
          headers: { cookie: cookies.fillerB },
        })
      ).statusCode,
    ).toBe(404);
    expect((await upload("fillerB", "b.pdf", samplePdf("B"), "2.2", units[0]!)).statusCode).toBe(
      404,
    );
  });

  it("detects a flipped byte on disk: integrity error and an audit event, nothing served", async () => {
    const pdf = samplePdf("Integrity check");
    const file = (await upload("fillerA", "i.pdf", pdf, "3.1")).json();
    const row = await t.db
      .selectFrom("evidence_files")
      .selectAll()
      .where("id", "=", file.id)
      .executeTakeFirstOrThrow();
    const onDisk = path.join(t.config.dataDir, "evidence", row.stored_name);
    const bytes = fs.readFileSync(onDisk);
    bytes[20] = bytes[20]! ^ 0xff;
    fs.writeFileSync(onDisk, bytes);
    const response = await download("fillerA", file.id);
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe("EVIDENCE_INTEGRITY");
    const events = await t.db
      .selectFrom("audit_log")
      .select(["action", "outcome"])
      .where("object_id", "=", file.id)
      .where("action", "=", "evidence.integrity_failed")
      .execute();
    expect(events).toEqual([{ action: "evidence.integrity_failed", outcome: "failure" }]);
  });

  it("`kaoping evidence verify` lists the changed file, and an upload of the same content repairs it", async () => {
    const run = async () => {
      let out = "";
      const ctx = {
        stdout: { write: (chunk: string) => ((out += chunk), true) },
        stderr: { write: (chunk: string) => ((out += chunk), true) },
        env: { DATABASE_URL: t.database.databaseUrl, DATABASE_SCHEMA: t.database.databaseSchema },
        cwd: process.cwd(),
      };
      return {
        status: await main(["evidence", "verify", "--data-dir", t.config.dataDir], ctx),
        out,
      };
    };
    const broken = await run();
    expect(broken.status, broken.out).toBe(1);
    expect(broken.out).toContain("已改动  i.pdf");
    expect(
      (await upload("fillerA", "again.pdf", samplePdf("Integrity check"), "3.1")).statusCode,
    ).toBe(201);
    const repaired = await run();
    expect(repaired.status, repaired.out).toBe(0);
    const events = await t.db
      .selectFrom("audit_log")
      .select("outcome")
      .where("action", "=", "evidence.verify")
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.outcome)).toEqual(["failure", "success"]);
  });

  it("deletes a file before submission, and refuses after it", async () => {
    const file = (await upload("fillerA", "d.pdf", samplePdf("D"), "3.2")).json();
    const deleted = await t.app.inject({
      method: "DELETE",
      url: `/api/evidence/${file.id}`,
      headers: { cookie: cookies.fillerA },
    });
    expect(deleted.statusCode).toBe(204);
    expect((await download("fillerA", file.id)).statusCode).toBe(404);
    const kept = (await upload("fillerA", "e.pdf", samplePdf("E"), "3.2")).json();
    await t.db
      .updateTable("round_units")
      .set({ status: "submitted" })
      .where("round_id", "=", roundId)
      .where("unit_id", "=", units[0]!.id)
      .execute();
    try {
      const refused = await t.app.inject({
        method: "DELETE",
        url: `/api/evidence/${kept.id}`,
        headers: { cookie: cookies.fillerA },
      });
      expect(refused.statusCode).toBe(409);
      expect((await upload("fillerA", "f.pdf", samplePdf("F"), "3.2")).statusCode).toBe(409);
    } finally {
      await t.db
        .updateTable("round_units")
        .set({ status: "draft" })
        .where("round_id", "=", roundId)
        .where("unit_id", "=", units[0]!.id)
        .execute();
    }
  });
});
