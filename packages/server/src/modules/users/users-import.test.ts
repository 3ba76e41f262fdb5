/**
 * Bulk accounts from Excel through the API (issue 14, "what staff expect"): the template, a file
 * with bad cells refused with every bad cell named and nothing written, a good file creating every
 * account with a one-time password, 三员分立 (only the system administrator), hostile uploads.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, login, sessionCookieFor } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { buildZip, multipartBody } from "../../testing/zip.js";

/** A filled template: the header row, then the given rows. */
async function workbookOf(
  rows: (string | number)[][],
  headers = ["用户名", "姓名", "所属单位（名称或编码）"],
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("用户导入");
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The error body of a refused request. */
function problemsOf(res: { json: () => unknown }) {
  return (res.json() as { error: { message: string; fields: { path: string; message: string }[] } })
    .error;
}

describe(`bulk account import (${testDialect})`, () => {
  let t: TestApp;
  let county: OrganisationRow;
  let town: OrganisationRow;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    county = await buildOrganisation(t.db, { type: "county" });
    town = await buildOrganisation(t.db, { type: "township", parent: county });
    for (const role of ["system_admin", "security_admin", "assessment_admin"] as const) {
      const built = await buildUser(t.db, { organisation: county, roles: [{ role }] });
      cookies[role] = await sessionCookieFor(t.app, t.db, built.user, t.clock.now());
    }
    await buildUser(t.db, { organisation: town, username: "taken.user" });
  });
  afterAll(async () => t.close());

  const upload = (cookie: string | undefined, bytes: Buffer, name = "用户.xlsx") => {
    const body = multipartBody(name, bytes);
    return t.app.inject({
      method: "POST",
      url: "/api/users/import",
      headers: { ...body.headers, ...(cookie === undefined ? {} : { cookie }) },
      payload: body.payload,
    });
  };
  const userCount = async () =>
    Number(
      (
        await t.db
          .selectFrom("users")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const importAudits = async () => {
    const chained = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "user.import")
      .execute();
    const pending = await t.db
      .selectFrom("audit_pending")
      .select("action")
      .where("action", "=", "user.import")
      .execute();
    return chained.length + pending.length;
  };

  it("gives the system administrator a template with the columns and the organisations", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/users/import-template",
      headers: { cookie: cookies.system_admin ?? "" },
    });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      res.rawPayload.buffer.slice(
        res.rawPayload.byteOffset,
        res.rawPayload.byteOffset + res.rawPayload.byteLength,
      ) as ArrayBuffer,
    );
    const sheet = wb.getWorksheet("用户导入");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "用户名",
      "姓名",
      "所属单位（名称或编码）",
    ]);
    const names: string[] = [];
    wb.getWorksheet("单位列表")?.eachRow((row) => names.push(String(row.getCell(2).value)));
    expect(names).toEqual(expect.arrayContaining(["名称", county.name, town.name]));
  });

  it("names both bad cells of a file and writes nothing", async () => {
    const before = await userCount();
    const file = await workbookOf([
      ["li.si", "李四", town.name],
      ["坏 名字", "王五", town.code],
      ["zhao.liu", "赵六", "不存在的镇"],
    ]);
    const res = await upload(cookies.system_admin, file);
    expect(res.statusCode, res.body).toBe(400);
    const body = problemsOf(res);
    expect(body.message).toContain("2 处错误");
    expect(body.fields.map((f) => f.path)).toEqual([
      "body.file.用户导入!A3",
      "body.file.用户导入!C4",
    ]);
    expect(body.fields[0]?.message).toMatch(/^用户名：用户名只能包含/);
    expect(body.fields[1]?.message).toContain("找不到单位“不存在的镇”");
    expect(await userCount()).toBe(before);
    expect(await importAudits()).toBe(0);
    // The good row of the refused file was not created either.
    expect((await login(t.app, "li.si", "whatever-Pass-1")).status).not.toBe(200);
  });

  it("refuses a username already in use, one repeated in the file, and missing cells", async () => {
    const before = await userCount();
    const res = await upload(
      cookies.system_admin,
      await workbookOf([
        ["taken.user", "甲", town.name],
        ["same.name", "乙", town.name],
        ["same.name", "丙", town.name],
        ["no.name", "", ""],
      ]),
    );
    expect(res.statusCode).toBe(400);
    const fields = problemsOf(res).fields;
    expect(fields).toEqual([
      { path: "body.file.用户导入!A2", message: "用户名：用户名 taken.user 已被使用" },
      { path: "body.file.用户导入!A4", message: "用户名：用户名 same.name 与第 3 行重复" },
      { path: "body.file.用户导入!B5", message: "姓名：未填写姓名" },
      { path: "body.file.用户导入!C5", message: "所属单位（名称或编码）：未填写所属单位" },
    ]);
    expect(await userCount()).toBe(before);
  });

  it("refuses an upper-case user name in its cell instead of lowering it (decision 0256)", async () => {
    const before = await userCount();
    const res = await upload(
      cookies.system_admin,
      await workbookOf([
        ["qian.qi", "钱七", town.name],
        ["Sun.Ba", "孙八", town.name],
      ]),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(problemsOf(res).fields).toEqual([
      { path: "body.file.用户导入!A3", message: "用户名：用户名不能含大写字母，请改用小写字母" },
    ]);
    expect(await userCount()).toBe(before);
  });

  it("creates every account of a good file with a one-time password, no roles, audited", async () => {
    const before = await userCount();
    const res = await upload(
      cookies.system_admin,
      await workbookOf([
        ["wang.wu", "王五", town.name],
        ["zhao.liu", "赵六", county.code],
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const created = (
      res.json() as {
        users: {
          user: { username: string; organisationId: string; roles: unknown[] };
          initialPassword: string;
        }[];
      }
    ).users;
    expect(created.map((c) => [c.user.username, c.user.organisationId, c.user.roles])).toEqual([
      ["wang.wu", town.id, []],
      ["zhao.liu", county.id, []],
    ]);
    expect(await userCount()).toBe(before + 2);
    expect(await importAudits()).toBe(1);
    const first = await login(t.app, "wang.wu", created[0]?.initialPassword ?? "");
    expect(first.body.stage).toBe("password_change_required");
  });

  it("lets only the system administrator import (三员分立)", async () => {
    const file = await workbookOf([["sec.made", "某某", town.name]]);
    for (const role of ["security_admin", "assessment_admin"] as const) {
      expect((await upload(cookies[role], file)).statusCode).toBe(403);
      const template = await t.app.inject({
        method: "GET",
        url: "/api/users/import-template",
        headers: { cookie: cookies[role] ?? "" },
      });
      expect(template.statusCode).toBe(403);
    }
    expect((await upload(undefined, file)).statusCode).toBe(401);
  });

  it("refuses a file that is not a workbook, a zip bomb, and a sheet without the template's headers", async () => {
    const before = await userCount();
    const notZip = await upload(cookies.system_admin, Buffer.from("用户名,姓名\nabc,某某\n"));
    expect(notZip.statusCode).toBe(400);
    expect(notZip.body).toContain("不是有效的 Office 文档");
    const bomb = buildZip([
      { name: "xl/workbook.xml", data: Buffer.alloc(120 * 1024 * 1024), declaredSize: 10 },
    ]);
    const refused = await upload(cookies.system_admin, bomb);
    expect(refused.statusCode).toBe(400);
    const wrong = await upload(
      cookies.system_admin,
      await workbookOf([["x.y", "某", town.name]], ["账号", "姓名", "单位"]),
    );
    expect(wrong.statusCode).toBe(400);
    expect(problemsOf(wrong).fields.map((f) => f.path)).toEqual([
      "body.file.用户导入!A1",
      "body.file.用户导入!C1",
    ]);
    expect((await upload(cookies.system_admin, await workbookOf([]), "用户.csv")).statusCode).toBe(
      415,
    );
    expect(await userCount()).toBe(before);
  });
});
