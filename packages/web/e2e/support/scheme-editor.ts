/** Steps in the scheme editor shared by its browser tests: fields by id, a new scheme, a rule kind. */
import type { Page } from "playwright-core";
import { button, chooseOption } from "./ui";

/** Picks an option of the Ant Design select whose input has this id. */
export const choose = (page: Page, id: string, option: string | RegExp): Promise<void> =>
  chooseOption(page, page.locator(`#${id}`), option);

/** Fills a text input by id. */
export const type = (page: Page, id: string, value: string): Promise<void> =>
  page.locator(`#${id}`).fill(value);

/**
 * Creates a scheme from the 新建方案 dialog (the 空白方案 template unless another is named) and waits
 * for its editor to say 校验通过; returns the new scheme's id from the address.
 */
export async function createScheme(
  page: Page,
  code: string,
  title?: string,
  template: RegExp = /空白方案/,
): Promise<string> {
  await page.goto("/schemes");
  await page.getByRole("button", { name: /新建方案/ }).click();
  const dialog = page.locator(".ant-modal");
  await chooseOption(page, dialog.getByLabel("模板"), template);
  await dialog.getByLabel("方案编号").fill(code);
  if (title !== undefined) await dialog.getByLabel("方案名称").fill(title);
  await dialog.getByRole("button", { name: button("创建") }).click();
  await page.waitForURL(/\/schemes\/[0-9a-f-]{36}$/);
  await page.getByText("校验通过").waitFor();
  return page.url().split("/").pop() ?? "";
}

/**
 * Picks the item's rule kind by walking down the list with the keyboard: the kinds' list is longer
 * than the dropdown shows, so an option further down is not on screen to click.
 */
export async function pickRuleKind(page: Page, kind: string): Promise<void> {
  await page.locator("#p-rule-kind").click();
  const active = page.locator(".ant-select-dropdown:visible .ant-select-item-option-active");
  for (let i = 0; i < 40 && (await active.innerText()).trim() !== kind; i++)
    await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

/** Item 1 基金监管 (10 分): the assessor's score 检查得分, scored 酌情打分 — what other items read. */
export async function writeAssessedItem(page: Page): Promise<void> {
  await type(page, "item-title", "基金监管");
  await type(page, "item-max", "10");
  await type(page, "fact-0-label", "检查得分");
  await choose(page, "fact-0-type", "数值");
  await choose(page, "p-rule-kind", "酌情打分");
  await choose(page, "p-rule-fact", "检查得分");
}
