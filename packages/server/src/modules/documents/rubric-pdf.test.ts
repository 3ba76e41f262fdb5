/**
 * Uploading a 评分细则 as a PDF (decision 0324), on a real database: the upload route reads it
 * into the same draft as the same rubric uploaded as .docx, audited as `scheme.create`; the same
 * permission (a reviewer is refused); a scan, an encrypted PDF and a file named .pdf that is not
 * one refused in Chinese, naming the file field, creating nothing.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writtenLayouts } from "../../../test/office/pdf/written.js";
import type { OrganisationRow } from "../../db/schema.js";
import { expectOneAuditRow } from "../../testing/audit-rows.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, roleCookie } from "../../testing/factories.js";
import { countSchemes, schemeDraft } from "../../testing/scheme-drafts.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { multipartBody } from "../../testing/zip.js";

const pdfOf = (name: string) =>
  readFile(new URL(`../../../test/office/pdf/${name}.pdf`, import.meta.url));

describe(`uploading a rubric as PDF (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county", name: "白河县" });
    cookies.admin = await roleCookie(t, county, "assessment_admin");
    cookies.reviewer = await roleCookie(t, county, "reviewer");
  });
  afterAll(async () => t.close());

  const upload = (who: string, name: string, bytes: Buffer, code = "") => {
    const body = multipartBody(name, bytes);
    return t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}${code}`,
      headers: { cookie: cookies[who] ?? "", ...body.headers },
      payload: body.payload,
    });
  };
  const schemeCount = () => countSchemes(t);
  const draftOf = (schemeId: string) => schemeDraft(t, cookies.admin ?? "", schemeId);

  it("reads a PDF into the same draft as the .docx it was printed from, audited as the upload", async () => {
    const layout = writtenLayouts.find((l) => l.file === "merged-notes");
    if (layout === undefined) throw new Error("no layout");
    const docx = await upload("admin", "细则.docx", await layout.build(), "&code=from-docx");
    expect(docx.statusCode, docx.body).toBe(201);
    const pdf = await upload(
      "admin",
      "白河县考核细则.PDF",
      await pdfOf("merged-notes.libreoffice"),
      "&code=from-pdf",
    );
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json().title).toBe("白河县2027年度医疗保障工作考核评分细则");
    expect(pdf.json().proposals).toEqual(docx.json().proposals);
    expect(pdf.json().summary).toEqual(docx.json().summary);
    expect(pdf.json().proposals.length).toBe(5);
    expect((await draftOf(pdf.json().schemeId)).items).toEqual(
      (await draftOf(docx.json().schemeId)).items,
    );
    await expectOneAuditRow(t.db, pdf, "scheme.create", { objectId: pdf.json().schemeId });
  });

  it("is the upload's permission: a reviewer is refused, nothing created", async () => {
    const before = await schemeCount();
    const refused = await upload("reviewer", "细则.pdf", await pdfOf("plain.chromium"));
    expect(refused.statusCode, refused.body).toBe(403);
    expect(await schemeCount()).toBe(before);
  });

  it.each([
    ["scan", /扫描件/],
    ["encrypted", /PDF 文件已加密/],
  ])("refuses %s in Chinese, naming the file, creating nothing", async (name, message) => {
    const before = await schemeCount();
    const res = await upload("admin", `${name}.pdf`, await pdfOf(name));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(message);
    expect(res.json().error.fields[0].path).toBe("body.file");
    expect(await schemeCount()).toBe(before);
  });

  it("refuses a file named .pdf that is not a PDF by its first bytes", async () => {
    const res = await upload("admin", "细则.pdf", Buffer.from("PK\u0003\u0004 not a pdf"));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(/文件头不是 %PDF-/);
  });
});
