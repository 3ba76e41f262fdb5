/**
 * The administrators' screens in a real browser: a wrong password refused in Chinese, the first
 * administrator forced to change the initial password (a weak one refused), the system
 * administrator's organisation tree (a bad code refused at the field) and accounts, and the audit
 * administrator's log search and hash-chain check. The round itself is in round.e2e.ts.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiUser } from "./support/api-client";
import { screenshot, type TestBrowser } from "./support/browser";
import { clickDownload, openWorkbook, rowsOf } from "./support/downloads";
import { firstPasswords, startScenario, stopScenario, type Scenario } from "./support/scenario";
import type { RunningServer } from "./support/server";
import { buildWorld, testPassword } from "./support/setup";
import { button, chooseOption, login, loginToHome } from "./support/ui";

describe("the administrators' screens in Chromium", () => {
  let scenario: Scenario;
  let server: RunningServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    ({ server, browser, page } = scenario);
  });

  afterAll(() => stopScenario(scenario));

  it("refuses a wrong password in Chinese and forces the first administrator to change the initial one", async () => {
    await page.goto("/");
    await page.getByRole("button", { name: button("登录") }).waitFor();
    await screenshot(page, "01-login");
    await login(page, "admin", "wrong-password-1");
    await expect
      .poll(() => page.getByRole("alert").first().innerText())
      .toContain("用户名或密码错误");
    await login(page, "admin", firstPasswords.admin);
    await page.getByText("当前为初始密码").waitFor();
    await screenshot(page, "02-forced-password-change");
    await page.getByLabel("当前密码").fill(firstPasswords.admin);
    await page.getByLabel("新密码", { exact: true }).fill("password");
    await page.getByLabel("确认新密码").fill("password");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect
      .poll(() => page.locator(".ant-form-item-explain-error, .ant-message").first().innerText())
      .toMatch(/密码/);
    await page.getByLabel("新密码", { exact: true }).fill(testPassword);
    await page.getByLabel("确认新密码").fill(testPassword);
    await page.getByRole("button", { name: "修改密码" }).click();
    await page.getByText(/您好/).waitFor();
    // 开始使用: a new system administrator's home shows the setup steps, none done yet.
    const guide = page.getByTestId("first-run-guide");
    await guide.waitFor();
    expect(await guide.getByTestId("guide-step-组织机构").getAttribute("data-done")).toBe("false");
    expect(await guide.getByTestId("guide-step-账号").getAttribute("data-done")).toBe("false");
    expect(
      await guide.getByTestId("guide-step-方案").count(),
      "not the system administrator's step",
    ).toBe(0);
    await screenshot(page, "02b-first-run-guide");
  });

  it("lets the system administrator manage the organisation tree and accounts", async () => {
    const admin = new ApiUser(server.url);
    await admin.login("admin", testPassword);
    const secadmin = new ApiUser(server.url);
    await secadmin.login("secadmin", firstPasswords.secadmin, testPassword);
    await buildWorld(server.url, admin, secadmin);

    await page.goto("/admin/organisations");
    await page.getByText("练市镇").waitFor();
    const county = page.locator("tr", { hasText: "示例县" });
    await county.getByText("新增下级").click();
    const dialog = page.locator(".ant-modal");
    await dialog.getByLabel("机构名称").fill("示例经济开发区");
    await dialog.getByLabel("机构编码").fill("bad code!");
    await dialog.getByRole("button", { name: button("保存") }).click();
    await dialog.getByText("机构编码只能包含字母、数字、下划线和连字符").waitFor();
    await dialog.getByLabel("机构编码").fill("sx-park");
    await dialog.getByRole("button", { name: button("保存") }).click();
    await page.locator("td", { hasText: "示例经济开发区" }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    await screenshot(page, "03-organisations");

    await page.goto("/admin/users");
    await page.getByText("kpadmin").waitFor();
    await screenshot(page, "04-users");

    // Organisations and accounts exist now: the guide is gone from the home page.
    await page.goto("/");
    await page.getByText("常用功能").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("first-run-guide").count()).toBe(0);
  });

  it("imports accounts from Excel: two bad cells both listed and nothing created, then the passwords shown once", async () => {
    const admin = new ApiUser(server.url);
    await admin.login("admin", testPassword);
    await page.goto("/admin/users");
    await page.getByText("kpadmin").waitFor();
    const template = await clickDownload(page, page.getByTestId("users-import-template"));
    expect(template.name).toMatch(/批量导入用户模板\.xlsx$/);
    const fill = async (rows: string[][]) => {
      const book = await openWorkbook(template.bytes);
      const sheet = book.getWorksheet("用户导入");
      if (sheet === undefined) throw new Error("the template has no sheet 用户导入");
      expect(rowsOf(sheet)[0]).toEqual(["用户名", "姓名", "所属单位（名称或编码）"]);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const upload = async (buffer: Buffer) => {
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByTestId("users-import-import").click(),
      ]);
      await chooser.setFiles({
        name: "用户.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer,
      });
    };

    await upload(
      await fill([
        ["bad name!", "张甲", "练市镇"],
        ["zhang.yi", "张乙", "不存在镇"],
      ]),
    );
    const problems = page.getByTestId("import-problems");
    await problems.getByText("不存在镇").waitFor();
    const cells = await problems.locator("tbody tr.ant-table-row").allInnerTexts();
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain("A（用户名）");
    expect(cells[1]).toContain("C（所属单位（名称或编码））");
    await screenshot(page, "04b-users-import-problems");
    await page
      .locator(".ant-modal-footer")
      .getByRole("button", { name: button("关闭") })
      .click();
    const found = await admin.call<{ total: number }>("GET", "/api/users?q=zhang");
    expect(found.total, "a refused file creates nobody").toBe(0);

    await upload(
      await fill([
        ["zhang.jia", "张甲", "练市镇"],
        ["zhang.yi", "张乙", "sx-xinshi"],
      ]),
    );
    const passwords = page.getByTestId("imported-passwords");
    await passwords.getByText("zhang.yi").waitFor();
    expect(await passwords.locator("tbody tr.ant-table-row").count()).toBe(2);
    const first = (
      await passwords.locator("tbody tr.ant-table-row code").first().innerText()
    ).trim();
    await screenshot(page, "04c-users-import-passwords");
    await page.getByRole("button", { name: "我已记下" }).click();
    await passwords.waitFor({ state: "hidden" });
    await page
      .locator(".ant-table-row", { hasText: "zhang.jia" })
      .filter({ visible: true })
      .first()
      .waitFor();
    const owner = new ApiUser(server.url);
    await owner.login("zhang.jia", first, testPassword);
  });

  it("lets the audit administrator search the log and verify the hash chain", async () => {
    await new ApiUser(server.url).login("auditadmin", firstPasswords.auditadmin, testPassword);
    await loginToHome(page, "auditadmin", testPassword);
    await page.goto("/admin/audit");
    // Actions are shown by their Chinese names (auth.login → 登录; issue 14 defect 8).
    await page
      .locator(".ant-table-cell", { hasText: /^登录$/ })
      .first()
      .waitFor();
    await page.getByRole("button", { name: /校验哈希链/ }).click();
    await expect
      .poll(() => page.getByTestId("audit-verify").innerText())
      .toMatch(/哈希链完整：已校验 \d+ 条记录/);
    await screenshot(page, "05-audit");

    // A record's detail reads in Chinese (issue 15): the failed login's reason, not raw JSON.
    await chooseOption(page, page.locator("#outcome"), "失败");
    await page.getByRole("button", { name: button("查询") }).click();
    const failedLogin = page
      .locator(".ant-table-row", { hasText: "失败" })
      .filter({ hasText: "登录" })
      .first();
    await failedLogin.locator(".ant-table-row-expand-icon").click();
    const detail = page.getByTestId("audit-detail").first();
    await expect.poll(() => detail.innerText()).toContain("密码错误");
    const text = await detail.innerText();
    expect(text).toMatch(/原因\s+密码错误/);
    expect(text).toContain("请求编号");
    expect(text).not.toContain("wrong_password");
    expect(text).not.toContain('"reason"');
    await screenshot(page, "05b-audit-detail");
    await detail.getByRole("button", { name: "查看原始记录" }).click();
    await expect
      .poll(() => page.getByTestId("audit-raw").first().innerText())
      .toContain('"reason": "wrong_password"');
    await screenshot(page, "05c-audit-raw");
  });

  it("breaks no Content Security Policy rule on these screens", () => {
    const csp = browser.problems.filter((p) => /Content Security Policy/i.test(p));
    expect(csp, csp.slice(0, 3).join("\n")).toEqual([]);
  });
});
