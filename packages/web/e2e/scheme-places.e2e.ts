/**
 * 得分小数位数 in the scheme editor (decision 0334), in Chromium: the administrator writes item 1
 * 基金监管 (酌情打分 on 检查得分), tries 7.456 and sees it exact; chooses 保留 2 位小数 under
 * 方案设置 — a select in Chinese, no JSON — and the trial scores 7.46 with the trace saying
 * «计 7.456 分，四舍五入保留两位小数，得 7.46 分» — never «得 7.456 分» (decision 0343); the draft
 * saves and loads with it. The screenshot
 * shows the setting and the rounded trial.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { choose, createScheme, writeAssessedItem } from "./support/scheme-editor";
import { loginToHome } from "./support/ui";

describe("得分小数位数 in the scheme editor", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });
  afterAll(() => stopScenario(scenario));

  it("sets the places under 方案设置 and the trial scores the rounded score", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await createScheme(page, "places-2026", "保留两位小数");
    await writeAssessedItem(page);

    const settings = page.getByTestId("scheme-settings");
    await settings.getByText("不取舍（按实际计算）").waitFor();
    const trial = page.getByTestId("try-panel");
    const score = trial.locator("input").first();
    await score.waitFor();
    await score.fill("7.456");
    await score.blur();
    await expect
      .poll(() => trial.getByTestId("try-score").innerText())
      .toMatch(/^7\.456 \/ 10 分$/);

    await choose(page, "scheme-places", "保留 2 位小数");
    await settings.getByText("各项得分四舍五入保留两位小数，合计为各项保留后得分之和").waitFor();
    await expect.poll(() => trial.getByTestId("try-score").innerText()).toMatch(/^7\.46 \/ 10 分$/);
    const said = await trial.getByTestId("try-trace").innerText();
    expect(said).toContain("计 7.456 分，四舍五入保留两位小数，得 7.46 分");
    expect(said).not.toContain("得 7.456 分");
    await page.getByText("校验通过").waitFor();
    await screenshot(page, "scheme-editor-places");

    await page.getByRole("button", { name: /保存草稿/ }).click();
    await page.getByText("草稿已保存").waitFor();
    await page.reload();
    await page.getByTestId("scheme-settings").getByText("保留 2 位小数").waitFor();
  });
});
