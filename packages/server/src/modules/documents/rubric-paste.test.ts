/**
 * Importing a 评分细则 by pasting it (decision 0317), on a real database: the paste route answers
 * like the upload — same permission, same answer, same draft for the same table, audited as
 * `scheme.create` — and refuses an empty paste, a part over 2 MB (naming the part), unknown
 * fields and a paste holding no rubric, in Chinese, creating nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { excelTsv, rubricCells, wordHtml } from "../../../test/office/clipboard-samples.js";
import { docxOf } from "../../../test/office/layout-files.js";
import type { OrganisationRow } from "../../db/schema.js";
import { expectOneAuditRow } from "../../testing/audit-rows.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, roleCookie } from "../../testing/factories.js";
import { countSchemes, schemeDraft } from "../../testing/scheme-drafts.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { multipartBody } from "../../testing/zip.js";

describe(`pasting a rubric (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county", name: "西川县" });
    cookies.admin = await roleCookie(t, county, "assessment_admin");
    cookies.reviewer = await roleCookie(t, county, "reviewer");
    cookies.system = await roleCookie(t, county, "system_admin");
  });
  afterAll(async () => t.close());

  const paste = (who: string, body: unknown, query = "") =>
    t.app.inject({
      method: "POST",
      url: `/api/rubric-imports/paste?assessingOrganisationId=${county.id}${query}`,
      headers: { cookie: cookies[who] ?? "", "content-type": "application/json" },
      payload: JSON.stringify(body),
    });
  const schemeCount = () => countSchemes(t);
  const draftOf = (schemeId: string) => schemeDraft(t, cookies.admin ?? "", schemeId);

  it("reads a table pasted from Word into the same draft as the same table uploaded as .docx, audited", async () => {
    const upload = multipartBody(
      "医疗保障考核细则.docx",
      await docxOf(["西川县2026年度医疗保障工作考核评分细则", rubricCells]),
    );
    const uploaded = await t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}&code=uploaded`,
      headers: { cookie: cookies.admin ?? "", ...upload.headers },
      payload: upload.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const pasted = await paste("admin", { html: wordHtml, text: excelTsv }, "&code=pasted");
    expect(pasted.statusCode, pasted.body).toBe(201);
    const fromFile = uploaded.json();
    const fromPaste = pasted.json();
    expect(fromPaste.code).toBe("pasted");
    expect(fromPaste.title).toBe("西川县2026年度医疗保障工作考核评分细则");
    expect(fromPaste.proposals).toEqual(fromFile.proposals);
    expect(fromPaste.summary).toEqual(fromFile.summary);
    expect(fromPaste.proposals.map((p: { code: string }) => p.code)).toEqual([
      "1.1",
      "1.2",
      "2",
      "3",
    ]);
    expect((await draftOf(fromPaste.schemeId)).items).toEqual(
      (await draftOf(fromFile.schemeId)).items,
    );
    await expectOneAuditRow(t.db, pasted, "scheme.create", { objectId: fromPaste.schemeId });
  });

  it("takes the title given, and reads Excel's tab-separated text when there is no HTML", async () => {
    const pasted = await paste("admin", { text: excelTsv, title: "  医保考核（粘贴）  " });
    expect(pasted.statusCode, pasted.body).toBe(201);
    expect(pasted.json().title).toBe("医保考核（粘贴）");
    expect(pasted.json().proposals).toHaveLength(4);
  });

  it("is the upload's permission: a reviewer or a system administrator is refused, nothing created", async () => {
    const before = await schemeCount();
    for (const who of ["reviewer", "system"]) {
      const refused = await paste(who, { html: wordHtml });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await schemeCount()).toBe(before);
  });

  it("refuses a part over 2 MB naming it, an empty paste, unknown fields and a paste with no rubric, in Chinese", async () => {
    const before = await schemeCount();
    const tooLong = await paste("admin", {
      html: `<table>${"<tr><td>x</td></tr>".repeat(120_000)}</table>`,
    });
    expect(tooLong.statusCode, tooLong.body.slice(0, 300)).toBe(400);
    expect(tooLong.json().error.fields).toEqual([
      { path: "body.html", message: "粘贴的表格内容超过 2 MB，请分几次粘贴或上传文件。" },
    ]);
    // 700 000 Chinese characters: under 2 million characters, over 2 MB.
    const tooBig = await paste("admin", { html: wordHtml, text: "扣".repeat(700_000) });
    expect(tooBig.statusCode, tooBig.body.slice(0, 300)).toBe(400);
    expect(tooBig.json().error.fields).toEqual([
      { path: "body.text", message: "粘贴的文字内容超过 2 MB，请分几次粘贴或上传文件。" },
    ]);
    for (const body of [{}, { html: "  \n", text: "" }]) {
      const empty = await paste("admin", body);
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.fields).toEqual([
        {
          path: "body.html",
          message: "粘贴的内容是空的：请先在 Word、WPS、Excel 或网页中复制评分细则表格，再粘贴。",
        },
      ]);
    }
    const unknown = await paste("admin", { html: wordHtml, file: "x.docx" });
    expect(unknown.statusCode).toBe(400);
    const none = await paste("admin", { html: "<p>关于开展年度考核的通知</p>" });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual([
      { path: "body.html", message: expect.stringMatching(/^粘贴的内容中找不到评分细则表格/) },
    ]);
    expect(await schemeCount()).toBe(before);
  });

  it("asks for the title when the paste has none, creating nothing; the title given then names it", async () => {
    const before = await schemeCount();
    const bare =
      "<table><tr><td>序号</td><td>考核项目</td><td>分值</td><td>评分标准</td></tr>" +
      "<tr><td>1</td><td>待遇经办</td><td>10</td><td>办理时限超过规定的，每件扣1分。</td></tr></table>" +
      "<p>注：本表由区医保局负责解释。</p>";
    const asked = await paste("admin", { html: bare });
    expect(asked.statusCode, asked.body).toBe(400);
    expect(asked.json().error.fields).toEqual([
      {
        path: "body.title",
        message: expect.stringMatching(/^粘贴的内容中没有标题：请在“方案名称”中填写/),
      },
    ]);
    expect(await schemeCount()).toBe(before);
    const titled = await paste("admin", { html: bare, title: "东坡区医保经办考核" });
    expect(titled.statusCode, titled.body).toBe(201);
    expect(titled.json().title).toBe("东坡区医保经办考核");
  });
});
