/**
 * The scheme's 说明 (`description`, decision 0335) on a real database: an imported 细则's notes
 * that say nothing of scoring are stored in the draft as written; the administrator edits it as
 * plain text of lines; it is bounded and refused with a Chinese message naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxOf } from "../../../test/office/layout-files.js";
import { workflowLimits } from "../../contract/workflow.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, roleCookie } from "../../testing/factories.js";
import { schemeDraft } from "../../testing/scheme-drafts.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { multipartBody } from "../../testing/zip.js";

describe(`a scheme's 说明 (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let admin = "";

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county", name: "东岭县" });
    admin = await roleCookie(t, county, "assessment_admin");
  });
  afterAll(async () => t.close());

  async function importWithNotes(code: string) {
    const upload = multipartBody(
      "考核细则.docx",
      await docxOf([
        "东岭县2028年度医保经办考核细则",
        [
          ["序号", "考核项目", "分值", "评分标准"],
          ["1", "档案管理", "10", "档案缺失的，每份扣1分。"],
        ],
        "注：1.考核数据截至2028年11月30日。2.本细则由县医保局负责解释。",
      ]),
    );
    const response = await t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}&code=${code}`,
      headers: { cookie: admin, ...upload.headers },
      payload: upload.payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { schemeId: string; summary: { warnings: string[] } };
  }

  const put = (id: string, version: number, document: unknown) =>
    t.app.inject({
      method: "PUT",
      url: `/api/schemes/${id}/draft`,
      headers: { cookie: admin },
      payload: { version, document } as object,
    });
  const get = async (id: string) =>
    (
      await t.app.inject({ method: "GET", url: `/api/schemes/${id}`, headers: { cookie: admin } })
    ).json() as { version: number; draft: Record<string, unknown> };

  it("stores the notes of an imported 细则 as the draft's 说明, as written, and says so once", async () => {
    const created = await importWithNotes("notes-kept");
    const draft = await schemeDraft(t, admin, created.schemeId);
    expect(draft.description).toBe(
      "注：1.考核数据截至2028年11月30日。2.本细则由县医保局负责解释。",
    );
    expect(created.summary.warnings.filter((w) => w.includes("方案说明"))).toEqual([
      "已作为方案说明保留（1条）：注：1.考核数据截至2028年11月30日。2.本细则由县医保局负责解释。",
    ]);
    expect(created.summary.warnings.join("\n")).not.toContain("未导入");
  });

  it("saves an edited 说明 of several lines as typed, and clears it", async () => {
    const created = await importWithNotes("notes-edit");
    const scheme = await get(created.schemeId);
    const text = "本细则由县医保局负责解释。\n\t考核数据截至2028年11月30日。";
    const saved = await put(created.schemeId, scheme.version, {
      ...scheme.draft,
      description: text,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await get(created.schemeId)).draft.description).toBe(text);
    const { description: _gone, ...without } = scheme.draft;
    const cleared = await put(created.schemeId, scheme.version + 1, without);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((await get(created.schemeId)).draft.description).toBeUndefined();
  });

  it.each([
    [
      "too long",
      "说".repeat(workflowLimits.schemeDescription.max + 1),
      `方案说明最长 ${workflowLimits.schemeDescription.max} 个字符（现有 ${workflowLimits.schemeDescription.max + 1} 个）`,
    ],
    [
      "a direction override",
      "本细则\u202e由县局解释",
      "方案说明不能包含控制字符、文字方向控制符或零宽字符",
    ],
    [
      "a zero-width space",
      "本细则\u200b由县局解释",
      "方案说明不能包含控制字符、文字方向控制符或零宽字符",
    ],
  ])(
    "refuses a 说明 %s, naming the field, and keeps the old draft",
    async (what, text, message) => {
      const created = await importWithNotes(`notes-bad-${what.length}`);
      const scheme = await get(created.schemeId);
      const response = await put(created.schemeId, scheme.version, {
        ...scheme.draft,
        description: text,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([
        { path: "body.document.description", message },
      ]);
      expect((await get(created.schemeId)).draft).toEqual(scheme.draft);
    },
  );
});
