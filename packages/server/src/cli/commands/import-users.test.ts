/**
 * `kaoping import users` (issue 14): the browser's bulk account import on the server — the same
 * service, so a good workbook creates every account with a one-time password printed once and
 * audited in the name of the system administrator given with `--as`; a workbook with bad cells
 * names every one and writes nothing; only a system administrator may be named (三员分立).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationRow } from "../../db/schema.js";
import { testDialect } from "../../testing/database.js";
import { buildOrganisation, buildUser, login } from "../../testing/factories.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";
import { main, type CliContext } from "../main.js";

describe(`kaoping import users (${testDialect})`, () => {
  let t: TestApp;
  let town: OrganisationRow;
  let dir: string;
  let sysadmin: string;
  let secadmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    const county = await buildOrganisation(t.db, { type: "county" });
    town = await buildOrganisation(t.db, { type: "township", parent: county });
    sysadmin = (await buildUser(t.db, { organisation: county, roles: [{ role: "system_admin" }] }))
      .user.username;
    secadmin = (
      await buildUser(t.db, { organisation: county, roles: [{ role: "security_admin" }] })
    ).user.username;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaoping-import-users-"));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  function cli(): CliContext & { out: () => string; err: () => string } {
    let out = "";
    let err = "";
    return {
      stdout: { write: (chunk: string) => ((out += chunk), true) },
      stderr: { write: (chunk: string) => ((err += chunk), true) },
      env: { DATABASE_URL: t.database.databaseUrl, DATABASE_SCHEMA: t.database.databaseSchema },
      cwd: dir,
      out: () => out,
      err: () => err,
    };
  }
  /** Writes a filled template (header row, then `rows`) into the command's directory. */
  async function workbook(name: string, rows: string[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("用户导入");
    ws.addRow(["用户名", "姓名", "所属单位（名称或编码）"]);
    for (const row of rows) ws.addRow(row);
    fs.writeFileSync(path.join(dir, name), Buffer.from(await wb.xlsx.writeBuffer()));
    return name;
  }
  const run = (ctx: CliContext, ...args: string[]) =>
    main(["import", "users", ...args, "--data-dir", t.database.dataDir], ctx);
  const usernames = async () =>
    (await t.db.selectFrom("users").select("username").execute()).map((u) => u.username).sort();
  /** Audit records of an action, chained or still pending (PostgreSQL chains them later). */
  const audits = async (action: string) => [
    ...(await t.db
      .selectFrom("audit_log")
      .select(["actor_username", "detail"])
      .where("action", "=", action)
      .execute()),
    ...(await t.db
      .selectFrom("audit_pending")
      .select(["actor_username", "detail"])
      .where("action", "=", action)
      .execute()),
  ];

  it("names both bad cells of a workbook, exits 1 and writes nothing", async () => {
    const before = await usernames();
    const file = await workbook("两处错误.xlsx", [
      ["li.si", "李四", town.name],
      ["Wang.Wu", "王五", town.name],
      ["zhao.liu", "赵六", "不存在的镇"],
    ]);
    const ctx = cli();
    expect(await run(ctx, file, "--as", sysadmin), ctx.err()).toBe(1);
    expect(ctx.err()).toContain("导入文件有 2 处错误，用户未导入（全部不保存）");
    expect(ctx.err()).toContain("用户导入!A3  用户名：用户名不能含大写字母，请改用小写字母");
    expect(ctx.err()).toContain("用户导入!C4  所属单位（名称或编码）：找不到单位“不存在的镇”");
    expect(ctx.out()).toBe("");
    expect(await usernames()).toEqual(before);
    expect(await audits("user.import")).toEqual([]);
  });

  it("creates the accounts of a good workbook, prints their one-time passwords once, audits as --as", async () => {
    const before = await usernames();
    const file = await workbook("新账号.xlsx", [
      ["qian.qi", "钱七", town.name],
      ["sun.ba", "孙八", town.code],
    ]);
    const ctx = cli();
    expect(await run(ctx, file, "--as", sysadmin), ctx.err()).toBe(0);
    expect(ctx.out()).toContain("已导入 2 个账号");
    const lines = ctx.out().split("\n");
    expect(lines.find((line) => line.startsWith("用户名"))?.split(/\s+/)).toEqual([
      "用户名",
      "姓名",
      "所属单位",
      "一次性密码",
    ]);
    const passwordOf = (username: string) => {
      const cells = lines.find((line) => line.startsWith(`${username} `))?.split(/\s+/) ?? [];
      expect(cells.slice(0, 3), username).toEqual([username, expect.any(String), town.name]);
      return cells[3] ?? "";
    };
    for (const username of ["qian.qi", "sun.ba"]) {
      const first = await login(t.app, username, passwordOf(username));
      expect(first.status, username).toBe(200);
      expect(first.body.stage).toBe("password_change_required");
    }
    expect(await usernames()).toEqual([...before, "qian.qi", "sun.ba"].sort());
    const imports = await audits("user.import");
    expect(imports).toHaveLength(1);
    expect(imports[0]?.actor_username).toBe(sysadmin);
    expect(JSON.parse(imports[0]?.detail ?? "{}")).toMatchObject({ file: file, users: 2 });
    const creates = (await audits("user.create")).filter(
      (row) => JSON.parse(row.detail ?? "{}").via === "import",
    );
    expect(creates.map((row) => row.actor_username)).toEqual([sysadmin, sysadmin]);
    expect(ctx.out()).not.toContain("passwordHash");
  });

  it("acts only as an active system administrator (三员分立) and needs --as", async () => {
    const before = await usernames();
    const file = await workbook("安全管理员.xlsx", [["zhou.jiu", "周九", town.name]]);
    for (const as of [secadmin, "nobody.here"]) {
      const ctx = cli();
      expect(await run(ctx, file, "--as", as), as).toBe(1);
      expect(ctx.err()).toMatch(/^未导入：/);
    }
    const missing = cli();
    expect(await run(missing, file)).toBe(2);
    expect(missing.err()).toContain("用法：kaoping import users");
    expect(await usernames()).toEqual(before);
  });
});
