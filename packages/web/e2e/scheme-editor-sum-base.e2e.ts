/**
 * 基础分 in the scheme editor (docs/decisions/0299), in Chromium: the administrator writes
 * 村级综合评价 (100 分) as 多项合计 with 基础分 60 — one 按次计分 part adding 2 分 per 省级表彰 and
 * one taking 1 分 per 通报批评 — through form controls only, and the rule reads back in Chinese
 * from its base with the scheme valid. A base above the item's points is refused in Chinese,
 * naming 基础分. The screenshot shows the form.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/browser";
import { startScenario, stopScenario, type Scenario } from "./support/scenario";
import { buildWorldFromFirstStart, testPassword } from "./support/setup";
import { choose, createScheme, pickRuleKind, type } from "./support/scheme-editor";
import { loginToHome } from "./support/ui";

describe("多项合计 from a base (基础分) in the scheme editor", () => {
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    scenario = await startScenario();
    page = scenario.page;
    await buildWorldFromFirstStart(scenario.server.url);
  });
  afterAll(() => stopScenario(scenario));

  it("takes 基础分 in a number field and reads the rule back from it in Chinese", async () => {
    await loginToHome(page, "kpadmin", testPassword);
    await createScheme(page, "sum-base-2026", "村级综合评价");

    await type(page, "item-title", "村级综合评价");
    await type(page, "item-max", "100");
    await type(page, "fact-0-label", "获省级表彰");
    await choose(page, "fact-0-type", "整数");
    await page.getByRole("button", { name: /添加事实/ }).click();
    await type(page, "fact-1-label", "被通报批评");
    await choose(page, "fact-1-type", "整数");

    await pickRuleKind(page, "多项合计");
    await type(page, "p-rule-base", "60");
    await choose(page, "p-rule-parts-0-kind", "按次计分");
    await choose(page, "p-rule-parts-0-mode", "加分");
    await choose(page, "p-rule-parts-0-terms-0-fact", "获省级表彰");
    await type(page, "p-rule-parts-0-terms-0-points", "2");
    await page
      .getByRole("button", { name: /添加一行|添加子规则/ })
      .last()
      .click();
    await choose(page, "p-rule-parts-1-kind", "按次计分");
    await choose(page, "p-rule-parts-1-mode", "扣分");
    await choose(page, "p-rule-parts-1-terms-0-fact", "被通报批评");
    await type(page, "p-rule-parts-1-terms-0-points", "1");

    const sentence = page.getByTestId("rule-sentence");
    await expect
      .poll(() => sentence.innerText(), { timeout: 15_000 })
      .toContain(
        "基础分 60 分，在此基础上加分、扣分：（1）获省级表彰每次加 2 分；（2）被通报批评每次扣 1 分",
      );
    await page.getByText("校验通过").waitFor();
    await page.getByTestId("item-editor").scrollIntoViewIfNeeded();
    await screenshot(page, "scheme-editor-sum-base");
    const editorText = await page.getByTestId("item-editor").innerText();
    expect(editorText.match(/[A-Za-z]+/g) ?? [], "English in the editor").toEqual([]);

    // A base above the item's points is refused, naming 基础分.
    await type(page, "p-rule-base", "120");
    await page.getByText("基础分 120 分超过本项分值 100 分").first().waitFor();
  });
});
