/**
 * Managing a round in a real browser (issue 14, decisions 0210–0213): the assessment
 * administrator edits the round's deadline (a day, shown as its end at 24:00 北京时间) and extends
 * one unit's; sends a 催报 that reaches the unit's home page (unread, then read) and its bell;
 * a unit head withdraws (撤回) a submission nobody has reviewed; a group-bot message failing with
 * a 502 is shown as 重试中（第1次） with its reason (decision 0258).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitAFacts } from "./fixtures";
import { ApiUser } from "./support/api-client";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import {
  buildWorldFromFirstStart,
  openTownshipRound,
  testPassword,
  type TestWorld,
} from "./support/setup";
import { button, confirmModal, loginToHome } from "./support/ui";

/** Types a day into the date picker labelled `label` inside `scope`. */
async function pickDay(page: Page, scope: ReturnType<Page["locator"]>, label: string, day: string) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press("Enter");
  // Enter takes the typed day and closes the calendar; close it only if it is still open — an
  // Escape with no calendar open goes to the dialog and closes it (animations are off).
  const calendar = page.locator(".ant-picker-dropdown").filter({ visible: true });
  if ((await calendar.count()) > 0) await page.keyboard.press("Escape");
}

describe("managing a round in Chromium", () => {
  let scenario: Scenario;
  let page: Page;
  let world: TestWorld;
  let roundId = "";

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    const url = scenario.server.url;
    ({ world } = await buildWorldFromFirstStart(url));
    // The round through the API: the screens under test are the round page, home and self-assessment.
    const kp = new ApiUser(url);
    await kp.login("kpadmin", testPassword);
    roundId = await openTownshipRound(kp, world, "township-manage", {
      selfAssessment: "2099-03-31",
      review: "2099-04-30",
    });
    // 练市镇 fills everything and submits (through the API).
    const unitA = new ApiUser(url);
    await unitA.login("unita", testPassword);
    const base = `/api/rounds/${roundId}/units/${world.unitA.id}/self-assessment`;
    for (const [code, facts] of Object.entries(unitAFacts))
      await unitA.call("PUT", `${base}/items/${code}/facts`, { version: 0, facts });
    const view = await unitA.call<{ roundUnit: { version: number } }>("GET", base);
    await unitA.call("POST", `${base}/submit`, { version: view.roundUnit.version });
    // The set-up makes a dozen logins (scrypt) on a shared machine.
  }, 300_000);

  afterAll(() => stopScenario(scenario));

  it("edits the round's deadline as a day ending at 24:00 and extends one unit's", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await page.goto(`/rounds/${roundId}`);
    const card = page.locator(".ant-card").filter({ hasText: "考核期间" }).first();
    await card.getByText("2099年3月31日 24:00 前").waitFor();
    await page.getByRole("button", { name: button("修改") }).click();
    const dialog = page.locator(".ant-modal").filter({ hasText: "修改考核任务" });
    await dialog.getByText(/截止日期指当天 24:00 前（北京时间）/).waitFor();
    await pickDay(page, dialog, "自评截止", "2099-04-10");
    await screenshot(page, "60-round-edit-deadlines", { fullPage: false });
    await dialog.getByRole("button", { name: button("保存") }).click();
    await card.getByText("2099年4月10日 24:00 前").waitFor();

    const row = page.locator("tr", { hasText: world.unitB.name });
    await row.getByText("延期").click();
    const extend = page.locator(".ant-modal").filter({ hasText: "自评截止日期" });
    await pickDay(page, extend, "新的自评截止日期", "2099-04-20");
    await extend.getByRole("button", { name: button("保存") }).click();
    await row.getByText("2099年4月20日 24:00 前（单独调整）").waitFor();
    await screenshot(page, "61-round-unit-extended");
  });

  it("sends a 催报 that reaches the unit's home page and bell, read then", async () => {
    await page.getByRole("button", { name: /催报全部未提交单位（1 个）/ }).click();
    const dialog = page.locator(".ant-modal").filter({ hasText: "发送催报" });
    await dialog.getByLabel("催报补充说明").fill("请于本周五前完成。");
    await dialog.getByRole("button", { name: button("发送催报") }).click();
    const record = page.locator(".ant-card").filter({ hasText: "催报" }).last();
    await record.locator("tr", { hasText: world.unitB.name }).getByText("未读").waitFor();
    await screenshot(page, "62-round-reminders");

    await loginToHome(page, "unitb", testPassword);
    const notices = page.getByTestId("notices");
    await notices.getByText(/尚未提交自评，自评截止时间为2099年4月20日 24:00 前/).waitFor();
    await notices.getByText("请于本周五前完成。", { exact: false }).waitFor();
    await notices.getByText("未读").first().waitFor();
    await page.getByTestId("bell").click();
    const bell = page.getByTestId("bell-list");
    await bell.getByText(/未读的催报通知 1 条/).waitFor();
    await bell.getByText(/自评待填报并提交/).waitFor();
    await screenshot(page, "63-unit-home-notice");
    await page.keyboard.press("Escape");
    await notices.getByRole("button", { name: "标为已读" }).click();
    // "已读" is also part of the button's own text: wait for the reload, not for that word.
    await expect.poll(() => notices.getByText("未读", { exact: true }).count()).toBe(0);
    await notices.getByText("已读", { exact: true }).first().waitFor();
  });

  it("lets 练市镇's head withdraw the submission nobody has reviewed", async () => {
    await loginToHome(page, "unita", testPassword);
    await page.goto(`/self-assessment/${roundId}`);
    await page.getByRole("button", { name: "撤回自评" }).click();
    await confirmModal(page, "确认撤回");
    await page.getByText("自评已撤回，可以继续修改").waitFor();
    await page.getByRole("button", { name: "提交自评" }).waitFor();
    await screenshot(page, "64-self-assessment-withdrawn", { fullPage: false });
  });

  it("lets the system administrator set an organisation's group bot (the token never shown again) and see the time zone", async () => {
    await loginToHome(page, "admin", testPassword);
    await page.goto("/admin/organisations");
    await page.locator("tr", { hasText: world.unitA.name }).getByText("群机器人").click();
    const dialog = page.locator(".ant-modal").filter({ hasText: "群机器人" });
    await dialog
      .getByLabel("机器人地址")
      .fill("https://127.0.0.1/robot/send?access_token=t0ps3cr3t9999");
    await dialog.getByRole("button", { name: button("保存") }).click();
    await dialog
      .getByText(/本机或内网，已拒绝/)
      .first()
      .waitFor();
    await screenshot(page, "65a-organisation-webhook-refused", { fullPage: false });
    await dialog
      .getByLabel("机器人地址")
      .fill("https://oapi.dingtalk.com/robot/send?access_token=t0ps3cr3t9999");
    await dialog.getByRole("switch").click();
    await dialog.getByRole("button", { name: button("保存") }).click();
    await page.getByText("群机器人设置已保存").waitFor();
    await page.locator("tr", { hasText: world.unitA.name }).getByText("群机器人").click();
    const again = page.locator(".ant-modal").filter({ hasText: "群机器人" });
    await again
      .getByText(
        "当前：https://oapi.dingtalk.com/robot/send?access_token=****9999（留空则保持不变）",
      )
      .waitFor();
    expect(await page.content()).not.toContain("t0ps3cr3t9999");
    await screenshot(page, "65-organisation-webhook", { fullPage: false });
    await again.getByRole("button", { name: button("取消") }).click();
    await page.goto("/admin/settings");
    await page.getByText("时区").first().waitFor();
    await page.locator("input[value='Asia/Shanghai']").waitFor();
    await screenshot(page, "66-settings-time-zone");
  });

  it("shows a group-bot message that failed for a passing reason as 重试中（第1次） with its reason (decision 0258)", async () => {
    // A bot that answers 502 (a gateway error): the message is retried, not given up.
    const bot = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        response.statusCode = 502;
        response.end("bad gateway");
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, "127.0.0.1", resolve));
    try {
      const port = (bot.address() as AddressInfo).port;
      const admin = new ApiUser(scenario.server.url);
      await admin.login("admin", testPassword);
      await admin.call("PUT", `/api/organisations/${world.unitB.id}/webhook`, {
        version: 0,
        kind: "wecom",
        url: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=e2e0123456789`,
        enabled: true,
        allowIntranet: true,
      });
      await loginToHome(page, "kpadmin", testPassword);
      await page.goto(`/rounds/${roundId}`);
      await page.getByRole("button", { name: /催报全部未提交单位/ }).click();
      const dialog = page.locator(".ant-modal").filter({ hasText: "发送催报" });
      await dialog.getByRole("button", { name: button("发送催报") }).click();
      await dialog.waitFor({ state: "hidden" });
      // The queue sends at once; the record shows its state after a reload. 新市镇's row: 练市镇's
      // bot (set by an earlier test) is retrying too, and rows sent in one second come in any order.
      const row = page
        .locator("tr", { hasText: "重试中（第1次）" })
        .filter({ hasText: world.unitB.name })
        .first();
      await expect
        .poll(
          async () => {
            if ((await row.count()) > 0) return true;
            await page.reload();
            await page.getByRole("button", { name: /催报全部未提交单位/ }).waitFor();
            return (await row.count()) > 0;
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(true);
      await row.getByText(/第1次（.*）：机器人服务返回 HTTP 502/).waitFor();
      await row.getByText(/将于 .* 重试/).waitFor();
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, "67-round-reminders-retrying", { fullPage: false });
    } finally {
      await new Promise((resolve) => bot.close(resolve));
    }
  });
});
