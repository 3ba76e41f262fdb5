/** The documents routes on a real database: downloads with object-level access and audit, batch jobs, rubric import. */
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffWorkbook } from "../../../test/office/heldout/sheet-cells.js";
import { medicalAidRubricDocx } from "../../../test/office/source-rubrics.js";
import { fixtureInput } from "../../../test/office/samples.js";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { docxOf, factsSheetOf, workbookOf } from "../../testing/documents.js";
import { roleCookie } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildCounty, buildRound, buildSchemeVersion } from "../../testing/workflow-factories.js";
import { multipartBody } from "../../testing/zip.js";
import { samplePdf } from "../demo/sample-files.js";

const liuan = fixtureInput("medical-aid-2021/liuan-self-evaluation-2021.json").units[0]
  ?.facts as Record<string, Record<string, unknown>>;

describe(`documents routes (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let units: OrganisationRow[];
  let roundId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ({ county, units } = await buildCounty(t.db, 2));
    const versionId = await buildSchemeVersion(t.db, county, "medical-aid-2021");
    roundId = await buildRound(t.db, {
      assessing: county,
      units,
      schemeVersionId: versionId,
      state: "self_assessment",
    });
    cookies.admin = await roleCookie(t, county, "assessment_admin");
    cookies.reviewer = await roleCookie(t, county, "reviewer");
    cookies.fillerA = await roleCookie(t, units[0] as OrganisationRow, "unit_filler");
    cookies.fillerB = await roleCookie(t, units[1] as OrganisationRow, "unit_filler");
    // Unit A enters the seed's self-assessment and a narrative through the self-assessment API.
    const base = `/api/rounds/${roundId}/units/${units[0]?.id}/self-assessment/items`;
    for (const [code, facts] of Object.entries(liuan)) {
      const saved = await call("fillerA", "PUT", `${base}/${code}/facts`, { version: 0, facts });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    expect(
      (
        await call("fillerA", "PUT", `${base}/4/narrative`, {
          version: 0,
          text: "长期公布举报电话，但部分村社区未设立举报箱。",
        })
      ).statusCode,
    ).toBe(200);
  });
  afterAll(async () => t.close());

  function call(
    who: string,
    method: "GET" | "POST" | "PUT",
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    return t.app.inject({
      method,
      url,
      headers: { cookie: cookies[who] ?? "", ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  const exports = () =>
    t.db.selectFrom("audit_log").selectAll().where("action", "=", "document.export").execute();

  it("gives a unit its own report (self scores, narrative) as an attachment, audited; another unit gets 404", async () => {
    const before = (await exports()).length;
    const url = `/api/rounds/${roundId}/units/${units[0]?.id}/documents/self-report`;
    const res = await call("fillerA", "GET", url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="[^"]+"; filename\*=UTF-8''/,
    );
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    const text = (await docxOf(res.rawPayload)).paragraphs;
    expect(text).toContain("四、监督检查（分值20分，自评19分）");
    expect(text).toContain("长期公布举报电话，但部分村社区未设立举报箱。");
    expect(text.some((p) => p.includes("绩效自评得分99分"))).toBe(true);
    expect((await exports()).length).toBe(before + 1);
    expect((await call("fillerB", "GET", url)).statusCode).toBe(404);
    expect(
      (
        await call(
          "fillerB",
          "GET",
          `/api/rounds/${roundId}/units/${units[0]?.id}/documents/score-sheet`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it("lists each item's evidence in the score sheet's 备注 (issue 18)", async () => {
    const upload = (name: string, itemCode: string) => {
      t.clock.advance(1_000); // listed in upload order
      const body = multipartBody(name, samplePdf(name));
      return t.app.inject({
        method: "POST",
        url: `/api/rounds/${roundId}/units/${units[0]?.id}/items/${itemCode}/evidence`,
        headers: { cookie: cookies.fillerA!, ...body.headers },
        payload: body.payload,
      });
    };
    expect((await upload("救助实施方案.pdf", "1.1")).statusCode).toBe(201);
    expect((await upload("一站式结算记录.pdf", "1.1")).statusCode).toBe(201);
    expect((await upload("资助参保名册.pdf", "1.2")).statusCode).toBe(201);
    const res = await call(
      "fillerA",
      "GET",
      `/api/rounds/${roundId}/units/${units[0]?.id}/documents/score-sheet`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const { cells } = await docxOf(res.rawPayload);
    expect(cells).toContainEqual(
      expect.stringContaining("佐证材料：救助实施方案.pdf、一站式结算记录.pdf"),
    );
    expect(cells).toContainEqual(expect.stringContaining("佐证材料：资助参保名册.pdf"));
    // The 绩效自评报告's 细则 table lists them too (issue 18 part 4).
    const report = await call(
      "fillerA",
      "GET",
      `/api/rounds/${roundId}/units/${units[0]?.id}/documents/self-report`,
    );
    expect(report.statusCode, report.body).toBe(200);
    const reportCells = (await docxOf(report.rawPayload)).cells;
    expect(reportCells).toContainEqual(
      expect.stringContaining("佐证材料：救助实施方案.pdf、一站式结算记录.pdf"),
    );
    // Another unit's sheet lists none of them.
    const other = await call(
      "admin",
      "GET",
      `/api/rounds/${roundId}/units/${units[1]?.id}/documents/score-sheet`,
    );
    expect((await docxOf(other.rawPayload)).xml).not.toContain("佐证材料：");
  });

  it("gives the assessing organisation the round workbook and the facts template; units may not", async () => {
    const res = await call("admin", "GET", `/api/rounds/${roundId}/documents/workbook`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = await workbookOf(res.rawPayload);
    const ranking = wb.getWorksheet("排名");
    expect(ranking?.getRow(3).getCell(3).value).toBe(99);
    expect(ranking?.getRow(3).getCell(2).value).toBe(units[0]?.name);
    expect(
      (await call("fillerA", "GET", `/api/rounds/${roundId}/documents/workbook`)).statusCode,
    ).toBe(403);
    const template = await call(
      "reviewer",
      "GET",
      `/api/rounds/${roundId}/documents/facts-template`,
    );
    expect(template.statusCode).toBe(200);
    expect(template.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });

  it("gives the ranking alone (排名表) as an .xlsx with one sheet and print setup; units may not", async () => {
    const res = await call("admin", "GET", `/api/rounds/${roundId}/documents/ranking`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-disposition"]).toContain(encodeURIComponent("排名表.xlsx"));
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["排名"]);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(2).getCell(1).value).toBe("名次");
    // Unit A entered the seed's self-assessment (99); unit B entered nothing.
    expect(sheet?.getRow(3).getCell(1).value).toBe(1);
    expect(sheet?.getRow(3).getCell(2).value).toBe(units[0]?.name);
    expect(sheet?.getRow(3).getCell(3).value).toBe(99);
    expect(sheet?.getRow(4).getCell(2).value).toBe(units[1]?.name);
    expect(sheet?.pageSetup.orientation).toBe("landscape");
    expect(sheet?.pageSetup.printTitlesRow).toBe("1:2");
    for (const who of ["fillerA", "fillerB"])
      expect((await call(who, "GET", `/api/rounds/${roundId}/documents/ranking`)).statusCode).toBe(
        403,
      );
    expect(
      (await call("reviewer", "GET", `/api/rounds/${roundId}/documents/ranking`)).statusCode,
    ).toBe(200);
  });

  it("builds a .zip of every unit's score sheet as a job with progress, visible only to its starter", async () => {
    const started = await call("admin", "POST", `/api/rounds/${roundId}/documents/batch`, {
      kind: "score-sheets",
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json() as { id: string; total: number };
    expect(job.total).toBe(2);
    let state = "running";
    for (let i = 0; i < 100 && state === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = (await call("admin", "GET", `/api/document-jobs/${job.id}`)).json().state as string;
    }
    expect(state).toBe("done");
    expect((await call("reviewer", "GET", `/api/document-jobs/${job.id}`)).statusCode).toBe(404);
    const zip = await call("admin", "GET", `/api/document-jobs/${job.id}/download`);
    expect(zip.statusCode).toBe(200);
    const files = Object.keys((await JSZip.loadAsync(zip.rawPayload)).files);
    expect(files).toEqual([
      `001-${units[0]?.name}-评分表.docx`,
      `002-${units[1]?.name}-评分表.docx`,
    ]);
    expect(
      (
        await call("admin", "POST", `/api/rounds/${roundId}/documents/batch`, {
          kind: "everything",
        })
      ).statusCode,
    ).toBe(400);
  });

  it("imports a 评分细则 as a new scheme through the schemes service, with proposals", async () => {
    const upload = multipartBody("城乡医疗救助评分细则.docx", await medicalAidRubricDocx());
    const res = await t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}&code=aid-imported`,
      headers: { cookie: cookies.admin ?? "", ...upload.headers },
      payload: upload.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as {
      schemeId: string;
      code: string;
      proposals: { code: string; kind: string }[];
    };
    expect(body.code).toBe("aid-imported");
    expect(body.proposals).toHaveLength(17);
    expect((await call("admin", "GET", `/api/schemes/${body.schemeId}`)).statusCode).toBe(200);
    const created = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "scheme.create")
      .execute();
    expect(created.length).toBeGreaterThan(0);
    const bad = multipartBody("细则.txt", Buffer.from("评分细则"));
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/rubric-imports?assessingOrganisationId=${county.id}`,
          headers: { cookie: cookies.admin ?? "", ...bad.headers },
          payload: bad.payload,
        })
      ).statusCode,
    ).toBe(415);
    const broken = multipartBody("细则.docx", Buffer.from("not a zip"));
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}`,
      headers: { cookie: cookies.admin ?? "", ...broken.headers },
      payload: broken.payload,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe("文件不是有效的 Office 文档（不是 zip 格式）");
  });

  it("titles the draft of a workbook without a title row by the uploaded file's name (decision 0323)", async () => {
    const sheet = await staffWorkbook([
      {
        name: "Sheet1",
        rows: [
          ["序号", "考核内容", "分值", "评分标准"],
          [1, "窗口服务", 5, "窗口服务被有效投诉的，每次扣1分。"],
        ],
      },
    ]);
    const upload = multipartBody("东岭县2027年医保考核细则.xlsx", sheet);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/rubric-imports?assessingOrganisationId=${county.id}&code=sheet-named`,
      headers: { cookie: cookies.admin ?? "", ...upload.headers },
      payload: upload.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { title: string }).title).toBe("东岭县2027年医保考核细则");
  });

  it("imports a unit's filled template into its self-assessment all at once, or nothing with every bad cell named", async () => {
    const unitB = units[1] as OrganisationRow;
    const template = await call(
      "fillerB",
      "GET",
      `/api/rounds/${roundId}/units/${unitB.id}/documents/facts-template`,
    );
    expect(template.statusCode, template.body).toBe(200);
    const wb = await workbookOf(template.rawPayload);
    const { ws, col } = factsSheetOf(wb);
    expect(ws.getCell(3, 2).value).toBe(unitB.name);
    ws.getCell(3, col("1.1.planIssued")).value = "是";
    ws.getCell(3, col("1.1.oneStop")).value = "否";
    ws.getCell(3, col("2.6.majorDiseaseCases")).value = "很多";
    ws.getCell(3, col("3.1.partialDeduction")).value = 7; // the engine's problem, in the same attempt
    const upload = async (who: string, unit: OrganisationRow) => {
      const body = multipartBody("facts.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
      return t.app.inject({
        method: "POST",
        url: `/api/rounds/${roundId}/units/${unit.id}/documents/facts-import`,
        headers: { cookie: cookies[who] ?? "", ...body.headers },
        payload: body.payload,
      });
    };
    const imports = () =>
      t.db
        .selectFrom("audit_log")
        .select("seq")
        .where("action", "=", "self_assessment.import_facts")
        .execute();
    const bad = await upload("fillerB", unitB);
    expect(bad.statusCode).toBe(400);
    const letter = String.fromCharCode(64 + col("2.6.majorDiseaseCases"));
    const deduction = ws.getCell(3, col("3.1.partialDeduction")).address.replace(/\d+$/, "");
    expect(bad.json().error.fields).toEqual([
      {
        path: `body.file.事实填报!${letter}3`,
        message: "2.6 重大疾病救助人次(人次)：“很多”不是数字",
      },
      {
        path: `body.file.事实填报!${deduction}3`,
        message: expect.stringMatching(/^3\.1 .*：/),
      },
    ]);
    const self = async () =>
      (
        await call("fillerB", "GET", `/api/rounds/${roundId}/units/${unitB.id}/self-assessment`)
      ).json().facts as { itemCode: string }[];
    expect(await self()).toEqual([]);
    expect(await imports()).toHaveLength(0);

    ws.getCell(3, col("2.6.majorDiseaseCases")).value = 30;
    ws.getCell(3, col("2.6.directAidCases")).value = 100;
    ws.getCell(3, col("3.1.partialDeduction")).value = null;
    expect((await upload("fillerA", unitB)).statusCode).toBe(404);
    const ok = await upload("fillerB", unitB);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().changedItems).toEqual(["1.1", "2.6"]);
    expect((await self()).map((f) => f.itemCode).sort()).toEqual(["1.1", "2.6"]);
    expect(await imports()).toHaveLength(1);
  });
});
