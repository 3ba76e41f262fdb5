/**
 * 试算 of a rule on another item's score (docs/decisions/0300), in Chromium: item 2 监管质量 is
 * 阶梯计分 on 计量值 另一考核项得分 第1项 基金监管. The trial offers 「第1项“基金监管”得分」 as an
 * input (the item's range 0–10), refuses 12 with a message naming that field and keeps what was
 * typed, then scores 7.5 with the Chinese trace — instead of 未填完整. The screenshot shows it.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { choose, createScheme, type, writeAssessedItem } from "./support/scheme-editor";
import { loginToHome } from "./support/ui";

describe("试算 of a step rule on another item's score", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });
  afterAll(() => stopScenario(scenario));

  it("asks for the referenced item's score, refuses an out-of-range one, and scores", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await createScheme(page, "try-on-item-2026", "按项目得分试算");

    // 1 基金监管: the assessor's score.
    await writeAssessedItem(page);

    // 2 监管质量: 阶梯计分 on item 1's score — 低于 9 分的每低 1 分扣 1 分.
    await page.getByRole("button", { name: /一级项/ }).click();
    await type(page, "item-title", "监管质量");
    await type(page, "item-max", "3");
    await choose(page, "p-rule-kind", "阶梯计分");
    await page.getByRole("radiogroup", { name: "计量方式" }).getByText("另一考核项得分").click();
    await choose(page, "p-rule-value-itemScore", "第1项 基金监管");
    await type(page, "p-rule-from", "9");
    await type(page, "p-rule-step", "1");
    await type(page, "p-rule-points", "1");
    await expect
      .poll(() => page.getByTestId("rule-sentence").innerText(), { timeout: 15_000 })
      .toContain("第1项“基金监管”得分低于 9 分");

    const trial = page.getByTestId("try-panel");
    const score = trial.locator("#try-1-givenScore");
    await score.waitFor();
    await trial.getByText("本项规则引用的其他考核项的得分").waitFor();
    await trial.locator('label[for="try-1-givenScore"]').getByText("第1项“基金监管”得分").waitFor();
    expect(await score.getAttribute("placeholder")).toBe("范围 0–10");
    await expect.poll(() => trial.getByTestId("try-score").innerText()).toBe("未填完整");

    // Out of the item's range: refused with the field named, the typed text kept as it is.
    await score.fill("12");
    await score.blur();
    await expect
      .poll(() => trial.locator(".ant-form-item-explain-error").allInnerTexts())
      .toEqual(["12 超过上限 10（第1项“基金监管”得分）"]);
    expect(await score.inputValue()).toBe("12");
    await expect.poll(() => trial.getByTestId("try-score").innerText()).toBe("未填完整");

    await score.fill("7.5");
    await score.blur();
    await expect.poll(() => trial.getByTestId("try-score").innerText()).toMatch(/^1 \/ 3 分$/);
    expect(await trial.locator(".ant-form-item-explain-error").count()).toBe(0);
    expect(await trial.getByTestId("try-trace").innerText()).toContain(
      "按第1项“基金监管”得分 7.5 分，低于 9 分 共 1.5 分，按每 1 分扣 1 分计 2 档（不足一档按一档），扣 2 分",
    );
    await screenshot(page, "scheme-editor-try-on-item-score");
  });
});
