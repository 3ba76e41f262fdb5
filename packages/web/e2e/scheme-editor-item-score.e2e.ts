/**
 * 数据来源：另一考核项得分 in the scheme editor (docs/decisions/0293), in Chromium: the administrator
 * writes item 1 基金监管 (酌情打分) and item 2 基金监管排名 (按名次计分), switches item 2's source to
 * 另一考核项得分 and picks 第1项 基金监管 from a select — no JSON — and the rule reads back as
 * 「按第1项“基金监管”得分在本轮所有单位中排名」 with the scheme valid. Item 2 on its own score is
 * not offered (only other items are), and the screenshot shows the form. Item 2's default fact
 * 已达到要求, which the rank no longer reads, is gone once the rule is complete; a fact added and
 * read by no rule is a warning in the header and at the item (docs/decisions/0301).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { createScheme, pickRuleKind, type, writeAssessedItem } from "./support/scheme-editor";
import { loginToHome } from "./support/ui";

describe("rank on another item's score in the scheme editor", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });
  afterAll(() => stopScenario(scenario));

  it("picks 另一考核项得分 and the item from a select, and reads the rule back in Chinese", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await createScheme(page, "rank-on-item-2026", "按项目得分排名");

    // 1 基金监管: the assessor's score.
    await writeAssessedItem(page);

    // 2 基金监管排名: 按名次计分 on item 1's score.
    await page.getByRole("button", { name: /一级项/ }).click();
    await type(page, "item-title", "基金监管排名");
    await type(page, "item-max", "3");
    await pickRuleKind(page, "按名次计分");
    const source = page.getByRole("radiogroup", { name: "数据来源" });
    await source.getByText("另一考核项得分").click();
    await page.locator("#p-rule-itemScore").click();
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect.poll(() => options.allInnerTexts()).toEqual(["第1项 基金监管"]);
    await options.first().click();
    await type(page, "p-rule-awards-0-upTo", "1");
    await type(page, "p-rule-awards-0-points", "3");
    await expect
      .poll(() => page.getByTestId("rule-sentence").innerText(), { timeout: 15_000 })
      .toContain("按第1项“基金监管”得分在本轮所有单位中排名");
    // With 另一考核项得分 chosen, the 填报数据 fact picker is not shown.
    expect(await page.locator("#p-rule-fact").count()).toBe(0);
    // The rank reads no fact of its own: the new item's 已达到要求 is gone, and nothing warns.
    await page.getByText("不再使用填报项“已达到要求”，已将其移除").waitFor();
    expect(await page.locator("#fact-0-label").count()).toBe(0);
    await page.getByText("校验通过").waitFor();
    expect(await page.getByTestId("scheme-warnings").count()).toBe(0);
    await screenshot(page, "scheme-editor-rank-on-item-score");

    // A fact no rule reads stays (the administrator declared it) and is warned of.
    await page.getByRole("button", { name: /添加事实/ }).click();
    await type(page, "fact-0-label", "排名说明");
    const warning = "第2项“基金监管排名”的填报项“排名说明”没有任何规则使用，单位仍需填报";
    await expect.poll(() => page.getByTestId("scheme-warnings").innerText()).toContain(warning);
    expect(await page.getByTestId("item-warnings").innerText()).toContain(warning);
    await page.getByText("1 条提醒", { exact: true }).waitFor();
    await page.getByText("校验通过").waitFor();
    await screenshot(page, "scheme-editor-unread-fact-warning");
  });
});
